import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import {
	APP_NAME,
	BACKGROUND_COLOR,
	PRECACHED_STORIES,
	THEME_COLOR,
	TRAILING_SLASH
} from './src/lib/config.js';
import { STORY_CACHE } from './src/lib/pwa/storyCache.js';
import { newestStoriesOnly, precacheForStudents } from './scripts/precache.js';

/**
 * How many of the newest stories come with the app. The end-to-end journey of keeping a story
 * offline builds its release with none (scripts/test-all.js), so the seed story is one to keep.
 */
const precachedStories = Number(process.env.FACTDECK_PRECACHED_STORIES ?? PRECACHED_STORIES);

/** The release svelte.config.js names (loading it sets it): the shell's revision in the precache. */
const release = (await import('./svelte.config.js')).default.kit?.version?.name ?? 'dev';

/**
 * The PWA plugin for SvelteKit writes its own manifest transform (page URLs without .html) when
 * the Vite config is resolved; ours runs after it and leaves the teachers' tools out of the
 * precache (see scripts/precache.ts).
 */
function pwa(options: Parameters<typeof SvelteKitPWA>[0] & object) {
	const plugins = SvelteKitPWA(options);
	const configureForKit = options.integration!.configureOptions!;
	options.integration!.configureOptions = async (viteConfig, resolved) => {
		await configureForKit(viteConfig, resolved);
		resolved.workbox!.manifestTransforms!.push(
			precacheForStudents('.svelte-kit'),
			newestStoriesOnly('.svelte-kit', precachedStories)
		);
	};
	return plugins;
}

export default defineConfig({
	plugins: [
		sveltekit(),
		pwa({
			strategies: 'generateSW',
			registerType: 'prompt',
			// src/lib/pwa registers the worker itself with workbox-window.
			injectRegister: false,
			kit: { trailingSlash: TRAILING_SLASH, includeVersionFile: true },
			manifest: {
				id: '/',
				name: `${APP_NAME}: learn from the news`,
				short_name: APP_NAME,
				description: 'Quizzes built from the facts in news articles. Works offline.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				lang: 'en',
				categories: ['education', 'news'],
				theme_color: THEME_COLOR,
				background_color: BACKGROUND_COLOR,
				icons: [
					{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/maskable-icon-512x512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				// Pages, question-set JSON and every asset a student needs: the app must open offline
				// on any page (the teachers' tools are left out by precacheForStudents, and all but
				// the newest stories by newestStoriesOnly).
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json}',
					'prerendered/**/*.{html,json}'
				],
				// Pages are static; query strings (?mode=test) are read by the page in the browser.
				ignoreURLParametersMatching: [/.*/],
				cleanupOutdatedCaches: true,
				// Nothing controls the page before the first install, so taking control at once is safe.
				clientsClaim: true,
				// An unknown URL offline still gets the app shell rather than the browser's error page.
				navigateFallback: '/',
				// A story's pages are not: see the last two routes below.
				navigateFallbackDenylist: [/\.[a-z0-9]+$/i, /^\/sets\//],
				// The adapter's fallback page (an empty shell that draws any page in the browser),
				// offline the pages of stories kept outside the precache. Listed here, revised with
				// each release, rather than through the plugin's kit.adapterFallback, which stays unset.
				additionalManifestEntries: [{ url: '404.html', revision: release }],
				// What is not precached (the teachers' tools) is kept the first time it loads. Hashed
				// files never change, so the cache is always right; old releases' files age out.
				runtimeCaching: [
					{
						urlPattern: /\/_app\/immutable\/.+\.(js|css)$/,
						handler: 'CacheFirst',
						options: { cacheName: 'factdeck-tools', expiration: { maxEntries: 80 } }
					},
					// A story outside the precache: its data is kept once fetched (the set page also
					// keeps it whole when opened, src/lib/pwa/offlineStories.svelte.ts), and fresh
					// from the network when there is one.
					{
						urlPattern: /\/data\/(sets|summaries|pairs)\/[^/]+\.json$/,
						handler: 'NetworkFirst',
						options: { cacheName: STORY_CACHE, networkTimeoutSeconds: 5 }
					},
					// ...and its pages come from the network, or offline from the app's shell, which
					// draws them from that data (a stored page would name an old release's scripts).
					{
						urlPattern: ({ request, url }) =>
							request.mode === 'navigate' && url.pathname.startsWith('/sets/'),
						handler: 'NetworkOnly',
						options: { precacheFallback: { fallbackURL: '/404.html' } }
					}
				]
			}
		})
	]
});
