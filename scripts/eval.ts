/**
 * `npm run eval [-- --verbose]`: recall and precision per fact kind over the seed articles
 * (tests/fixtures/seed-articles + gold), the hand-written articles (tests/fixtures/articles) and the
 * blind articles (tests/fixtures/articles-blind: gold written before the extractor ever saw them),
 * and, when present, the real reports in tests/fixtures/real/ (dev, blind, unseen, fresh, fresh2 … fresh19) as
 * separate blocks, then the coverage of their gold teacher questions.
 * `npm run eval -- --dir <folder>` scores only that folder (pairs of x.md and x.json), e.g. a set
 * of articles kept outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from '../src/lib/pipeline/extract/index';
import {
	scoreFacts,
	totalScores,
	type Gold,
	type KindScore
} from '../src/lib/pipeline/extract/score';
import { printCoverage } from './coverage';

const verbose = process.argv.includes('--verbose');
const pct = (x: number): string => `${(x * 100).toFixed(0).padStart(3)} %`;

function print(title: string, scores: Record<string, KindScore>): void {
	console.log(title);
	for (const [kind, s] of Object.entries(scores))
		console.log(
			`  ${kind.padEnd(8)} recall ${pct(s.recall)} (${s.matched}/${s.gold})  precision ${pct(s.precision)} (${s.matched}/${s.found})`
		);
}

function run(pairs: { name: string; text: string; gold: Gold }[], title: string): void {
	const all = pairs.map(({ name, text, gold }) => {
		const facts = extractFacts(text, { published: gold.meta.published });
		const scores = scoreFacts(gold, facts);
		print(name, scores);
		if (verbose)
			for (const q of facts.quotes) console.log(`    quote  ${q.speaker}: ${q.text.slice(0, 70)}`);
		return scores;
	});
	print(title, totalScores(all));
}

const dirAt = process.argv.indexOf('--dir');
const onlyDir = dirAt >= 0 ? process.argv[dirAt + 1] : undefined;

const readJson = (path: string): Gold => JSON.parse(readFileSync(path, 'utf8')) as Gold;
const seeds = readdirSync('tests/fixtures/gold')
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		name: f,
		gold: readJson(`tests/fixtures/gold/${f}`),
		text: readFileSync(`tests/fixtures/seed-articles/${f.replace(/\.json$/, '.txt')}`, 'utf8')
	}));
const folder = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((f) => ({
			name: f,
			gold: readJson(`${dir}/${f.replace(/\.md$/, '.json')}`),
			text: readFileSync(`${dir}/${f}`, 'utf8')
		}));
// Real published reports: dev is what rules may be tuned on; the others were each kept unseen
// until a blind measure.
const REAL = [
	['tests/fixtures/real/dev', 'ALL REAL DEV REPORTS'],
	['tests/fixtures/real/blind', 'ALL REAL BLIND REPORTS (blind)'],
	['tests/fixtures/real/unseen', 'ALL REAL UNSEEN REPORTS (unseen: never read by a rule writer)'],
	['tests/fixtures/real/fresh', 'ALL REAL FRESH REPORTS (fresh: reviewed blind once, then seen)'],
	['tests/fixtures/real/fresh2', 'ALL REAL FRESH2 REPORTS (fresh2: reviewed blind once)'],
	[
		'tests/fixtures/real/fresh3',
		'ALL REAL FRESH3 REPORTS (fresh3: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh4',
		'ALL REAL FRESH4 REPORTS (fresh4: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh5',
		'ALL REAL FRESH5 REPORTS (fresh5: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh6',
		'ALL REAL FRESH6 REPORTS (fresh6: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh7',
		'ALL REAL FRESH7 REPORTS (fresh7: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh8',
		'ALL REAL FRESH8 REPORTS (fresh8: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh9',
		'ALL REAL FRESH9 REPORTS (fresh9: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh10',
		'ALL REAL FRESH10 REPORTS (fresh10: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh11',
		'ALL REAL FRESH11 REPORTS (fresh11: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh12',
		'ALL REAL FRESH12 REPORTS (fresh12: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh13',
		'ALL REAL FRESH13 REPORTS (fresh13: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh14',
		'ALL REAL FRESH14 REPORTS (fresh14: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh15',
		'ALL REAL FRESH15 REPORTS (fresh15: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh16',
		'ALL REAL FRESH16 REPORTS (fresh16: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh17',
		'ALL REAL FRESH17 REPORTS (fresh17: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh18',
		'ALL REAL FRESH18 REPORTS (fresh18: reviewed blind once, then seen)'
	],
	[
		'tests/fixtures/real/fresh19',
		'ALL REAL FRESH19 REPORTS (fresh19: read blind once by the extractor and a reviewer)'
	]
] as const;

if (onlyDir) run(folder(onlyDir), `ALL ARTICLES IN ${onlyDir}`);
else {
	run(seeds, 'ALL SEEDS');
	run(folder('tests/fixtures/articles'), 'ALL HAND-WRITTEN ARTICLES (generalisation check)');
	run(folder('tests/fixtures/articles-blind'), 'ALL BLIND ARTICLES (blind)');
	for (const [dir, title] of REAL) if (existsSync(dir)) run(folder(dir), title);
}
if (onlyDir) printCoverage([onlyDir], verbose);
else for (const [dir] of REAL) if (existsSync(dir)) printCoverage([dir], verbose);
