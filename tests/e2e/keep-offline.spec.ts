import { readFileSync } from 'node:fs';
import {
	test as base,
	expect,
	layoutShifted,
	serve,
	waitForOffline,
	watchLayoutShifts,
	NEXT_BUILD,
	type AppServer
} from './fixtures';
import type { SetSummary } from '../../src/lib/pipeline/schema';

// build-next is built with no story in its precache (scripts/test-all.js), as a release is once
// its stories are no longer the newest: the seed story is then one to keep offline.
const test = base.extend<{ site: AppServer }>({
	site: async ({}, use) => {
		const server = await serve(NEXT_BUILD);
		await use(server);
		await server.close();
	}
});

test.beforeAll(() => {
	const worker = readFileSync(`${NEXT_BUILD}/sw.js`, 'utf8');
	expect(worker, 'build-next must be built with FACTDECK_PRECACHED_STORIES=0').not.toMatch(
		/url:"data\/sets\/(?!index)[^"]+\.json"/
	);
});

test('a story kept offline with one tap opens with no connection, and the library says so', async ({
	page,
	site
}) => {
	const [set] = (await (
		await page.request.get(`${site.url}/data/sets/index.json`)
	).json()) as SetSummary[];
	await page.goto(`${site.url}/`);
	await waitForOffline(page);
	// With the service worker in charge, the offline marks arrive after the first paint, in the
	// room kept for them.
	await watchLayoutShifts(page);
	await page.reload();
	const card = page.getByRole('article').filter({ hasText: set!.title });
	await expect(card.getByRole('status')).toHaveText('Online only');
	expect(await layoutShifted(page)).toBe(0);

	const keep = card.getByRole('button', { name: `Keep offline: ${set!.title}` });
	await keep.click();
	await expect(card.getByRole('status')).toHaveText(/Available offline/);
	// One button, so focus stays on it: it now undoes the keeping.
	const remove = card.getByRole('button', { name: `Remove offline copy: ${set!.title}` });
	await expect(remove).toBeFocused();
	await remove.click();
	await expect(card.getByRole('status')).toHaveText('Online only');
	await keep.click();
	await expect(card.getByRole('status')).toHaveText(/Available offline/);

	await site.close();
	await page.goto(`${site.url}/sets/${set!.id}`);
	await expect(page.getByRole('heading', { level: 1, name: set!.title })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
	await page.getByRole('link', { name: 'Start practice' }).click();
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	await expect(page.locator('#prompt')).not.toBeEmpty();

	await page.goto(`${site.url}/`);
	await expect(card.getByRole('status')).toHaveText(/Available offline/);
});

test('a story opened is offline for now, and one tap keeps it for good', async ({ page, site }) => {
	const [set] = (await (
		await page.request.get(`${site.url}/data/sets/index.json`)
	).json()) as SetSummary[];
	await page.goto(`${site.url}/sets/${set!.id}`);
	await waitForOffline(page);
	// Opened, it is kept while among the most recently opened (OPENED_STORIES_KEPT): the page
	// says so, and offers to keep it for good.
	const status = page.getByRole('status').filter({ hasText: /offline|Online only/ });
	await expect(status).toHaveText(/Available offline for now/);
	await page.getByRole('button', { name: 'Keep offline' }).click();
	await expect(status).toHaveText(/^\W*Available offline$/);
	await expect(page.getByRole('button', { name: 'Remove offline copy' })).toBeFocused();

	await page.goto(`${site.url}/`);
	const card = page.getByRole('article').filter({ hasText: set!.title });
	await expect(card.getByRole('status')).toHaveText(/^\W*Available offline$/);

	await site.close();
	await page.goto(`${site.url}/sets/${set!.id}`);
	await expect(page.getByRole('heading', { level: 1, name: set!.title })).toBeVisible();
	await expect(status).toHaveText(/^\W*Available offline$/);
});
