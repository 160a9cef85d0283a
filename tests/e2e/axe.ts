import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The rules a colour scheme can break; every other rule reads the same page in dark mode. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * No WCAG 2.2 AA violation on the page as it is now. In dark mode only the colour rules run:
 * the light pass has checked the rest of the same markup, and a full scan costs most of a
 * journey's time on a two-core machine.
 */
export async function expectNoViolations(page: Page, where = ''): Promise<void> {
	const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	const builder = new AxeBuilder({ page });
	const results = await (
		dark
			? builder.withRules(COLOUR_RULES)
			: builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
	).analyze();
	expect(results.violations, where).toEqual([]);
}
