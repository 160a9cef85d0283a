import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// The journeys drive the production build (build/, and build-next/ for the update test) in real
// Chromium; every test starts its own static server so it can stop it to go truly offline.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		launchOptions: chromiumLaunchOptions(),
		viewport: { width: 390, height: 844 },
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	}
});
