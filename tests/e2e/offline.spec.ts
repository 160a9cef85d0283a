import { test, expect, waitForOffline } from './fixtures';
import type { SetSummary } from '../../src/lib/pipeline/schema';

test('after one visit the app opens offline: home, a deep link and a page never visited', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	const sets = (await (
		await page.request.get(`${server.url}/data/sets/index.json`)
	).json()) as SetSummary[];
	const set = sets[0]!;
	await waitForOffline(page);

	await server.close();
	// The server is gone, not just emulated offline: any request that misses the cache fails.
	expect(
		await page.evaluate(
			(url) =>
				fetch(url).then(
					() => 'reached',
					() => 'gone'
				),
			`${server.url}/nothing`
		)
	).toBe('gone');

	await page.goto(`${server.url}/`);
	await expect(page.getByRole('link', { name: set.title })).toBeVisible();

	await page.goto(`${server.url}/sets/${set.id}`);
	await expect(page.getByRole('heading', { level: 1, name: set.title })).toBeVisible();
	await expect(page.getByText(`${set.count} questions`)).toBeVisible();

	await page.goto(`${server.url}/settings`);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByText('Ready: the whole app is saved on this device')).toBeVisible();
});

test('an unknown address shows a not-found page with a way home', async ({ page, server }) => {
	const response = await page.goto(`${server.url}/no/such/page`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the library' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('the offline badge tells the user when the connection drops', async ({
	page,
	server,
	context
}) => {
	await page.goto(`${server.url}/`);
	await expect(page.getByText(/^Offline/)).toHaveCount(0);
	await context.setOffline(true);
	await expect(page.getByText('Offline — everything you opened still works')).toBeVisible();
	await context.setOffline(false);
	await expect(page.getByText(/^Offline/)).toHaveCount(0);
});
