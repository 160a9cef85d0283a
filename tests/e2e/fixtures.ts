import { test as base, expect, type Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.js';

export interface AppServer {
	url: string;
	close(): Promise<void>;
}

export const BUILD = 'build';
export const NEXT_BUILD = 'build-next';

export function serve(root: string | (() => string)): Promise<AppServer> {
	return startServer({ root, port: 0 });
}

/** One static server per test, on its own port (and so its own origin and service worker). */
export const test = base.extend<{ server: AppServer }>({
	server: async ({}, use) => {
		const server = await serve(BUILD);
		await use(server);
		await server.close();
	}
});

export { expect };

/** Waits until the service worker has installed everything and controls the page. */
export async function waitForOffline(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
}

/**
 * A teacher's pages and tools are not precached: the first teacher page opened loads them all
 * through the service worker (src/routes/teacherTools.ts). A journey that goes offline right
 * after one waits for that, as a teacher on a slow line would have, unknowing.
 */
export async function waitForTeacherTools(page: Page) {
	await waitForOffline(page);
	await page.waitForSelector('html[data-teacher-tools="kept"]', {
		state: 'attached',
		timeout: 30_000
	});
}

/** Sums the page's layout shifts (as Core Web Vitals count them) from the first paint on. */
export async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		Object.assign(window, { layoutShifts: shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) shifts.push(entry.value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** What the page has shifted since watchLayoutShifts, summed. */
export function layoutShifted(page: Page): Promise<number> {
	return page.evaluate(() =>
		(window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0)
	);
}
