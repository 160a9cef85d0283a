import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { firstSet } from './quiz-helpers';
import { buildShareUrl } from '../../src/lib/share/link';

// Private modes, storage turned off, or a newer release's database: IndexedDB is missing or
// refuses to open. Every page must say so up front and keep working without saving.
const NO_STORAGE = {
	'IndexedDB is missing': () => {
		// @ts-expect-error: removing what private modes and some embedded browsers never have
		delete window.indexedDB;
	},
	'IndexedDB refuses to open': () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
	}
};

const MESSAGE = "Progress can't be saved in this browser";

async function expectUsable(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByText(MESSAGE), url).toBeVisible();
	await expect(page.getByText(MESSAGE)).toHaveCount(1);
	// Whatever the page was loading has finished: no endless "Loading…" or "Getting ready…".
	await expect(page.locator('main')).not.toContainText(
		/Loading|Getting your quiz ready|Reading your progress|Finding what is due|Checking…/
	);
}

for (const [name, breakStorage] of Object.entries(NO_STORAGE)) {
	test(`${name}: every page says progress can't be saved and still works`, async ({
		page,
		server
	}) => {
		test.setTimeout(120_000);
		const set = await firstSet(page, server.url);
		await page.addInitScript(breakStorage);
		for (const path of [
			'/',
			'/progress',
			'/class',
			'/review',
			'/settings',
			'/mine',
			'/create',
			`/sets/${set.id}`
		]) {
			await expectUsable(page, `${server.url}${path}`);
		}

		// A set plays without saving.
		await page.goto(`${server.url}/sets/${set.id}/quiz`);
		await expect(page.getByText(MESSAGE)).toBeVisible();
		await expect(page.getByText(`Question 1 of ${set.items.length}`)).toBeVisible();

		// A shared quiz starts and plays without saving.
		const share = await buildShareUrl(
			server.url,
			{
				title: 'Class quiz',
				message: '',
				mode: 'practice',
				reveal: true,
				source: { kind: 'set', setId: set.id, itemIds: set.items.slice(0, 2).map((i) => i.id) }
			},
			'/play'
		);
		if (!share.ok) throw new Error('share link not built');
		await page.goto(share.url);
		await expect(page.getByText(MESSAGE)).toBeVisible();
		await page.getByLabel(/Your name or initials/).fill('Ana');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByText('Question 1 of 2')).toBeVisible();
	});
}
