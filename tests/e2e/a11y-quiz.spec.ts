import { test, expect } from './fixtures';
import { expectNoViolations } from './axe';
import { answer, currentItem, firstSet } from './quiz-helpers';

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`quiz states have no WCAG 2.2 AA violations (${viewport.width}px, ${colorScheme})`, async ({
			page,
			server
		}) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			const set = await firstSet(page, server.url);
			await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
			const seen = new Set<string>();
			// Every answer format shows different controls: check each one, with its feedback.
			for (let n = 1; n <= set.items.length; n++) {
				const item = await currentItem(page, set);
				const fresh = !seen.has(item.format);
				if (fresh) await expectNoViolations(page, `question (${item.format})`);
				await answer(page, item, n % 2 === 0);
				if (fresh) await expectNoViolations(page, `feedback (${item.format})`);
				seen.add(item.format);
				await page.getByRole('button', { name: /Next question|See results/ }).click();
			}
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
			await expectNoViolations(page, 'results');
		});
	}
}
