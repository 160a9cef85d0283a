import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { currentItem, firstSet } from './quiz-helpers';

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

test('a whole quiz can be done with the keyboard only', async ({ page, server }) => {
	const set = await firstSet(page, server.url);
	// A session is ten questions unless the learner asks for more.
	const total = Math.min(10, set.items.length);
	await page.goto(`${server.url}/sets/${set.id}`);
	// Tab to "Start practice" as a keyboard user would.
	await tabTo(page, 'a, button', 'Start practice');
	await page.keyboard.press('Enter');
	// The quiz starts with focus on the question, so screen readers read it first.
	await expect(page.locator('#prompt')).toBeFocused();

	for (let n = 1; n <= total; n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const item = await currentItem(page, set);
		if (item.format === 'choice') {
			await page.keyboard.press(item.type === 'true-false' ? 'T' : '1');
		} else {
			if (item.format === 'number' || item.format === 'text') {
				await tabTo(page, 'input');
				await page.keyboard.type(item.answer);
			} else if (item.format === 'order') {
				// Moving a step keeps focus on it, so Enter moves it again; a screen reader hears where.
				const first = await page.locator('ol.order .text').first().textContent();
				await tabTo(page, 'button', '↓Move “' + first + '” later');
				await page.keyboard.press('Enter');
				await expect(page.getByTestId('order-status')).toHaveText(
					`“${first}” is now 2 of ${item.sequence!.length}.`
				);
				await page.keyboard.press('Enter');
				await expect(page.locator('ol.order .text').nth(2)).toHaveText(first!);
				await expect(page.locator(':focus')).toHaveAccessibleName(
					new RegExp(`^Move “${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” (earlier|later)$`)
				);
			} else if (item.format === 'match') {
				for (let i = 0; i < item.pairs!.length; i++) {
					await tabTo(page, 'select');
					await page.keyboard.press('ArrowDown');
				}
			}
			await tabTo(page, 'button', 'Check answer');
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

/**
 * Presses Tab, then again until the focused element matches `selector` (and has `text`, when
 * given); fails if it never does: a control the keyboard cannot reach is a bug.
 */
async function tabTo(page: Page, selector: string, text?: string) {
	const reached = () =>
		page.evaluate(
			([selector, text]) => {
				const el = document.activeElement;
				return !!el?.matches(selector) && (text === '' || el.textContent?.trim() === text);
			},
			[selector, text ?? ''] as const
		);
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await reached()) return;
	}
	throw new Error(`Tab never reaches ${selector} ${text ?? ''}`);
}
