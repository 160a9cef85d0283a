import { test, expect } from './fixtures';
import { countStored, firstSet } from './quiz-helpers';

test('flashcards: turn over with the keyboard, grade with keys and a swipe, all stored and scheduled', async ({
	page,
	server
}) => {
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}`);
	if (set.items.length > 10) await page.getByLabel(`All ${set.items.length}`).check();
	await page.getByRole('link', { name: 'Start flashcards' }).click();
	await expect(page.getByText(`Card 1 of ${set.items.length}`)).toBeVisible();
	await expect(page.locator('#card-front')).toBeFocused();
	const prompt = await page.locator('#card-front').textContent();
	expect(set.items.some((item) => item.prompt === prompt)).toBe(true);

	// Space turns the card over; the back gives the answer and its source sentence.
	await page.keyboard.press('Space');
	await expect(page.getByText('Answer:', { exact: true })).toBeVisible();
	const item = set.items.find((i) => i.prompt === prompt)!;
	await expect(page.locator('.back blockquote')).toHaveText(item.citations[0]!.sentence);
	await page.keyboard.press('1');
	await expect(page.getByText(`Card 2 of ${set.items.length}`)).toBeVisible();
	expect(await countStored(page, 'answers')).toBe(1);

	// A swipe to the right says "Good".
	await page.getByRole('button', { name: 'Show answer' }).click();
	// A card is graded only once turned over: swipe when its back is showing.
	await expect(page.getByText('Answer:', { exact: true })).toBeVisible();
	// Turning a card with a long source over scrolls its top off the screen (focus goes to the
	// grades below it): the finger lands on the part of the card that is showing.
	const box = (await page.locator('.flashcard').boundingBox())!;
	const y = Math.max(box.y, 0) + 40;
	expect(y).toBeLessThan(box.y + box.height);
	await page.mouse.move(box.x + 40, y);
	await page.mouse.down();
	await page.mouse.move(box.x + 240, y, { steps: 5 });
	await page.mouse.up();
	await expect(page.getByText(`Card 3 of ${set.items.length}`)).toBeVisible();
	expect(await countStored(page, 'cards')).toBe(2);

	// Leaving and coming back resumes at the same card.
	await page.reload();
	await expect(page.getByText(`Card 3 of ${set.items.length}`)).toBeVisible();
});
