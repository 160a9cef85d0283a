import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { APP_NAME, BACKGROUND_COLOR, THEME_COLOR, TRAILING_SLASH } from './src/lib/config.js';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
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
				// Pages, question-set JSON and every asset: the app must open offline on any page.
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
				navigateFallbackDenylist: [/\.[a-z0-9]+$/i]
			}
		})
	]
});
