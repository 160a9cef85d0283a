import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pkg from './package.json' with { type: 'json' };
import { withBoundedPrecompress } from './scripts/precompress.js';

// Set once per build: the config is loaded more than once (client, server, prerender) and every
// part must agree on the version, which also names the service worker's new release.
process.env.FACTDECK_VERSION ??= `${pkg.version}+${Date.now().toString(36)}`;

/**
 * The hash of the one style attribute the app renders: Kit's route announcer (read from Kit's
 * own source, so an upgrade that changes it updates the policy too). Allowing exactly that
 * style keeps style-src free of 'unsafe-inline'.
 * @returns {`sha256-${string}`}
 */
function announcerStyleHash() {
	const source = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(source)?.[1];
	if (!style) throw new Error("svelte.config.js: Kit's announcer style was not found");
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

const CONTENT = process.env.FACTDECK_CONTENT ?? 'questions';

/**
 * Every story's page, for the prerender crawler: the library links to its newest page of sets
 * only, and each set's page links to its quiz, flashcards, matching game and share page.
 * @returns {`/${string}`[]}
 */
function storyPages() {
	return readdirSync(CONTENT, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(CONTENT, entry.name, 'story.yaml')))
		.map((entry) => /** @type {`/${string}`} */ (`/sets/${entry.name}`));
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; there is no server at run time.
		adapter: withBoundedPrecompress(
			adapter({
				pages: process.env.FACTDECK_OUT ?? 'build',
				assets: process.env.FACTDECK_OUT ?? 'build',
				// Static hosts serve this for unknown paths; the client router then shows the not-found page.
				fallback: '404.html',
				// .br and .gz beside each file, served by scripts/serve.js (sirv) to browsers that accept them.
				precompress: true,
				strict: true
			})
		),
		// The stories the build reads (src/lib/server/content.ts): questions/, or another folder for
		// a benchmark (scripts/bench-scale.ts) that must not write a thousand stories into the repo.
		alias: { $content: CONTENT },
		// Absolute asset paths so nested routes and the service worker's fallback agree.
		paths: { relative: false },
		// /play and /class are reached by shared links, /mine and /teach/quiz by links made in the
		// browser (/mine?id=…), not by links the crawler can follow.
		prerender: {
			entries: [
				'*',
				'/play',
				'/class',
				'/mine',
				'/mine/share',
				'/teach',
				'/teach/quiz',
				...storyPages()
			],
			handleMissingId: 'fail',
			handleHttpError: 'fail'
		},
		// A strict policy on every page, so a slip in rendering cannot become script execution.
		// Prerendered pages get it as a <meta> tag, with a hash for Kit's one inline script;
		// frame-ancestors only works as a header, so the static server sends that one.
		// Styles need no 'unsafe-inline': CSS ships as files, the app sets no style attributes but
		// Kit's announcer (allowed by its hash) and uses no Svelte transitions (Svelte 5 animates
		// with the Web Animations API, which CSP does not govern, should one be added).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				// QR codes are data: SVG images; downloads and camera frames use blob: URLs.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				// The /create page's Web Worker and the service worker are files of this origin.
				'worker-src': ['self'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
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
