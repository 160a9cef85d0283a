import { test, expect } from './fixtures';
import { expectNoViolations } from './axe';
import type { SetSummary } from '../../src/lib/pipeline/schema';

const viewports = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
};

/** Every page of the app; `{set}` is the first question set's id. */
const pages = [
	'/',
	'/sets/{set}',
	'/sets/{set}/share',
	'/sets/{set}/cards',
	'/settings',
	'/review',
	'/progress',
	'/play',
	'/class',
	'/create',
	'/mine',
	'/mine/share',
	'/teach',
	'/teach/quiz',
	'/no-such-page'
];

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

for (const [size, viewport] of Object.entries(viewports)) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`no WCAG 2.2 AA violations on any page (${size}, ${colorScheme})`, async ({
			page,
			server
		}) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			const sets = (await (
				await page.request.get(`${server.url}/data/sets/index.json`)
			).json()) as SetSummary[];
			for (const path of pages) {
				await page.goto(server.url + path.replace('{set}', sets[0]!.id));
				await expect(page.locator('h1')).toBeVisible();
				await expectNoViolations(page, `${path} (${size}, ${colorScheme})`);
			}
		});
	}
}
