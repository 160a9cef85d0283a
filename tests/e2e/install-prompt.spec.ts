import { test, expect } from './fixtures';

test('an "Install Factdeck" card offers the browser install dialog, and "Not now" is for good', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/`);
	await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Install Factdeck' })).toBeHidden();
	// What Chromium does once the app is installable: hand the page a deferred install prompt.
	const fire = (outcome: 'accepted' | 'dismissed') =>
		page.evaluate((outcome) => {
			const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => void ((window as unknown as { prompted: number }).prompted = 1),
				userChoice: Promise.resolve({ outcome })
			});
			dispatchEvent(event);
			return event.defaultPrevented;
		}, outcome);
	// The browser's own banner is held back; ours waits on the Library.
	expect(await fire('accepted')).toBe(true);
	await page.getByRole('button', { name: 'Install' }).click();
	expect(await page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
	await expect(page.getByRole('heading', { name: 'Install Factdeck' })).toBeHidden();

	await fire('dismissed');
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(page.getByRole('heading', { name: 'Install Factdeck' })).toBeHidden();
	await page.reload();
	await fire('accepted');
	await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Install Factdeck' })).toBeHidden();
});

test.describe('on an iPhone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});

	test('the Add to Home Screen hint comes after a first quiz, until dismissed', async ({
		page,
		server
	}) => {
		await page.goto(`${server.url}/`);
		await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
		await expect(page.getByText('Add to Home Screen')).toBeHidden();
		await page.locator('a[href^="/sets/"]').first().click();
		await page.getByRole('link', { name: 'Start practice' }).click();
		await page.getByRole('button', { name: 'End quiz now' }).click();
		await page.getByRole('button', { name: 'End now' }).click();
		await expect(page.getByTestId('score')).toBeVisible();
		await page.getByRole('link', { name: 'Library' }).click();
		await expect(page.getByText('Add to Home Screen')).toBeVisible();
		await page.getByRole('button', { name: 'Got it' }).click();
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
		await expect(page.getByText('Add to Home Screen')).toBeHidden();
	});
});
