/**
 * What a production build weighs, read from its files: the JavaScript each prerendered page loads
 * before anything else happens, and what the service worker precaches. Shared by
 * `npm run bench:size` (which prints it) and tests/e2e/budget.spec.ts (which holds it to budgets),
 * so the figures in the README and the ones the tests check are the same figures.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface PageScripts {
	/** The page as a URL path: /, /sets/abc/quiz. */
	page: string;
	/** Every script the page loads on its own, as root-relative URLs. */
	scripts: string[];
	/** Their size as sent by the static server (the .gz file beside each). */
	gzip: number;
}

export interface PrecacheEntry {
	url: string;
	/** Bytes as stored in Cache Storage (uncompressed). */
	bytes: number;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile());
}

/** The size a browser receives with gzip: the precompressed file the server sends. */
export function gzipBytes(root: string, url: string): number {
	const path = join(root, url.replace(/^\//, '')) + '.gz';
	if (!existsSync(path)) throw new Error(`${path} is missing: is the build precompressed?`);
	return statSync(path).size;
}

/**
 * Static imports only: `import{a as b}from"./x.js"` and `import"./x.js"`, as Rolldown writes
 * them. Dynamic `import()` is what "load it only when used" means, so it is not followed.
 */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[^;"'()]*?from\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

function staticImports(root: string, url: string): string[] {
	const code = readFileSync(join(root, url.replace(/^\//, '')), 'utf8');
	return [...code.matchAll(STATIC_IMPORT)].map((m) => posix.join(posix.dirname(url), m[1]!));
}

/**
 * The scripts a prerendered page loads before it runs: Kit's <link rel="modulepreload"> tags and
 * the entry points its inline script imports, plus anything those import statically (Kit lists
 * them all today; following the imports keeps the figure honest if that ever changes).
 */
export function scriptsOfPage(root: string, htmlFile: string): string[] {
	const html = readFileSync(htmlFile, 'utf8');
	const start = [
		...[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]!),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!)
	];
	const seen = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const url = queue.pop()!;
		if (seen.has(url)) continue;
		seen.add(url);
		queue.push(...staticImports(root, url));
	}
	return [...seen].sort();
}

/** Every prerendered page of the build, with the JavaScript of its first load. */
export function pageScripts(root: string): PageScripts[] {
	return filesUnder(root)
		.filter((path) => path.endsWith('.html') && !path.endsWith('404.html'))
		.map((path) => {
			const page =
				'/' +
				relative(root, path)
					.replace(/\\/g, '/')
					.replace(/(index)?\.html$/, '');
			const scripts = scriptsOfPage(root, path);
			const gzip = scripts.reduce((sum, url) => sum + gzipBytes(root, url), 0);
			return { page, scripts, gzip };
		})
		.sort((a, b) => a.page.localeCompare(b.page));
}

/** The file a precache URL is served from: pages are written as `name.html`. */
function fileOf(root: string, url: string): string {
	const path = join(root, url.replace(/^\//, ''));
	if (url === '/' || url === '') return join(root, 'index.html');
	return existsSync(path) && statSync(path).isFile() ? path : `${path}.html`;
}

/** What the service worker precaches on install: the manifest Workbox writes into sw.js. */
export function precacheEntries(root: string): PrecacheEntry[] {
	const worker = readFileSync(join(root, 'sw.js'), 'utf8');
	const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map(
		(m) => m[1]!
	);
	if (urls.length === 0) throw new Error(`${root}/sw.js: no precache manifest found`);
	return urls.map((url) => ({ url, bytes: statSync(fileOf(root, url)).size }));
}

export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
