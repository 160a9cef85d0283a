import { readFileSync } from 'node:fs';
import {
	test as base,
	expect,
	serve,
	waitForOffline,
	BUILD,
	NEXT_BUILD,
	type AppServer
} from './fixtures';

const versionOf = (dir: string) =>
	(JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')) as { version: string }).version;

// The server starts with one build; `release()` makes it serve the next one, as a deploy would.
const test = base.extend<{ site: AppServer & { release(): void } }>({
	site: async ({}, use) => {
		let root = BUILD;
		const server = await serve(() => root);
		await use({ ...server, release: () => (root = NEXT_BUILD) });
		await server.close();
	}
});

test.beforeAll(() => {
	expect(versionOf(NEXT_BUILD)).not.toBe(versionOf(BUILD));
});

async function openThenRelease(
	page: import('@playwright/test').Page,
	site: AppServer & { release(): void }
) {
	await page.goto(`${site.url}/settings`);
	await waitForOffline(page);
	await expect(page.getByTestId('app-version')).toHaveText(versionOf(BUILD));
	site.release();
	// The app looks for updates whenever it becomes visible again.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(page.getByText('New version available.')).toBeVisible({ timeout: 30_000 });
}

test('accepting the update prompt reloads into the new version', async ({ page, site }) => {
	await openThenRelease(page, site);
	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByTestId('app-version')).toHaveText(versionOf(NEXT_BUILD));
	await expect(page.getByText('New version available.')).toHaveCount(0);
});

test('dismissing the update prompt leaves the page as it is', async ({ page, site }) => {
	await openThenRelease(page, site);
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(page.getByText('New version available.')).toHaveCount(0);
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'still here'
	);
	await expect(page.getByTestId('app-version')).toHaveText(versionOf(BUILD));
});
