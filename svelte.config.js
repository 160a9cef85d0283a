import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import pkg from './package.json' with { type: 'json' };

// Set once per build: the config is loaded more than once (client, server, prerender) and every
// part must agree on the version, which also names the service worker's new release.
process.env.FACTDECK_VERSION ??= `${pkg.version}+${Date.now().toString(36)}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; there is no server at run time.
		adapter: adapter({
			pages: process.env.FACTDECK_OUT ?? 'build',
			assets: process.env.FACTDECK_OUT ?? 'build',
			// Static hosts serve this for unknown paths; the client router then shows the not-found page.
			fallback: '404.html',
			// .br and .gz beside each file, served by scripts/serve.js (sirv) to browsers that accept them.
			precompress: true,
			strict: true
		}),
		// Absolute asset paths so nested routes and the service worker's fallback agree.
		paths: { relative: false },
		// /play and /class are reached by shared links, /mine by links made in the browser
		// (/mine?id=…), not by links the crawler can follow.
		prerender: {
			entries: ['*', '/play', '/class', '/mine', '/mine/share'],
			handleMissingId: 'fail',
			handleHttpError: 'fail'
		},
		// The service worker registers itself (see src/lib/pwa), Kit must not add its own.
		serviceWorker: { register: false },
		version: { name: process.env.FACTDECK_VERSION },
		// Type-check the command-line scripts and root configs with the app's settings.
		typescript: {
			config: (config) => ({
				...config,
				include: [...config.include, '../scripts/**/*.ts', '../*.ts']
			})
		}
	}
};

export default config;
