import { test, expect } from './fixtures';

// A 1 MB URL costs Chromium itself seconds on a loaded machine (a plain page with such a
// fragment does too), and Playwright's trace copies every URL: keep tracing off here.
test.use({ trace: 'off' });
test.describe.configure({ timeout: 180_000 });

test('a 1 MB link says "too large" and the page keeps working', async ({ page, server }) => {
	await page.goto(`${server.url}/play`);
	await expect(page.getByRole('heading', { name: 'Open a quiz' })).toBeVisible();
	const ms = await page.evaluate(async () => {
		const shown = new Promise<number>((resolve) => {
			addEventListener(
				'hashchange',
				() => {
					const start = performance.now();
					const check = () =>
						document.querySelector('[role=alert]')
							? resolve(performance.now() - start)
							: requestAnimationFrame(check);
					check();
				},
				{ once: true }
			);
		});
		location.hash = `#q=1${'A'.repeat(1_000_000)}`;
		return shown;
	});
	// The app's own part: from the hashchange event to the message on screen.
	console.log(`1 MB link: message ${Math.round(ms)} ms after the hash changed`);
	expect(ms).toBeLessThan(200);
	await expect(page.getByRole('alert')).toContainText('too large');
	// Nothing hangs: the page still answers a click.
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Settings');
});
