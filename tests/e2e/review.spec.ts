import { fsrs, Rating, type Card } from 'ts-fsrs';
import { test, expect } from './fixtures';
import { answer, currentItem, firstSet, storedRows } from './quiz-helpers';

interface StoredCard extends Omit<Card, 'due' | 'last_review'> {
	key: string;
	due: number;
	last_review?: number;
}

function readCards(page: import('@playwright/test').Page): Promise<StoredCard[]> {
	return storedRows<StoredCard>(page, 'cards');
}

const DAY = 24 * 60 * 60 * 1000;

test('a review session picks up due cards and reschedules them as FSRS says', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	const start = new Date('2026-03-02T09:00:00Z').getTime();
	// Time stands still: every answer takes "0 ms", which the app rates Good when right.
	await page.clock.setFixedTime(start);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	for (const right of [false, true, true]) {
		await answer(page, await currentItem(page, set), right);
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	const learned = await readCards(page);
	expect(learned).toHaveLength(3);
	// Again is due again sooner than Good.
	const [wrong, ...rights] = [...learned].sort((a, b) => a.due - b.due);
	for (const card of rights) expect(card.due).toBeGreaterThan(wrong!.due);

	// The next day every page gives the same count of what is due, and Review asks exactly that.
	await page.clock.setFixedTime(start + DAY);
	await page.goto(`${server.url}/`);
	await expect(page.getByTestId('library-progress')).toContainText('3 due now');
	await page.goto(`${server.url}/sets/${set.id}`);
	await expect(page.getByTestId('set-progress')).toContainText('3 due now');
	await page.goto(`${server.url}/progress`);
	await expect(page.getByTestId('due-now')).toContainText('3 due now');
	await expect(page.getByTestId('set-mastery')).toContainText('3 due now');
	await page.getByRole('link', { name: '3 due now' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	const reviewed = new Date(start + DAY);
	for (let n = 1; n <= 3; n++) {
		await answer(page, await currentItem(page, set), true);
		await page.getByRole('button', { name: n === 3 ? 'See results' : 'Next question' }).click();
	}
	await expect(page.getByTestId('score')).toContainText('3 of 3 right');

	const scheduler = fsrs({ enable_fuzz: false });
	const after = await readCards(page);
	for (const before of learned) {
		const card: Card = {
			...before,
			due: new Date(before.due),
			last_review: before.last_review ? new Date(before.last_review) : undefined
		};
		const expected = scheduler.next(card, reviewed, Rating.Good).card;
		const stored = after.find((c) => c.key === before.key)!;
		expect(stored.due).toBe(expected.due.getTime());
		expect(stored.reps).toBe(expected.reps);
		expect(stored.due).toBeGreaterThan(reviewed.getTime());
	}

	await page.goto(`${server.url}/review`);
	await expect(page.getByText('Nothing is due for review right now.')).toBeVisible();
});
