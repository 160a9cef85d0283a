import type { Page } from '@playwright/test';
import { test, expect, waitForOffline } from './fixtures';
import { answer, currentItem, firstSet, readQr } from './quiz-helpers';

// Written for this test: a vote, a quote, numbers and dates on a topic of its own.
const ARTICLE = [
	'The Fernvale school board voted 5 to 4 on Thursday to start classes an hour later next year.',
	'The change will cost $300,000 a year in extra bus routes, the board said.',
	'"Teenagers learn better when they are not exhausted," said board member Priya Raman.',
	"About 2,400 students attend the district's two high schools."
].join('\n\n');

/**
 * Records every Content-Security-Policy violation the page reports, from the first script on:
 * the `securitypolicyviolation` event and the console error Chromium prints for it.
 */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (t: string) => void })
				.reportCspViolation;
			report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
		});
	});
	return violations;
}

test('every page runs under the strict policy without a single violation', async ({
	page,
	server
}) => {
	test.setTimeout(180_000);
	const violations = await watchCsp(page);
	const set = await firstSet(page, server.url);

	const response = await page.goto(`${server.url}/`);
	expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toContain('unsafe-inline');
	await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
	await waitForOffline(page);

	// A set page, and a link with its QR code (a data: image) made on the share page.
	await page.goto(`${server.url}/sets/${set.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(set.title);
	await page.goto(`${server.url}/sets/${set.id}/share`);
	await page.getByRole('button', { name: 'Create link and QR code' }).click();
	const url = await page.locator('#share-url').inputValue();
	expect(await readQr(page, 'QR code of the quiz link')).toBe(url);

	// The link played: a question answered.
	await page.goto(url);
	// The page fills in a saved name once storage answers: type after that.
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/Your name or initials/).fill('C. S. Pee');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
	await answer(page, await currentItem(page, set), true);
	await expect(page.getByRole('button', { name: /Next question|See results/ })).toBeVisible();

	// The create page's Web Worker makes questions.
	await page.goto(`${server.url}/create`);
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Publication date').fill('2025-09-04');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(page.getByRole('heading', { name: /^\d+ questions made$/ })).toBeVisible({
		timeout: 60_000
	});

	for (const [path, heading] of [
		['/review', /Review/],
		['/progress', /Progress/],
		['/settings', /Settings/],
		['/class', /class/i],
		['/mine', /./]
	] as const) {
		await page.goto(`${server.url}${path}`);
		await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
		await page.waitForLoadState('networkidle');
	}
	// A reload served by the service worker is under the same policy.
	await page.reload();
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);
});

test('a page refuses an injected inline script, so the policy is really enforced', async ({
	page,
	server
}) => {
	const violations = await watchCsp(page);
	await page.goto(`${server.url}/settings`);
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injectedRan = true';
		document.body.append(script);
		return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});
