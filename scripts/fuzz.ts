/**
 * `npm run fuzz`: the property chains over random, odd and hostile input, with figures.
 *   links     share links: pack → decode → validate → grade → result code (src/lib/share/chain.ts)
 *   backups   backup files: parse → import into a device holding progress → read (src/lib/db/backupChain.ts)
 *   codes     class pastes of result codes: find → decode → score → store → CSV (src/lib/share/classChain.ts)
 *   articles  pasted articles: facts → questions → schema → grade (src/lib/pipeline/paste/pasteChain.ts)
 * Every chain prints its seed; on a failure it prints the case and the command that replays it:
 * `npm run fuzz -- --chain <name> --seed <n> --path <p>`.
 * Options: --chain <name> (default: all), --runs <n> (per chain; defaults below).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { linkChain, newStats } from '../src/lib/share/chain';
import { backupChain, newBackupStats } from '../src/lib/db/backupChain';
import { classChain, newClassStats } from '../src/lib/share/classChain';
import { pasteChain, newPasteStats } from '../src/lib/pipeline/paste/pasteChain';
import { setDbName } from '../src/lib/db/db';
import { decodeShareLink } from '../src/lib/share/link';
import { deflate, shortHash, toBase64Url } from '../src/lib/share/codec';

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

const DEFAULT_RUNS = { links: 100_000, backups: 40_000, codes: 30_000, articles: 30_000 };
type Chain = keyof typeof DEFAULT_RUNS;

const only = option('chain') as Chain | undefined;
if (only && !(only in DEFAULT_RUNS)) {
	console.error(`--chain must be one of ${Object.keys(DEFAULT_RUNS).join(', ')}`);
	process.exit(2);
}
const seed = option('seed');
const path = option('path');
if (seed && !only) {
	console.error('--seed replays one chain: give --chain too');
	process.exit(2);
}
const runsOf = (chain: Chain) => Number(option('runs') ?? DEFAULT_RUNS[chain]);
const count = (n: number) => n.toLocaleString('en');

async function timed(label: string, work: () => Promise<unknown>) {
	const start = performance.now();
	const answer = await work();
	const ms = performance.now() - start;
	const error = (answer as { error?: string }).error ?? 'opened';
	console.log(`${label}: ${error} in ${ms.toFixed(1)} ms`);
}

function printRefusals(refused: Map<string, number>, title = 'refusals') {
	console.log(`${title}, most common first:`);
	for (const [kind, n] of [...refused].sort((a, b) => b[1] - a[1]).slice(0, 12))
		console.log(`  ${String(n).padStart(7)}  ${kind}`);
}

/** Runs one chain; prints its figures, and the failing case and its replay command if any. */
async function run<Ts>(
	chain: Chain,
	property: fc.IRawProperty<Ts, boolean>,
	report: (seconds: number) => void
): Promise<boolean> {
	console.log(`\n== ${chain}: ${count(runsOf(chain))} cases`);
	const start = performance.now();
	const details = await fc.check(property, {
		numRuns: runsOf(chain),
		...(seed ? { seed: Number(seed), path } : {})
	});
	report((performance.now() - start) / 1000);
	console.log(`seed: ${details.seed}`);
	if (!details.failed) {
		console.log('uncaught errors: 0; failed properties: 0');
		return true;
	}
	console.log(`\nFAILED after ${details.numRuns} cases: ${String(details.errorInstance)}`);
	console.log(`counterexample: ${JSON.stringify(details.counterexample).slice(0, 4000)}`);
	console.log(
		`replay: npm run fuzz -- --chain ${chain} --seed ${details.seed} --path "${details.counterexamplePath}"`
	);
	return false;
}

const rate = (cases: number, seconds: number) =>
	`${count(cases)} in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)}/s)`;

let ok = true;

if (!only || only === 'links') {
	await timed('1 MB link', () => decodeShareLink(`#q=1${'A'.repeat(1_000_000)}`));
	await timed('zip bomb (5 MB of JSON in a short link)', async () => {
		const body = '1' + toBase64Url(await deflate(JSON.stringify({ t: 'x'.repeat(5_000_000) })));
		const link = body + (await shortHash(body, 6));
		const start = performance.now();
		const decoded = await decodeShareLink(link);
		console.log(
			`  (link of ${link.length} characters, decoded in ${(performance.now() - start).toFixed(1)} ms)`
		);
		return decoded;
	});
	const stats = newStats();
	const passed = await run('links', linkChain(stats), (seconds) => {
		console.log(`cases: ${rate(stats.cases, seconds)}`);
		console.log(
			`opened: ${count(stats.opened)}; refused: ${count(stats.cases - stats.opened)}; answers graded: ${count(stats.answersGraded)}; result codes round-tripped: ${count(stats.resultCodes)}`
		);
		printRefusals(stats.refused);
	});
	ok = passed && ok;
}

if (!only || only === 'backups') {
	setDbName('factdeck-fuzz-backups');
	const stats = newBackupStats();
	const passed = await run('backups', backupChain(stats), (seconds) => {
		console.log(`cases: ${rate(stats.cases, seconds)}`);
		console.log(
			`imported: ${count(stats.imported)}; refused: ${count(stats.cases - stats.imported)}`
		);
		printRefusals(stats.refused);
	});
	ok = passed && ok;
}

if (!only || only === 'codes') {
	setDbName('factdeck-fuzz-codes');
	const stats = newClassStats();
	const passed = await run('codes', classChain(stats), (seconds) => {
		console.log(`pastes: ${rate(stats.cases, seconds)}`);
		console.log(`codes: ${count(stats.codes)}; stored: ${count(stats.stored)}`);
		printRefusals(stats.notes, 'report lines');
	});
	ok = passed && ok;
}

if (!only || only === 'articles') {
	const stats = newPasteStats();
	const passed = await run('articles', pasteChain(stats), (seconds) => {
		console.log(`pastes: ${rate(stats.cases, seconds)}; slowest ${Math.round(stats.slowestMs)} ms`);
		console.log(
			`quizzes made: ${count(stats.made)} with ${count(stats.items)} questions; refused: ${count(stats.cases - stats.made)}`
		);
		printRefusals(stats.refused);
	});
	ok = passed && ok;
}

process.exitCode = ok ? 0 : 1;
