/**
 * `npm run fuzz`: the link chain of src/lib/share/chain.ts (pack → decode → validate → grade →
 * result code) over 100,000 random and hostile quizzes, with figures. On a failure it prints the
 * seed and path; `npm run fuzz -- --seed <n> --path <p>` replays exactly that case.
 * Options: --runs <n> (default 100000).
 */
import fc from 'fast-check';
import { linkChain, newStats } from '../src/lib/share/chain';
import { decodeShareLink } from '../src/lib/share/link';
import { deflate, shortHash, toBase64Url } from '../src/lib/share/codec';

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

const runs = Number(option('runs') ?? 100_000);
const seed = option('seed');
const path = option('path');

async function timed(label: string, work: () => Promise<unknown>) {
	const start = performance.now();
	const answer = await work();
	const ms = performance.now() - start;
	const error = (answer as { error?: string }).error ?? 'opened';
	console.log(`${label}: ${error} in ${ms.toFixed(1)} ms`);
}

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
const start = performance.now();
const details = await fc.check(linkChain(stats), {
	numRuns: runs,
	...(seed ? { seed: Number(seed), path } : {})
});
const seconds = (performance.now() - start) / 1000;

console.log(
	`\ncases: ${stats.cases.toLocaleString('en')} in ${seconds.toFixed(1)} s (${Math.round(stats.cases / seconds)}/s)`
);
console.log(
	`opened: ${stats.opened.toLocaleString('en')}; refused: ${(stats.cases - stats.opened).toLocaleString('en')}`
);
console.log(
	`answers graded: ${stats.answersGraded.toLocaleString('en')}; result codes round-tripped: ${stats.resultCodes.toLocaleString('en')}`
);
console.log('refusals, most common first:');
for (const [kind, count] of [...stats.refused].sort((a, b) => b[1] - a[1]).slice(0, 12))
	console.log(`  ${String(count).padStart(7)}  ${kind}`);
console.log(`seed: ${details.seed}`);
if (details.failed) {
	console.log(`\nFAILED after ${details.numRuns} cases: ${String(details.errorInstance)}`);
	console.log(`counterexample: ${JSON.stringify(details.counterexample)}`);
	console.log(
		`replay: npm run fuzz -- --seed ${details.seed} --path "${details.counterexamplePath}"`
	);
	process.exitCode = 1;
} else console.log('uncaught errors: 0');
