/**
 * `npm run bench:scale`: how the build and the service worker's precache grow with the library.
 * Copies the seed story of questions/ into a temporary content folder as many times as asked
 * (each copy with its own id, title and date, a day older than the one before), builds the app
 * from that folder (FACTDECK_CONTENT, see svelte.config.js) into a temporary output folder, and
 * prints the build time and the precache bytes, in all and per story. A benchmark, not a test:
 * it prints figures and holds them to nothing. Nothing is written into the repository but
 * .svelte-kit/, which every build rewrites.
 *
 *   npm run --silent bench:scale
 *   BENCH_STORIES=1,100 npm run --silent bench:scale   other library sizes (default 1,100,1000)
 *
 * The copies share their articles' text, so they cost the pipeline what the seed does: a
 * library of real, distinct reports of the same length would build in about the same time.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PRECACHED_STORIES } from '../src/lib/config.js';
import { kb, precacheEntries, sum } from './buildSize';
import { storyOfUrl } from './precache.js';

const SIZES = (process.env.BENCH_STORIES ?? '1,100,1000').split(',').map(Number);
// vite-node sets NODE_ENV=development (the build would then write a development service worker)
// and svelte.config.js has stamped a FACTDECK_VERSION here: the build gets a shell's environment.
const shellEnv = { ...process.env };
delete shellEnv.NODE_ENV;
delete shellEnv.FACTDECK_VERSION;

const SEED_ROOT = 'questions';
const seedId = readdirSync(SEED_ROOT).sort()[0];
if (!seedId) throw new Error('questions/ holds no story to copy');
const seed = parse(readFileSync(join(SEED_ROOT, seedId, 'story.yaml'), 'utf8')) as {
	title: string;
	date: string | Date;
};

/** The seed's date, `days` earlier, as YYYY-MM-DD. */
function daysBefore(days: number): string {
	const date = new Date(String(seed.date instanceof Date ? seed.date.toISOString() : seed.date));
	date.setUTCDate(date.getUTCDate() - days);
	return date.toISOString().slice(0, 10);
}

/** `count` stories: the seed, then copies, each one day older. */
function writeLibrary(root: string, count: number) {
	for (let i = 0; i < count; i++) {
		const date = daysBefore(i);
		const id = i === 0 ? seedId! : `${date.slice(0, 7)}-copy-${String(i).padStart(4, '0')}`;
		const folder = join(root, id);
		cpSync(join(SEED_ROOT, seedId!), folder, { recursive: true });
		if (i === 0) continue;
		const story = parse(readFileSync(join(folder, 'story.yaml'), 'utf8')) as Record<
			string,
			unknown
		>;
		story.title = `${seed.title} (copy ${i})`;
		story.date = date;
		writeFileSync(join(folder, 'story.yaml'), stringify(story));
	}
}

interface Figures {
	stories: number;
	seconds: number;
	entries: number;
	bytes: number;
	/** Bytes of the precache that belong to one precached story: its data files. */
	storyBytes: number;
	storiesPrecached: number;
	/** The library's index: a line per story, precached whatever the count. */
	index: number;
	/** Where the time went, as Vite's plugin timings tell it: prerendering, writing, the worker. */
	phases: string[];
}

/** Vite's "slowest callbacks" lines, e.g. `vite-plugin-sveltekit-compile writeBundle 44.0 s`. */
function phasesOf(log: string): string[] {
	// eslint-disable-next-line no-control-regex -- Vite colours its output
	const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
	return [...plain.matchAll(/^\s*- plugin (\S+) (\w+) \(\d+%, ([\d.]+)s/gm)].map(
		(m) => `${m[1]} ${m[2]} ${m[3]} s`
	);
}

function measure(count: number): Figures {
	const work = mkdtempSync(join(tmpdir(), 'factdeck-scale-'));
	try {
		const content = join(work, 'questions');
		const out = join(work, 'build');
		mkdirSync(content);
		writeLibrary(content, count);
		const started = performance.now();
		const build = spawnSync('npm', ['run', 'build'], {
			env: { ...shellEnv, FACTDECK_CONTENT: content, FACTDECK_OUT: out },
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024
		});
		const seconds = (performance.now() - started) / 1000;
		if (build.status !== 0) {
			console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
			throw new Error(`the build of ${count} stories failed (exit ${build.status})`);
		}
		const entries = precacheEntries(out);
		const ids = new Set(
			(JSON.parse(readFileSync(join(out, 'data/sets/index.json'), 'utf8')) as { id: string }[]).map(
				(set) => set.id
			)
		);
		const storyEntries = entries.filter((e) => ids.has(storyOfUrl(e.url)?.id ?? ''));
		const precachedIds = new Set(storyEntries.map((e) => storyOfUrl(e.url)!.id));
		const index = entries.find((e) => e.url === 'data/sets/index.json')?.bytes ?? 0;
		return {
			stories: count,
			seconds,
			entries: entries.length,
			bytes: sum(entries.map((e) => e.bytes)),
			storyBytes: precachedIds.size ? sum(storyEntries.map((e) => e.bytes)) / precachedIds.size : 0,
			storiesPrecached: precachedIds.size,
			index,
			phases: phasesOf(build.stdout + build.stderr)
		};
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

console.log(`Seed story: ${seedId}; the newest ${PRECACHED_STORIES} stories are precached.`);
const rows: Figures[] = [];
for (const count of SIZES) {
	const figures = measure(count);
	rows.push(figures);
	console.log(
		`${count} ${count === 1 ? 'story' : 'stories'}: built in ${figures.seconds.toFixed(1)} s; precache ${figures.entries} files, ${kb(figures.bytes)} (${figures.storiesPrecached} stories, ${kb(figures.storyBytes)} each; the index ${kb(figures.index)})`
	);
	for (const phase of figures.phases) console.log(`  ${phase}`);
}

console.log(
	'\n| stories | build time | precache | stories precached | per precached story | library index |'
);
console.log(
	'| ------- | ---------- | -------- | ----------------- | ------------------- | ------------- |'
);
for (const r of rows)
	console.log(
		`| ${r.stories.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${kb(r.bytes)} | ${r.storiesPrecached} | ${kb(r.storyBytes)} | ${kb(r.index)} |`
	);
