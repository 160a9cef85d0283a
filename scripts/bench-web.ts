/**
 * `npm run bench:web`: how fast the production build loads on a phone, as Lighthouse sees it.
 * Builds the app (timed), serves build/ with scripts/serve.js as `npm start` does, runs
 * Lighthouse (mobile, its default simulated slow 4G and 4x CPU slowdown) on the home page, a set,
 * its quiz and /create, and prints for each page the median of its runs. Then the precache bytes
 * and the build time. A benchmark, not a test: it prints figures and holds them to nothing.
 *
 *   npm run --silent bench:web
 *   BENCH_RUNS=5 npm run --silent bench:web   more runs per page (default 3)
 *
 * Uses the local Chromium (scripts/chromium.js); nothing is downloaded.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './chromium.js';
import { kb, precacheEntries, sum } from './buildSize';

const BUILD = 'build';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// vite-node sets NODE_ENV=development, which a child would inherit (`npm run build` would then
// write a development service worker), and svelte.config.js has already stamped a FACTDECK_VERSION
// here. The children get the environment a shell would give them.
const shellEnv = { ...process.env };
delete shellEnv.NODE_ENV;
delete shellEnv.FACTDECK_VERSION;

/** A port nobody is listening on now: ask the OS for one, then give it back. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * `node scripts/serve.js` as a child, the way `npm start` serves: resolves once it is listening.
 * Not startServer() in this process: Lighthouse's own work here would hold up the responses.
 */
function serve(port: number): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(process.execPath, ['scripts/serve.js', BUILD], {
		env: { ...shellEnv, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`serve.js exited (${code}) before listening`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			const url = /running at (\S+?)\/?\s/.exec(chunk.toString())?.[1];
			if (url) resolve({ child, url });
		});
	});
}

/** Playwright's Chromium when there is no Debian one, like the tests; never fetch one. */
function chromePath(): string {
	const path = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
	if (!existsSync(path))
		throw new Error(`no Chromium at ${path}: install Debian's chromium or set CHROMIUM_PATH`);
	return path;
}

interface Run {
	score: number;
	lcp: number;
	tbt: number;
	cls: number;
	/** Bytes of JavaScript over the wire (gzip or brotli, as the server sent it). */
	js: number;
	benchmarkIndex: number;
	warnings: string[];
}

/**
 * One Lighthouse run in its own Chromium with a fresh profile, so no run inherits another's
 * HTTP cache, compiled code or service worker.
 */
async function audit(url: string): Promise<Run> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'factdeck-lh-'));
	const chrome = await chromeLauncher.launch({
		chromePath: chromePath(),
		userDataDir,
		// Root in a sandboxless container, localhost only: the same quiet flags as the tests.
		chromeFlags: ['--headless=new', ...chromiumLaunchOptions().args!]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			onlyCategories: ['performance'],
			// The defaults, spelled out: a mid-range phone on slow 4G, simulated (Lantern) so the
			// figures depend less on this machine's own network and load.
			formFactor: 'mobile',
			throttlingMethod: 'simulate'
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
		const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		const summary = lhr.audits['resource-summary']?.details;
		const items = summary?.type === 'table' ? summary.items : [];
		const script = items.find((item) => item.resourceType === 'script');
		return {
			score: lhr.categories.performance?.score ?? NaN,
			lcp: numeric('largest-contentful-paint'),
			tbt: numeric('total-blocking-time'),
			cls: numeric('cumulative-layout-shift'),
			js: Number(script?.transferSize ?? NaN),
			benchmarkIndex: lhr.environment.benchmarkIndex,
			warnings: lhr.runWarnings.map(String)
		};
	} finally {
		chrome.kill();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// 1. Build, timed: the same `npm run build` a release runs (icons, then vite build).
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], {
	env: shellEnv,
	encoding: 'utf8',
	maxBuffer: 1 << 28
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	process.stderr.write(build.stdout + build.stderr);
	throw new Error('npm run build failed');
}

const index = JSON.parse(readFileSync(join(BUILD, 'data/sets/index.json'), 'utf8')) as {
	id: string;
}[];
const id = index[0]?.id;
if (!id) throw new Error(`${BUILD}/data/sets/index.json lists no set`);
const pages = ['/', `/sets/${id}`, `/sets/${id}/quiz`, '/create'];

// 2. Serve and audit. The server is stopped whatever happens.
const { child, url } = await serve(await freePort());
const results = new Map<string, Run[]>();
try {
	for (const page of pages) {
		const runs: Run[] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await audit(`${url}${page}`));
		results.set(page, runs);
	}
} finally {
	child.kill();
}

// 3. Print.
console.log(
	`Lighthouse mobile (simulated slow 4G, 4x CPU), median of ${RUNS} runs per page, ${BUILD}/\n`
);
console.log(
	`${'page'.padEnd(28)} ${'score'.padStart(5)} ${'LCP'.padStart(8)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)} ${'JS sent'.padStart(9)}`
);
for (const [page, runs] of results) {
	const m = (key: keyof Omit<Run, 'warnings'>) => median(runs.map((run) => run[key]));
	console.log(
		[
			page.replace(id, '<id>').padEnd(28),
			m('score').toFixed(2).padStart(5),
			`${(m('lcp') / 1000).toFixed(2)} s`.padStart(8),
			`${Math.round(m('tbt'))} ms`.padStart(7),
			m('cls').toFixed(3).padStart(6),
			kb(m('js')).padStart(9)
		].join(' ')
	);
}
const all = [...results.values()].flat();
// Lighthouse's own gauge of this machine's speed (about 1000+ on a desktop): a loaded machine
// scores lower, and the simulated CPU figures (TBT above all) grow with it.
console.log(
	`\nBenchmarkIndex (median): ${Math.round(median(all.map((run) => run.benchmarkIndex)))}`
);
for (const warning of new Set(all.flatMap((run) => run.warnings)))
	console.log(`Lighthouse warns: ${warning}`);

const precache = sum(precacheEntries(BUILD).map((entry) => entry.bytes));
console.log(`Precache: ${kb(precache)} (${precache} bytes)`);
console.log(`Build (npm run build): ${buildSeconds.toFixed(1)} s`);
