import type { Page } from '@playwright/test';
import { test, expect, waitForTeacherTools } from './fixtures';
import { expectNoViolations } from './axe';
import { answer, currentItem, readQr, storedMadeSet as storedSet } from './quiz-helpers';

// Written for this test, on a topic of its own: a vote, a quote, numbers and dates.
const ARTICLE = [
	'The Millbrook city council voted 7 to 2 on Tuesday to build a new public library on the site of the old bus depot.',
	'The project will cost $14 million and is due to open in March 2027, according to the council.',
	'"This library will be a home for every reader in Millbrook," said Mayor Elena Vasquez after the vote.',
	'"We cannot afford a palace for books while our streets are full of holes," Councillor Tom Briggs said.',
	'The old depot closed in 2019 after 60 years of service.'
].join('\n\n');

async function makeQuiz(page: Page, text: string, date: string, outlet = '', title = '') {
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Publication date').fill(date);
	await page.getByLabel(/^Outlet/).fill(outlet);
	await page.getByLabel(/^Title/).fill(title);
	await page.getByRole('button', { name: 'Make questions' }).click();
}

test('one question worker, started when the page opens, makes every quiz of the visit', async ({
	page,
	server
}) => {
	// Starting a worker for each request cost about a third of a second per click.
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto(`${server.url}/create`);
	await expect.poll(() => workers.length).toBe(1);
	const heading = page.getByRole('heading', { name: /^\d+ questions made$/ });
	await makeQuiz(page, ARTICLE, '2025-05-14', 'Millbrook Gazette', 'Library vote');
	await expect(heading).toBeFocused();
	await makeQuiz(
		page,
		ARTICLE.replace('7 to 2', '8 to 1'),
		'2025-05-15',
		'Millbrook Gazette',
		'Vote'
	);
	await expect(heading).toBeFocused();
	await expect(page.getByRole('link', { name: 'Vote', exact: true })).toBeVisible();
	expect(workers).toHaveLength(1);
});

test('a pasted article becomes a quiz that plays to the end and opens again offline', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/`);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teach' }).click();
	await page.getByRole('link', { name: 'Make a quiz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Make a quiz' })).toBeVisible();
	await makeQuiz(page, ARTICLE, '2025-05-14', 'Millbrook Gazette', 'Library vote');

	const heading = page.getByRole('heading', { name: /^\d+ questions made$/ });
	await expect(heading).toBeFocused();
	const made = page.locator('.prompts li');
	const total = parseInt((await heading.textContent())!.trim(), 10);
	// A five-sentence article gets a teacher's handful, not a question per pattern.
	expect(total).toBeGreaterThanOrEqual(3);
	expect(total).toBeLessThanOrEqual(5);
	await expect(made).toHaveCount(total);
	await expect(page.getByText('From “Library vote”, Millbrook Gazette.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Library vote', exact: true })).toBeVisible();
	await expectNoViolations(page);

	await page.getByRole('link', { name: 'Practise these questions' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Practice: Library vote' })
	).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	const set = await storedSet(page, id);
	expect(set.items).toHaveLength(total);
	// Every prompt listed is one of the stored questions, citing the pasted text.
	for (const item of set.items)
		for (const c of item.citations) expect(ARTICLE).toContain(c.sentence);

	let right = 0;
	for (let n = 1; n <= total; n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const item = await currentItem(page, set);
		const answerRight = n % 4 !== 0;
		await answer(page, item, answerRight);
		if (answerRight) right++;
		await expect(page.locator('.feedback h3')).toHaveText(answerRight ? 'Correct' : 'Not quite');
		await page.getByRole('button', { name: n === total ? 'See results' : 'Next question' }).click();
	}
	await expect(page.getByTestId('score')).toContainText(`${right} of ${total} right`);
	await expectNoViolations(page);
	const quizUrl = page.url();

	// Progress counts made quizzes like built-in sets.
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByTestId('set-mastery').filter({ hasText: 'Library vote' })).toContainText(
		`${total} answered`
	);
	await page.goto(quizUrl);

	// Offline: the server is gone, yet the quiz page, the stored set and the worker still work.
	await waitForTeacherTools(page);
	await server.close();
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Practice: Library vote' })
	).toBeVisible();
	await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();

	await page.getByRole('link', { name: '← My quizzes' }).click();
	await expect(page.getByRole('link', { name: 'Library vote', exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Make a quiz' }).click();
	await makeQuiz(page, `${ARTICLE}\n\nAbout 3,000 residents signed a petition.`, '2025-05-15');
	await expect(page.getByRole('heading', { name: /^\d+ questions made$/ })).toBeVisible();
	await expect(page.locator('.mine .made li')).toHaveCount(2);
});

test('a quiz made from a pasted article is shared as a link; the teacher gets the result back', async ({
	browser,
	page: teacher,
	server
}) => {
	// Two browsers, a worker and axe: longer than one page's default budget on a shared machine.
	test.setTimeout(150_000);
	await teacher.goto(`${server.url}/create`);
	await makeQuiz(teacher, ARTICLE, '2025-05-14', 'Millbrook Gazette', 'Library vote');
	await expect(teacher.getByRole('heading', { name: /^\d+ questions made$/ })).toBeVisible();
	await teacher.getByRole('link', { name: 'Share with a class' }).click();
	await expect(
		teacher.getByRole('heading', { level: 1, name: 'Share with a class' })
	).toBeVisible();
	const set = await storedSet(teacher, new URL(teacher.url()).searchParams.get('id')!);

	// Up to four picked questions, one reworded: the wording the students see is the teacher's.
	await teacher.getByLabel('Let me pick').check();
	const chosen = set.items.slice(0, 4);
	const total = chosen.length;
	expect(total).toBeGreaterThanOrEqual(3);
	for (const item of chosen) await teacher.getByRole('checkbox', { name: item.prompt }).check();
	await teacher.getByText('Reword this question').first().click();
	const reworded = `Think back: ${chosen[0]!.prompt}`;
	await teacher.locator(`#edit-${chosen[0]!.id}`).fill(reworded);
	await teacher.getByLabel('Title').fill('Library vote quiz');
	await teacher.getByRole('button', { name: 'Create link and QR code' }).click();
	const url = await teacher.locator('#share-url').inputValue();
	expect(url).toContain('/play#q=');
	expect(url.length).toBeLessThanOrEqual(2000);
	expect(await readQr(teacher, 'QR code of the quiz link')).toBe(url);
	await expectNoViolations(teacher);

	// A student who never saw the article: the questions travel in the link itself.
	const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const student = await studentContext.newPage();
	await student.goto(url);
	await expect(student.getByRole('heading', { name: 'Library vote quiz' })).toBeVisible();
	await student.getByLabel(/Your name or initials/).fill('B. Reader');
	await student.getByRole('button', { name: 'Start' }).click();
	const lookup = {
		...set,
		items: chosen.map((item, i) => (i === 0 ? { ...item, prompt: reworded } : item))
	};
	for (let n = 1; n <= total; n++) {
		await expect(student.getByText(`Question ${n} of ${total}`)).toBeVisible();
		await answer(student, await currentItem(student, lookup), n !== 2);
		await student
			.getByRole('button', { name: n === total ? 'See results' : 'Next question' })
			.click();
	}
	await expect(student.getByTestId('score')).toContainText(`${total - 1} of ${total} right`);
	const code = await student.locator('#result-code').inputValue();
	await studentContext.close();

	await teacher.goto(`${server.url}/class`);
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	const row = teacher.getByRole('row', { name: /B\. Reader/ });
	await expect(row.getByTestId('roster-score')).toHaveText(`${total - 1} / ${total}`);
});

test('bad input gets a message saying what is wrong', async ({ page, server }) => {
	await page.goto(`${server.url}/create`);
	const make = page.getByRole('button', { name: 'Make questions' });
	const text = page.getByLabel('Article text');
	const date = page.getByLabel('Publication date');
	await expect(date).not.toHaveValue('');

	await make.click();
	await expect(page.getByText('Paste the text of an article first')).toBeVisible();
	await expect(text).toBeFocused();
	await expect(text).toHaveAttribute('aria-invalid', 'true');

	await text.fill(ARTICLE);
	await date.fill('');
	await make.click();
	await expect(page.getByText('Give the date the article was published.')).toBeVisible();
	await expect(date).toBeFocused();
	await expect(date).toHaveAttribute('required', '');
	await expect(page.getByRole('heading', { name: /questions made/ })).toHaveCount(0);

	await date.fill('2025-05-14');
	await text.fill('It was a pleasant afternoon and everyone in the park seemed happy about it.');
	await make.click();
	await expect(page.getByRole('alert')).toContainText('No questions could be made from this text');

	await text.fill('The council met again. '.repeat(13_044));
	await expect(page.getByText('300,012 of 300,000 characters: too long')).toBeVisible();
	await make.click();
	await expect(page.getByRole('alert')).toContainText(
		'The text is too long: 300,012 characters, and the limit is 300,000.'
	);
	await expect(page.locator('.mine li')).toHaveCount(0);
});
