/**
 * `npm run bench:size`: what the production build weighs. Prints, for each page, the JavaScript
 * (gzip) of its first load, twice: what its HTML loads before the page runs (read from the
 * files), and everything it has loaded once the network is quiet in Chromium, which adds what
 * the page imports on mount. Then the service worker's precache: in all, for each story, and the
 * largest files. Bytes are exact; nothing here is timed.
 *
 *   npm run bench:size                       build/ (run npm run build first)
 *   BENCH_BUILD=build-old npm run bench:size another build, to compare
 *   BENCH_BROWSER=0 npm run bench:size       skip the Chromium pass
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './serve.js';
import { chromiumLaunchOptions } from './chromium.js';
import { gzipBytes, kb, pageScripts, precacheEntries, sum } from './buildSize';

const BUILD = process.env.BENCH_BUILD ?? 'build';
const BROWSER = process.env.BENCH_BROWSER !== '0';

/** One page per route: the first set stands for every set. */
function pagesToShow(pages: string[], firstSet: string | undefined): string[] {
	return pages.filter((page) => !page.startsWith('/sets/') || page.startsWith(`/sets/${firstSet}`));
}

/** Every script a page has fetched by the time the network is quiet, gzip bytes. */
async function loadedScripts(urls: string[]): Promise<Map<string, number>> {
	const server = await startServer({ root: BUILD, port: 0 });
	const browser = await chromium.launch(chromiumLaunchOptions());
	const sizes = new Map<string, number>();
	try {
		for (const page of urls) {
			// A fresh context per page, and no service worker: its install would fetch everything.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const tab = await context.newPage();
			const scripts = new Set<string>();
			tab.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
			});
			await tab.goto(`${server.url}${page}`, { waitUntil: 'networkidle' });
			sizes.set(page, sum([...scripts].map((url) => gzipBytes(BUILD, url))));
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return sizes;
}

const index = JSON.parse(readFileSync(join(BUILD, 'data/sets/index.json'), 'utf8')) as {
	id: string;
}[];
const pages = pageScripts(BUILD);
const shown = pagesToShow(
	pages.map((p) => p.page),
	index[0]?.id
);
const loaded = BROWSER ? await loadedScripts(shown) : new Map<string, number>();

console.log(`First-load JavaScript, gzip (${BUILD}/, ${index.length} stories)\n`);
console.log(`${'page'.padEnd(58)} ${'in HTML'.padStart(9)} ${'loaded'.padStart(9)}`);
for (const { page, gzip } of pages.filter((p) => shown.includes(p.page))) {
	const after = loaded.get(page);
	console.log(
		`${page.padEnd(58)} ${kb(gzip).padStart(9)} ${(after === undefined ? '' : kb(after)).padStart(9)}`
	);
}

const entries = precacheEntries(BUILD);
const total = sum(entries.map((e) => e.bytes));
console.log(`\nPrecache: ${entries.length} files, ${kb(total)} (${total} bytes)`);
for (const { id } of index) {
	const own = entries.filter((e) => e.url.includes(id));
	console.log(`  story ${id}: ${own.length} files, ${kb(sum(own.map((e) => e.bytes)))}`);
}
console.log('  largest:');
for (const { url, bytes } of [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 8))
	console.log(`    ${kb(bytes).padStart(9)}  ${url}`);
