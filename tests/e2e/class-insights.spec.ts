import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectNoViolations } from './axe';
import { firstSet, sharedQuizzes } from './quiz-helpers';
import { pdfPages } from './pdf';
import { encodeResultCode } from '../../src/lib/share/result';
import { resolveQuizItems } from '../../src/lib/share/draw';
import type { Item } from '../../src/lib/pipeline/schema';
import { rightResponse, type Response } from '../../src/lib/quiz/response';

// Two shares, four codes, four axe runs and a PDF: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

test('class results say which questions the class missed and how, on a phone and on paper', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	// Two quizzes with one title, shared the same day: the class view must tell them apart.
	await page.goto(`${server.url}/sets/${set.id}/share`);
	await page.getByLabel('Title').fill('Week 48 quiz');
	await page.getByRole('button', { name: 'Create link and QR code' }).click();
	await expect(page.locator('#share-url')).not.toHaveValue('');
	await page.getByLabel('Let me pick').check();
	for (const item of set.items.slice(0, 2)) {
		await page.getByRole('checkbox', { name: item.prompt }).check();
	}
	await page.getByRole('button', { name: 'Create link and QR code' }).click();
	await expect(page.getByText('2 picked')).toBeVisible();
	await expect.poll(async () => (await sharedQuizzes(page)).length).toBe(2);
	const [quiz, otherQuiz] = await sharedQuizzes(page);
	const resolved = resolveQuizItems(quiz!, set);
	if (!resolved.ok) throw new Error(resolved.message);
	const items = resolved.items;
	const total = items.length;

	// Five multiple-choice questions answered to a plan; every other question right for all.
	const [a, b, c, d] = items.filter((i) => i.format === 'choice' && i.options!.length >= 3);
	expect(d, 'four choice questions with two wrong options each').toBeDefined();
	const wrong = (item: Item, n: number) => item.options!.filter((o) => o !== item.answer)[n]!;
	// A wrong option that is itself a quotation is shown in its own marks, not in a second pair.
	const inQuotes = (text: string) => (/^["“‘']/.test(text) ? text : `“${text}”`);
	const plans: [string, Map<Item, string | null>][] = [
		['Anastasia Featherstonehaugh', new Map([[b!, wrong(b!, 0)]])],
		[
			'Ben Okafor',
			new Map([
				[b!, wrong(b!, 0)],
				[c!, wrong(c!, 0)]
			])
		],
		[
			'Cy Young',
			new Map([
				[b!, wrong(b!, 1)],
				[d!, null]
			])
		],
		[
			'Di Prince',
			new Map([
				[a!, wrong(a!, 0)],
				[b!, wrong(b!, 0)],
				[d!, wrong(d!, 1)]
			])
		]
	];
	const codes = await Promise.all(
		plans.map(([student, plan], i) =>
			encodeResultCode(quiz!, {
				student,
				startedAt: Date.UTC(2026, 11, 2, 9) + i,
				durationMs: 95_000,
				answers: items.flatMap((item) => {
					const planned = plan.get(item);
					if (planned === null) return [];
					const response: Response =
						planned === undefined ? rightResponse(item) : { format: 'choice', choice: planned };
					return [{ itemId: item.id, response, ms: 2000 }];
				})
			})
		)
	);

	await page.goto(`${server.url}/class?quiz=${quiz!.id}`);
	// Newest first, each with its time and question count.
	await expect(page.locator('#quiz-select option')).toHaveText([
		/^Week 48 quiz · .*\d{1,2}:\d{2}.* · 2 questions$/,
		new RegExp(`^Week 48 quiz · .*\\d{1,2}:\\d{2}.* · ${total} questions$`)
	]);
	await expect(page.locator('#quiz-select')).toHaveValue(quiz!.id);

	await page
		.getByLabel('Paste result codes')
		.fill(codes.map((code, i) => `S${i}: ${code}`).join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByRole('heading', { name: 'Results (4)' })).toBeVisible();

	// Scores 6, 5, 5, 4 of the quiz's questions (each plan misses 1, 2, 2, 3).
	const scores = [total - 1, total - 2, total - 2, total - 3];
	const mean = scores.reduce((x, y) => x + y) / 4;
	await expect(page.getByTestId('class-average')).toHaveText(
		`${Math.round((mean / total) * 100)}%`
	);
	await expect(page.getByTestId('class-median')).toHaveText(`${total - 2} of ${total}`);
	await expect(page.getByTestId('class-range')).toHaveText(`${total - 3}–${total - 1} of ${total}`);

	// Most missed first: b (nobody), d (2 of 4), then a and c (3 of 4) in quiz order.
	const cards = page.getByTestId('question-insight');
	const q = (item: Item) => `Q${items.indexOf(item) + 1}`;
	const order = [b!, d!, ...[a!, c!].sort((x, y) => items.indexOf(x) - items.indexOf(y))];
	for (const [n, item] of order.entries()) {
		await expect(cards.nth(n).locator('.number')).toHaveText(q(item));
	}
	// The question is read on the card itself, not in a tooltip a phone cannot show.
	await expect(cards.first().getByText(b!.prompt)).toBeVisible();
	await expect(cards.first()).toContainText('0% right (0 of 4 students)');
	await expect(cards.first()).toContainText(
		`Most common wrong answer: ${inQuotes(wrong(b!, 0))} (3 students)`
	);
	await expect(cards.nth(1)).toContainText('50% right');
	await expect(cards.nth(1)).toContainText('Not answered by 1 student');
	await expect(cards).toHaveCount(total);

	// On a 390-px phone the page never widens: the answers table scrolls inside its own box,
	// and the tab bar stays on screen.
	const widths = await page.evaluate(() => {
		const scroller = document.querySelector('[data-testid="student-scroller"]')!;
		return {
			page: document.documentElement.scrollWidth,
			table: scroller.scrollWidth,
			box: scroller.clientWidth
		};
	});
	expect(widths.page).toBeLessThanOrEqual(390);
	expect(widths.table, 'the table is wider than the phone').toBeGreaterThan(widths.box);
	await page.getByTestId('student-scroller').scrollIntoViewIfNeeded();
	const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
	expect(nav!.y + nav!.height).toBeLessThanOrEqual(844);
	expect(nav!.x).toBe(0);
	await expect(
		page.getByRole('row', { name: /Ben Okafor/ }).getByTestId('roster-score')
	).toHaveText(`${total - 2} / ${total}`);

	// The same code again is recognised and not counted twice.
	await page.getByLabel('Paste result codes').fill(`Ben again: ${codes[1]}`);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.report')).toContainText('already added');
	await expect(page.getByRole('heading', { name: 'Results (4)' })).toBeVisible();

	// A code for the other quiz names it, so the teacher knows where to add it.
	const otherCode = await encodeResultCode(otherQuiz!, {
		student: 'Ed',
		startedAt: Date.UTC(2026, 11, 2, 10),
		durationMs: 20_000,
		answers: []
	});
	await page.getByLabel('Paste result codes').fill(otherCode);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.report')).toContainText(
		/This result code is for “Week 48 quiz · .* · 2 questions”: choose that quiz above/
	);

	const [csvFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export as CSV' }).click()
	]);
	const csv = readFileSync((await csvFile.path())!, 'utf8');
	expect(csv).toContain('Di Prince');
	expect(csv.trim().split('\r\n')).toHaveLength(5);

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	]) {
		await page.setViewportSize(viewport);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page, `class results (${viewport.width}px, ${colorScheme})`);
			await page.screenshot({
				path: `test-results/class-results-${viewport.width}-${colorScheme}.png`,
				fullPage: true
			});
		}
	}

	// The printed report: the insights and the class, without the app's tabs or the forms, in
	// black on white even when the screen is dark.
	await page.evaluate(() => (window.print = () => {}));
	await page.getByRole('button', { name: 'Print report' }).click();
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByLabel('Paste result codes')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
	expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(0, 0, 0)');
	await page.screenshot({ path: 'test-results/class-report-print.png', fullPage: true });
	const printed = (await pdfPages(await page.pdf({ format: 'A4' }))).join(' ');
	expect(printed).toMatch(/^Class results Week 48 quiz · .* · \d+ questions Results \(4\)/);
	// pdf.js splits ligatures ("fi") from their word: compare without spaces.
	const squash = (text: string) => text.replace(/\s+/g, '');
	for (const shown of [
		'Questions, most missed first',
		b!.prompt,
		`Most common wrong answer: ${inQuotes(wrong(b!, 0))} (3 students)`,
		'Anastasia Featherstonehaugh'
	]) {
		expect(squash(printed)).toContain(squash(shown));
	}
	for (const chrome of ['Settings', 'Paste result codes', 'Export as CSV', 'Print report']) {
		expect(printed).not.toContain(chrome);
	}
});
