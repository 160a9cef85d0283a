import { test, expect } from './fixtures';
import { currentItem, firstSet } from './quiz-helpers';

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

test('a whole quiz can be done with the keyboard only', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	const total = set.items.length;
	await page.goto(`${server.url}/sets/${set.id}`);
	// Tab to "Start practice" as a keyboard user would.
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (
			(await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Start practice'
		)
			break;
	}
	await page.keyboard.press('Enter');

	for (let n = 1; n <= total; n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const item = await currentItem(page, set);
		if (item.format === 'choice') {
			await page.keyboard.press(item.type === 'true-false' ? 'T' : '1');
		} else {
			if (item.format === 'number' || item.format === 'text') {
				await page.keyboard.press('Tab');
				await page.keyboard.type(item.answer);
			} else if (item.format === 'match') {
				for (let i = 0; i < item.pairs!.length; i++) {
					await page.keyboard.press('Tab');
					await page.keyboard.press('ArrowDown');
				}
			}
			// Tab on to "Check answer" and press it.
			for (let i = 0; i < 40; i++) {
				const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
				if (focused === 'Check answer') break;
				await page.keyboard.press('Tab');
			}
			await page.keyboard.press('Enter');
		}
		const next = page.getByRole('button', { name: /^(Next question|See results)$/ });
		await expect(next).toBeFocused();
		// Feedback is announced to screen readers.
		await expect(page.getByTestId('announcer')).toHaveText(
			/^(Correct\.|Not quite\. The answer is .+)$/
		);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	await expect(page.getByTestId('score')).toContainText(`of ${total} right`);
});
