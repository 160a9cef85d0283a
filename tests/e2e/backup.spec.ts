import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answer, countStored, currentItem, firstSet } from './quiz-helpers';

async function exportFile(page: Page): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	return readFileSync(await (await download).path(), 'utf8');
}

/** The backup's content, without the moment it was made. */
function content(text: string) {
	const backup = JSON.parse(text) as Record<string, unknown>;
	delete backup.exportedAt;
	return backup;
}

async function importFile(page: Page, text: string, name = 'backup.json') {
	await page.locator('#backup-file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

test('export, reset and import bring back exactly the same progress', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	for (const right of [true, false, true, true]) {
		await answer(page, await currentItem(page, set), right);
		await page.getByRole('button', { name: 'Next question' }).click();
	}

	await page.getByRole('link', { name: 'Settings' }).click();
	const saved = await exportFile(page);
	expect(JSON.parse(saved).answers).toHaveLength(4);

	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
	await expect(page.getByText('All progress on this device was deleted.')).toBeVisible();
	expect(await countStored(page, 'answers')).toBe(0);

	await importFile(page, saved);
	await page.getByLabel('Replace the progress on this device').check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('Imported 4 answers')).toBeVisible();
	expect(content(await exportFile(page))).toEqual(content(saved));
});

test('a corrupt or foreign file is refused with a clear message and nothing changes', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	await answer(page, await currentItem(page, set), true);
	await expect(page.locator('.feedback')).toBeVisible();
	await page.goto(`${server.url}/settings`);
	const before = content(await exportFile(page));

	await importFile(page, '{"hello": "world"}', 'notes.json');
	await expect(page.getByRole('alert')).toContainText(
		'notes.json was not imported. Not a Factdeck backup'
	);

	const damaged = JSON.parse(JSON.stringify({ ...before, exportedAt: 1 }));
	damaged.answers[0].correct = 'yes';
	await importFile(page, JSON.stringify(damaged), 'damaged.json');
	await expect(page.getByRole('alert')).toContainText('answers[0].correct');
	await expect(page.getByRole('alert')).toContainText('Your progress has not changed');

	await importFile(page, 'PK\u0003\u0004 binary', 'photo.json');
	await expect(page.getByRole('alert')).toContainText('not JSON');

	await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
	expect(content(await exportFile(page))).toEqual(before);
});
