import { test, expect, waitForOffline } from './fixtures';
import { answer, countStored, currentItem, firstSet } from './quiz-helpers';

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

test('a whole practice run offline, resumed after a reload, with results and progress', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	const total = set.items.length;
	await page.goto(`${server.url}/sets/${set.id}`);
	await waitForOffline(page);
	await server.close();

	// Over ten questions a session is ten by default: ask for all of them.
	if (total > 10) await page.getByLabel(`All ${total}`).check();
	await page.getByRole('link', { name: 'Start practice' }).click();
	await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();

	let right = 0;
	const half = Math.floor(total / 2);
	for (let n = 1; n <= total; n++) {
		if (n === half + 1) {
			// Closing the tab or a reload mid-quiz loses nothing.
			const before = await currentItem(page, set);
			expect(await countStored(page, 'answers')).toBe(half);
			await page.reload();
			await page.getByRole('button', { name: `Resume at question ${n}` }).click();
			await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
			expect((await currentItem(page, set)).id).toBe(before.id);
		}
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const item = await currentItem(page, set);
		const answerRight = n % 3 !== 0;
		await answer(page, item, answerRight);
		if (answerRight) right++;
		const verdict = page.locator('.feedback h3');
		await expect(verdict).toHaveText(answerRight ? 'Correct' : 'Not quite');
		// Feedback names the source sentence and its outlet, and says the sentence once.
		const sentence = item.citations[0]!.sentence;
		await expect(page.locator('.feedback blockquote').first()).toHaveText(sentence);
		const said = (await page.locator('.feedback').innerText()).split(sentence).length - 1;
		expect(said, item.id).toBe(1);
		expect(await countStored(page, 'answers')).toBe(n);
		await page.getByRole('button', { name: n === total ? 'See results' : 'Next question' }).click();
	}

	await expect(page.getByTestId('score')).toContainText(`${right} of ${total} right`);
	await expect(
		page.getByRole('link', { name: `Review mistakes (${total - right})` })
	).toBeVisible();
	expect(await countStored(page, 'cards')).toBe(total);

	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByTestId('answered-14')).toContainText(`${total} answers`);
	await expect(page.getByTestId('set-mastery')).toContainText(`${total} answered`);
	await expect(page.getByTestId('streak')).toContainText('1 day in a row');

	await page.getByRole('link', { name: 'Library' }).click();
	await expect(page.getByTestId('library-progress')).toContainText(`${total} answered`);
	await page.getByRole('link', { name: set.title }).click();
	await expect(page.getByTestId('set-progress')).toContainText(`${total} answered`);
});

test('review mistakes starts again with only the missed questions', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=test`);
	const total = set.items.length;
	for (let n = 1; n <= total; n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		await answer(page, await currentItem(page, set), n > 3);
	}
	await expect(page.getByTestId('score')).toContainText(`${total - 3} of ${total} right`);
	await page.getByRole('link', { name: 'Review mistakes (3)' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await answer(page, await currentItem(page, set), false);

	// Ending early asks first, and scores only what was answered.
	await page.getByRole('button', { name: 'End quiz now' }).click();
	const dialog = page.getByRole('dialog', { name: 'End the quiz now?' });
	await expect(dialog).toContainText('You have answered 1 of 3');
	await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Keep going' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'End quiz now' }).click();
	await dialog.getByRole('button', { name: 'End now' }).click();
	await expect(page.getByTestId('score')).toContainText(
		'0 of 1 answered right (0%); 2 not reached'
	);
	await expect(page.getByRole('link', { name: 'Review mistakes (1)' })).toBeVisible();
	await page.getByRole('link', { name: 'Answer the 2 not reached' }).click();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
});

test('a short session of ten questions, or only what I got wrong', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}`);
	const lengths = page.getByRole('group', { name: 'How many questions?' });
	if (set.items.length > 10) {
		await expect(page.getByLabel('10', { exact: true })).toBeChecked();
	} else {
		// Nothing to choose yet: a short set is asked whole, with no one-choice question.
		await expect(lengths).toHaveCount(0);
	}
	await page.getByRole('link', { name: 'Start practice' }).click();
	await expect(
		page.getByText(`Question 1 of ${Math.min(10, set.items.length)}`, { exact: true })
	).toBeVisible();
	await answer(page, await currentItem(page, set), false);
	await expect(page.getByTestId('tally')).toContainText('0 right');
	await page.getByRole('button', { name: 'Next question' }).click();
	await answer(page, await currentItem(page, set), true);
	await page.getByRole('button', { name: 'Next question' }).click();
	await answer(page, await currentItem(page, set), true);
	await expect(page.getByTestId('tally')).toContainText('2 right · 2 in a row');

	await page.goto(`${server.url}/sets/${set.id}`);
	await expect(lengths).toBeVisible();
	await page.getByLabel('Only what I got wrong (1)').check();
	await page.getByRole('link', { name: 'Start practice' }).click();
	await expect(page.getByText('Question 1 of 1', { exact: true })).toBeVisible();
});

test('a skipped question waits for later: a reload goes on after it, the results offer it again', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	const total = set.items.length;
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	const skipped = await currentItem(page, set);
	await page.getByRole('button', { name: 'Skip this question' }).click();
	await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
	await expect(page.locator('#prompt')).toBeFocused();
	await answer(page, await currentItem(page, set), true);
	await expect(page.getByText('Correct', { exact: true })).toBeVisible();

	await page.reload();
	await expect(page.getByText(`You answered 1 of ${total} questions last time.`)).toBeVisible();
	await page.getByRole('button', { name: 'Resume at question 3' }).click();
	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();

	await page.getByRole('button', { name: 'End quiz now' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'End now' }).click();
	await expect(page.getByTestId('score')).toContainText(
		`1 of 1 answered right (100%); ${total - 1} not reached`
	);
	await page.getByRole('link', { name: `Answer the ${total - 1} not reached` }).click();
	await expect(page.getByText(`Question 1 of ${total - 1}`)).toBeVisible();
	const asked: string[] = [];
	for (let n = 1; n <= total - 1; n++) {
		// Read each question only once it is on screen, not the one the skip is replacing.
		await expect(page.getByText(`Question ${n} of ${total - 1}`, { exact: true })).toBeVisible();
		asked.push((await currentItem(page, set)).id);
		await page.getByRole('button', { name: 'Skip this question' }).click();
	}
	expect(asked).toContain(skipped.id);
});
