import { existsSync } from 'node:fs';

/**
 * How the tests and scripts launch Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own (`npx playwright install chromium`).
 * @returns {import('@playwright/test').LaunchOptions}
 */
export function chromiumLaunchOptions() {
	const executablePath =
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return {
		executablePath,
		// Root in a sandboxless container, and no network but localhost: keep Chromium quiet.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	};
}
