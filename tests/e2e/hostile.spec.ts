import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { deflate, shortHash, toBase64Url } from '../../src/lib/share/codec';

// A 1 MB URL costs Chromium itself seconds on a loaded machine (a plain page with such a
// fragment does too), and Playwright's trace copies every URL: keep tracing off here.
test.use({ trace: 'off' });
test.describe.configure({ timeout: 180_000 });

test('a 1 MB link says "too large" and the page keeps working', async ({ page, server }) => {
	await page.goto(`${server.url}/play`);
	await expect(page.getByRole('heading', { name: 'Open a quiz' })).toBeVisible();
	const ms = await page.evaluate(async () => {
		const shown = new Promise<number>((resolve) => {
			addEventListener(
				'hashchange',
				() => {
					const start = performance.now();
					const check = () =>
						document.querySelector('[role=alert]')
							? resolve(performance.now() - start)
							: requestAnimationFrame(check);
					check();
				},
				{ once: true }
			);
		});
		location.hash = `#q=1${'A'.repeat(1_000_000)}`;
		return shown;
	});
	// The app's own part: from the hashchange event to the message on screen.
	console.log(`1 MB link: message ${Math.round(ms)} ms after the hash changed`);
	expect(ms).toBeLessThan(200);
	await expect(page.getByRole('alert')).toContainText('too large');
	// Nothing hangs: the page still answers a click.
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Settings');
});

/** A packed quiz link around wire JSON, as a hostile author could make it (see src/lib/share). */
async function linkOf(origin: string, wire: unknown): Promise<string> {
	const body = '1' + toBase64Url(await deflate(JSON.stringify(wire)));
	return `${origin}/play#q=${body}${await shortHash(body, 6)}`;
}

const SCRIPT = 'top.pwned=1';
const HTML = `<img src=x onerror="${SCRIPT}"><script>${SCRIPT}</script><b>bold</b>`;

/** An inline one-question quiz in wire form; every text field can be replaced. */
function quizWire(text: (field: string) => string, urls: { citation?: string; source?: string }) {
	return {
		t: text('title'),
		m: text('message'),
		o: 0, // practice
		r: 1, // reveal answers and sources
		q: {
			i: 'hostile',
			t: text('set title'),
			d: '2025-01-01',
			y: text('summary'),
			g: [],
			s: [
				[text('source title'), text('outlet'), '2025-01-01', ...(urls.source ? [urls.source] : [])]
			],
			a: ['a1'],
			x: [text('sentence')],
			it: [
				{
					i: 'q1',
					t: 0, // who-said
					f: 0, // choice
					p: text('prompt'),
					a: 0,
					o: [text('right option'), text('wrong option')],
					e: text('explanation'),
					x: [[0, 0, 0, 10, text('outlet'), ...(urls.citation ? [urls.citation] : [])]]
				}
			]
		}
	};
}

/** Counts script runs: the flag the payloads set, and any dialog. */
async function watchScripts(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	// Cited articles live elsewhere; there is no network here, so stop such navigations at once.
	await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	return async () => ({
		dialogs,
		// A click that left the page (an aborted external address) leaves no flag to read.
		pwned: await page
			.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? 0)
			.catch(() => 0)
	});
}

const HOSTILE_URLS = [
	`javascript:${SCRIPT}`,
	`JaVaScRiPt:${SCRIPT}`,
	` javascript:${SCRIPT}`,
	`\tjava\nscript:${SCRIPT}`,
	`data:text/html,<script>${SCRIPT}</script>`,
	'vbscript:msgbox(1)'
];

test('a link with a script address in any url field opens nothing that runs', async ({
	page,
	server
}) => {
	const scripts = await watchScripts(page);
	for (const url of HOSTILE_URLS) {
		for (const field of ['citation', 'source'] as const) {
			const link = await linkOf(
				server.url,
				quizWire(() => 'Plain text', { [field]: url })
			);
			const open = async () => {
				await page.goto('about:blank');
				await page.goto(link);
				await expect(page.getByRole('alert')).toContainText(
					`${field} 1, url: a web address starting with http:// or https://`
				);
			};
			await open();
			// The refusal page links only to the app's own pages: none may hold a script address.
			const hrefs = await page
				.locator('a[href]')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
			for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
			expect(await scripts()).toEqual({ dialogs: [], pwned: 0 });
		}
	}
});

test('markup in every text field of a link shows as text, and no link on the page runs script', async ({
	page,
	server
}) => {
	const scripts = await watchScripts(page);
	const text = (field: string) => `${field} ${HTML}`;
	const link = await linkOf(
		server.url,
		quizWire(text, { citation: 'https://example.org/a', source: 'https://example.org/b' })
	);
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('title'));
	await expect(page.getByText(text('message'))).toBeVisible();
	// The page fills in a saved name once storage answers: type after that, or it is replaced.
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/Your name or initials/).fill('<b>Ana</b><img src=x>');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('button', { name: text('right option') }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	for (const field of ['prompt', 'right option', 'wrong option', 'explanation', 'sentence'])
		await expect(page.getByText(text(field)).first()).toBeVisible();
	await expect(page.getByRole('link', { name: text('outlet') })).toHaveAttribute(
		'href',
		'https://example.org/a'
	);
	expect(await page.locator('main b, main img, main script').count()).toBe(0);
	// Every link on the page is an app page or an http(s) address; those in the question's
	// feedback (the source links) are clicked where they stand: a script address would run here.
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
	const sources = page.locator('main a[href]');
	const count = await sources.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		await sources.nth(i).click({ noWaitAfter: true });
		await page.waitForTimeout(200);
		expect((await scripts()).pwned).toBe(0);
	}
	expect(await scripts()).toEqual({ dialogs: [], pwned: 0 });
});
