import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.js';
import { test, expect, waitForTeacherTools, BUILD } from './fixtures';
import { expectNoViolations } from './axe';
import { answer, currentItem, storedMadeSet } from './quiz-helpers';

// A real report (Wikinews, CC BY 2.5) long enough for a full set of questions to edit.
const REPORT = readFileSync('tests/fixtures/real/dev/b-wikinews-warming-ozone-crops.md', 'utf8');
const ARTICLE = REPORT.replace(/^---[\s\S]*?\n---\n/, '').trim();
const PUBLISHED = /published: (\S+)/.exec(REPORT)![1]!;

const teachTab = (page: Page) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teach' });
const prompts = (page: Page) => page.locator('.questions .prompt').allTextContents();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function makeQuiz(page: Page) {
	await teachTab(page).click();
	await expect(teachTab(page)).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: 'Make a quiz' }).click();
	await expect(teachTab(page)).toHaveAttribute('aria-current', 'page');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Publication date').fill(PUBLISHED);
	await page.getByLabel(/^Outlet/).fill('Millbrook Gazette');
	await page.getByLabel(/^Title/).fill('Library vote');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await page.getByRole('link', { name: 'Edit the questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library vote' })).toBeVisible();
}

// Whole journeys with axe on a shared machine: longer than one page's default budget.
test.describe.configure({ timeout: 300_000 });

test('a teacher edits a made quiz, the edits survive reload and offline, and a student gets them', async ({
	page,
	browser,
	server
}) => {
	await page.goto(`${server.url}/`);
	await makeQuiz(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	const before = await prompts(page);
	const count = before.length;
	// A report of this length gets a full set: at least five questions.
	expect(count).toBeGreaterThanOrEqual(5);
	// It names too few people with their words or roles for a matching game: none is offered.
	await expect(page.getByRole('link', { name: 'Matching game' })).toHaveCount(0);
	// Every question shows its answer and source.
	const first = page.locator('.question').first();
	await expect(first.getByText('Answer', { exact: true })).toBeVisible();
	await expect(first.locator('blockquote').first()).not.toBeEmpty();

	// Edit a choice question: a repeated option is refused, naming the field; then saved.
	const initial = await storedMadeSet(page, id);
	const at = initial.items.findIndex(
		(item) => item.format === 'choice' && item.type !== 'true-false'
	);
	expect(at).toBeGreaterThanOrEqual(0);
	const q = at + 1;
	const question = page.locator('.question').nth(at);
	await page.getByRole('button', { name: `Edit question ${q}`, exact: true }).click();
	const form = question.locator('form');
	await expect(form.getByLabel('Question')).toBeFocused();
	const edited = "Which answer did the report give, in the teacher's own words?";
	await form.getByLabel('Question').fill(edited);
	const option2 = form.getByLabel('Option 2', { exact: true });
	const option1 = await form.getByLabel('Option 1', { exact: true }).inputValue();
	const option2Was = await option2.inputValue();
	await option2.fill(option1);
	await form.getByRole('button', { name: `Save question ${q}` }).click();
	await expect(form.getByRole('alert')).toHaveText('Option 2 is the same as option 1.');
	await option2.fill(option2Was);
	await form.getByRole('button', { name: `Save question ${q}` }).click();
	await expect(page.getByRole('status').filter({ hasText: `Question ${q} saved.` })).toBeVisible();
	await expect(page.getByRole('button', { name: `Edit question ${q}`, exact: true })).toBeFocused();
	await expect(page.locator('.questions .prompt').nth(at)).toHaveText(edited);

	// Reorder: question 2 moves down with its button, then once more with the keyboard.
	const second = (await prompts(page))[1]!;
	await page.getByRole('button', { name: /\(move question 2 down\)$/ }).click();
	await expect(page.locator('.questions .prompt').nth(2)).toHaveText(second);
	const moved = await focusedId(page);
	expect(moved).toMatch(/^down-/);
	await page.keyboard.press('Enter');
	await expect(page.locator('.questions .prompt').nth(3)).toHaveText(second);
	expect(await focusedId(page)).toBe(moved);
	await page.keyboard.press('Alt+ArrowUp');
	await expect(page.locator('.questions .prompt').nth(2)).toHaveText(second);

	// Delete, undo (it comes back in place), then delete another for good.
	const fifth = (await prompts(page))[4]!;
	await page.getByRole('button', { name: 'Delete question 5', exact: true }).click();
	await expect(page.locator('.questions .prompt')).toHaveCount(count - 1);
	await expect(page.getByRole('button', { name: /^Undo/ })).toBeFocused();
	await expect(page.getByRole('button', { name: /^Undo/ })).toContainText('deleted question 5');
	await page.keyboard.press('Enter');
	await expect(page.locator('.questions .prompt').nth(4)).toHaveText(fifth);
	await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
	// Any question but the edited one and the one brought back.
	const shown = await prompts(page);
	const gone = shown.findIndex((p, i) => i !== 4 && p !== edited);
	const deleted = shown[gone]!;
	await page.getByRole('button', { name: `Delete question ${gone + 1}`, exact: true }).click();
	await expect(page.locator('.questions .prompt')).toHaveCount(count - 1);

	// Add a number question without a source.
	const add = page.getByRole('region', { name: 'Add a question' });
	await add.getByLabel('Format').selectOption({ label: 'Number (with tolerance)' });
	await add.getByLabel('Question').fill('How many floors will the new library have?');
	await add.getByLabel('Answer', { exact: true }).fill('three');
	await add.getByRole('button', { name: 'Add question' }).click();
	await expect(add.getByRole('alert')).toHaveText('Answer is not a number: “three”.');
	await add.getByLabel('Answer', { exact: true }).fill('3');
	await add.getByLabel(/^Tolerance/).fill('1');
	await add.getByRole('button', { name: 'Add question' }).click();
	await expect(page.locator('.questions .prompt')).toHaveCount(count);
	await expect(
		page.getByRole('heading', { name: `Question ${count} · Your own question` })
	).toBeFocused();
	const last = page.locator('.question').last();
	await expect(last).toContainText('No source sentence');
	await expect(last).toContainText('(± 1)');

	const expected = await prompts(page);
	expect(expected).toContain(edited);
	expect(expected).not.toContain(deleted);
	expect(expected).toContain(fifth);
	expect(expected.at(-1)).toBe('How many floors will the new library have?');
	await expectNoViolations(page, 'quiz page with edits');

	// Stored at once: a reload, then a reload with no server at all, show the same questions.
	await page.reload();
	await expect(page.locator('.questions .prompt')).toHaveText(expected);
	await waitForTeacherTools(page);
	const port = new URL(server.url).port;
	await server.close();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Library vote' })).toBeVisible();
	await expect(page.locator('.questions .prompt')).toHaveText(expected);
	const stored = await storedMadeSet(page, id);
	expect(stored.items.map((item) => item.prompt)).toEqual(expected);

	// Share three questions, among them the edited and the added one.
	await page.getByRole('link', { name: 'Share with a class' }).click();
	await page.getByLabel('Let me pick').check();
	const added = stored.items.at(-1)!;
	const mine = stored.items.find((item) => item.prompt === edited)!;
	const other = stored.items.find((item) => item !== mine && item !== added)!;
	for (const item of [mine, other, added])
		await page.getByRole('checkbox', { name: item.prompt }).check();
	await page.getByLabel('Title').fill('Library vote, edited');
	await page.getByRole('button', { name: 'Create link and QR code' }).click();
	const url = await page.locator('#share-url').inputValue();
	expect(url).toContain('/play#q=');

	// The link is back online for the student, on the same address.
	const again = await startOn(port);
	try {
		const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const student = await studentContext.newPage();
		await student.goto(url);
		await expect(student.getByRole('heading', { name: 'Library vote, edited' })).toBeVisible();
		await student.getByLabel(/Your name or initials/).fill('C. Reader');
		// The name is typed while the page may still be loading the saved one: it must be kept.
		await student.getByRole('button', { name: 'Start' }).click();
		await expect(student.getByText('Question 1 of 3')).toBeVisible();
		const seen: string[] = [];
		for (let n = 1; n <= 3; n++) {
			await expect(student.getByText(`Question ${n} of 3`)).toBeVisible();
			const item = await currentItem(student, stored);
			seen.push(item.prompt);
			await answer(student, item, true);
			await student
				.getByRole('button', { name: n === 3 ? 'See results' : 'Next question' })
				.click();
		}
		expect(seen).toContain(edited);
		expect(seen).toContain('How many floors will the new library have?');
		await expect(student.getByTestId('score')).toContainText('3 of 3 right');
		await studentContext.close();
	} finally {
		await again.close();
	}
});

function startOn(port: string) {
	return startServer({ root: BUILD, port: Number(port) });
}

test('a built-in set is copied into an editable quiz; a quiz is duplicated and deleted with undo', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/`);
	await page.locator('.sets a').first().click();
	await expect(page.getByRole('button', { name: 'Copy to edit' })).toBeVisible();
	const title = (await page.locator('h1').textContent())!.trim();
	await page.getByRole('button', { name: 'Copy to edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${title} (copy)` })).toBeVisible();
	await expect(teachTab(page)).toHaveAttribute('aria-current', 'page');
	const n = await page.locator('.questions .prompt').count();
	expect(n).toBeGreaterThan(2);
	await page.getByRole('button', { name: 'Delete question 1', exact: true }).click();
	await expect(page.locator('.questions .prompt')).toHaveCount(n - 1);

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `${title} (copy) (copy)` })
	).toBeVisible();
	await expect(page.locator('.questions .prompt')).toHaveCount(n - 1);

	await page.getByRole('button', { name: 'Delete quiz' }).click();
	const dialog = page.getByRole('dialog', { name: `Delete “${title} (copy) (copy)”?` });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Keep it' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Delete quiz' }).click();
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
	const list = page.locator('.made li');
	await expect(list).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo delete' }).click();
	await expect(list).toHaveCount(2);
	await expect(page.getByRole('status').filter({ hasText: 'is back' })).toBeVisible();
});

const viewports = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
};

for (const [size, viewport] of Object.entries(viewports)) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the Teach pages have no WCAG 2.2 AA violations (${size}, ${colorScheme})`, async ({
			page,
			server
		}) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			await page.goto(`${server.url}/`);
			await makeQuiz(page);
			await expectNoViolations(page, `quiz page (${size}, ${colorScheme})`);
			await page.getByRole('button', { name: 'Edit question 1', exact: true }).click();
			await page
				.getByRole('region', { name: 'Add a question' })
				.getByLabel('Format')
				.selectOption('match');
			await expectNoViolations(page, `quiz page with forms open (${size}, ${colorScheme})`);
			await page.getByRole('button', { name: 'Delete quiz' }).click();
			await expectNoViolations(page, `delete dialog (${size}, ${colorScheme})`);
			await page.keyboard.press('Escape');
			await page.getByRole('link', { name: '← My quizzes' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Teach' })).toBeVisible();
			await expectNoViolations(page, `Teach (${size}, ${colorScheme})`);
		});
	}
}
