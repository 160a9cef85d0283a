import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';

export default defineConfig({
	test: {
		projects: [
			{
				// Plain TypeScript: no Svelte plugin, no browser. Specs that need IndexedDB use
				// fake-indexeddb.
				resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.browser.spec.ts'],
					environment: 'node',
					// Property tests and whole-article pipeline runs are slow on a loaded two-core CI machine.
					testTimeout: 30_000
				}
			},
			{
				// Components and runes classes, compiled by SvelteKit's plugin and run in the same
				// Chromium as the end-to-end journeys: real focus, keyboard, <dialog> and IndexedDB.
				plugins: [sveltekit()],
				test: {
					name: 'browser',
					include: ['src/**/*.browser.spec.ts'],
					testTimeout: 30_000,
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions() }),
						instances: [{ browser: 'chromium' }],
						viewport: { width: 390, height: 844 },
						screenshotFailures: false
					}
				}
			}
		]
	}
});
