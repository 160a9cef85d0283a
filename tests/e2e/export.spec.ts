import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNoViolations } from './axe';
import { firstSet } from './quiz-helpers';
import { pdfPages } from './pdf';
import { parseAiken } from '../../src/lib/import/aiken';
import type { QuestionSet } from '../../src/lib/pipeline/schema';

// Seven downloads, a PDF or an axe run per test: longer than one page's default budget on a
// loaded machine.
test.describe.configure({ timeout: 180_000 });

/** Clicks an export button and returns the file the browser saved. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: label, exact: true }).click()
	]);
	const bytes = readFileSync((await file.path())!);
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
		file.suggestedFilename()
	);
	return { name: file.suggestedFilename(), bytes };
}

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (n) => n === 'question'
});

/** Each export, downloaded from the page and read back by a parser of its format. */
async function checkEveryExport(page: Page, set: QuestionSet) {
	const choices = set.items.filter((i) => i.format === 'choice').length;

	const gift = await download(page, 'Moodle GIFT');
	expect(gift.name).toMatch(/\.gift\.txt$/);
	expect(parseGift(gift.bytes.toString('utf8'))).toHaveLength(set.items.length);

	const moodle = (await download(page, 'Moodle XML')).bytes.toString('utf8');
	expect(XMLValidator.validate(moodle)).toBe(true);
	expect(xml.parse(moodle).quiz.question).toHaveLength(set.items.length + 1);

	const aiken = parseAiken((await download(page, 'Aiken')).bytes.toString('utf8'));
	expect(aiken.errors).toEqual([]);
	expect(aiken.questions).toHaveLength(choices);

	const qti = unzipSync(new Uint8Array((await download(page, 'QTI 2.1 package')).bytes));
	expect(Object.keys(qti)).toContain('imsmanifest.xml');
	expect(Object.keys(qti).filter((path) => path.startsWith('items/'))).toHaveLength(
		set.items.length
	);
	for (const bytes of Object.values(qti))
		expect(XMLValidator.validate(strFromU8(bytes))).toBe(true);

	const kahoot = await readXlsxFile((await download(page, 'Kahoot! spreadsheet')).bytes);
	const rows = kahoot[0]!.data.slice(8);
	expect(rows).toHaveLength(choices);
	for (const row of rows) expect(row[1]).toBeTruthy();

	const quizlet = (await download(page, 'Quizlet')).bytes.toString('utf8').trimEnd().split('\n');
	expect(quizlet.length).toBeGreaterThanOrEqual(set.items.length);
	for (const line of quizlet) expect(line.split('\t')).toHaveLength(2);

	const anki = (await download(page, 'Anki')).bytes.toString('utf8');
	expect(anki.startsWith('#separator:tab\n#html:false\n')).toBe(true);
}

test('every export downloads from a set page and reads back in its own format', async ({
	page,
	server
}) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(await response.text());
	});
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}`);
	await expect(page.getByRole('heading', { name: 'Take it to your tools' })).toBeVisible();
	// The spreadsheet writer is not loaded until a teacher asks for a spreadsheet.
	expect(scripts.some((s) => s.includes('xl/worksheets'))).toBe(false);

	await checkEveryExport(page, set);
	expect(scripts.some((s) => s.includes('xl/worksheets'))).toBe(true);
});

test('the worksheet prints to PDF with the answer key on a page of its own', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}`);
	// The browser's print dialog is not part of the page; the page's print styles are.
	await page.evaluate(() => (window.print = () => {}));
	await page.getByRole('button', { name: 'Printable worksheet' }).click();
	const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));

	const keyStart = pages.findIndex((text) => text.includes('Answer key'));
	expect(keyStart).toBeGreaterThan(0);
	expect(pages[keyStart]!.trimStart().startsWith(`Answer key: ${set.title}`)).toBe(true);
	const questions = pages.slice(0, keyStart).join(' ');
	expect(questions.startsWith(`${set.title} Name:`)).toBe(true);
	expect(questions).toContain(set.items[0]!.prompt.replace(/\s+/g, ' ').slice(0, 40));
	// Only the worksheet prints: not the app's navigation or the export buttons.
	expect(questions).not.toContain('Take it to your tools');
	expect(questions).not.toMatch(/\bSettings\b/);
});

test('a GIFT file imports into a new quiz that exports again; a broken one says where', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/create`);
	const chooser = page.getByLabel('Import a quiz file…');
	await chooser.setInputFiles({
		name: 'rivers.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from(
			'Longest river? {=Nile ~Thames ~Seine}\n\nWhich is wet? {\n~sand\n~dust\n}\n'
		)
	});
	const alert = page.getByRole('alert');
	await expect(alert).toBeFocused();
	await expect(alert).toContainText('rivers.gift, line 3: a question needs a right answer (=)');
	await expectNoViolations(page, 'import problems');
	await page.screenshot({ path: 'test-results/import-problems-phone.png', fullPage: true });

	await chooser.setInputFiles({
		name: 'rivers.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from('Longest river? {=Nile ~Thames ~Seine}\n\nThe Nile flows north. {T}\n')
	});
	await expect(page).toHaveURL(/\/mine\?id=import-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice: rivers');
	const gift = await download(page, 'Moodle GIFT');
	await expectNoViolations(page, 'made quiz page');
	expect(parseGift(gift.bytes.toString('utf8')).map((q) => q.type)).toEqual(['MC', 'TF']);

	await page.goto(`${server.url}/create`);
	await page.getByLabel('Import a quiz file…').setInputFiles({
		name: 'rivers.gift',
		mimeType: 'text/plain',
		buffer: Buffer.from('Longest river? {=Nile ~Thames ~Seine}\n\nThe Nile flows north. {T}\n')
	});
	await expect(page.getByRole('alert')).toContainText('rivers.gift was imported already.');
});

for (const [size, viewport] of Object.entries({
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
})) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the export menu is axe clean with its notes showing (${size}, ${colorScheme})`, async ({
			page,
			server
		}) => {
			const set = await firstSet(page, server.url);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			await page.goto(`${server.url}/sets/${set.id}`);
			await download(page, 'Aiken');
			await expectNoViolations(page, `${size}, ${colorScheme}`);
			await page.getByRole('heading', { name: 'Take it to your tools' }).scrollIntoViewIfNeeded();
			await page.screenshot({ path: `test-results/export-menu-${size}-${colorScheme}.png` });
		});
	}
}

test('the export buttons work from the keyboard', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}`);
	const gift = page.getByRole('button', { name: 'Moodle GIFT', exact: true });
	await gift.focus();
	await expect(gift).toHaveAccessibleDescription('Moodle: Question bank → Import → GIFT format');
	const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(file.suggestedFilename()).toMatch(/\.gift\.txt$/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Moodle XML' })).toBeFocused();
});
