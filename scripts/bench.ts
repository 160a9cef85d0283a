/**
 * `npm run bench`: extraction time for a ~700-word article and texts 4x, 16x and 64x as long,
 * then article -> question set (extraction included) for the same texts, then the same on every
 * real report in tests/fixtures/real, each run once: the time a teacher's new article takes,
 * which repeated runs of one text hide (tags of a text already seen are remembered).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from '../src/lib/pipeline/extract/index';
import { questionsFromArticle } from '../src/lib/pipeline/questions/index';

const seeds = ['000_da94ea73763b4ec9', '001_290263c9e3302642'].map((f) =>
	readFileSync(`tests/fixtures/seed-articles/${f}.txt`, 'utf8').replace(/^\s*date[^\n]*\n/, '')
);
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
let base = seeds.join('\n\n');
while (words(base) < 700) base += '\n\n' + seeds[0];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(label: string, sizes: number[], work: (text: string) => unknown): number[] {
	console.log(label);
	const medians: number[] = [];
	for (const n of sizes) {
		const text = Array.from({ length: n }, () => base).join('\n\n');
		const runs = n >= 64 ? 5 : n >= 16 ? 11 : 31;
		work(text); // warm-up: JIT and regular expressions
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			work(text);
			times.push(performance.now() - t0);
		}
		const ms = median(times);
		medians.push(ms);
		console.log(
			`${String(n).padStart(2)}x  ${String(words(text)).padStart(6)} words  ${ms.toFixed(2).padStart(8)} ms  (${((ms / words(text)) * 1000).toFixed(1)} µs/word, median of ${runs})`
		);
	}
	return medians;
}

const opts = { published: '2025-01-09', source: 'Bench' };
measure('extraction', [1, 4, 16, 64], (text) => extractFacts(text, opts));
const repeated = measure('article -> questions (extraction included)', [1, 4, 16, 64], (text) =>
	questionsFromArticle(text, opts)
);
/** Issue #13: 64 times the text in at most 70 times the time. */
const growth = (label: string, one: number, many: number) =>
	console.log(
		`${label}: 64x the text took ${(many / one).toFixed(0)}x the time of 1x (at most 70x)`
	);
growth('repeated text', repeated[0] ?? 0, repeated[3] ?? 0);

const real = 'tests/fixtures/real';
const reports = existsSync(real)
	? readdirSync(real).flatMap((dir) =>
			readdirSync(`${real}/${dir}`)
				.filter((f) => f.endsWith('.md'))
				.map((f) => readFileSync(`${real}/${dir}/${f}`, 'utf8'))
		)
	: [];
if (reports.length) {
	// Distinct text, each run new to the tag cache: one report's length of reports, against 64.
	const bodies = reports.map((r) => r.replace(/^---[\s\S]*?\n---\n/, ''));
	let next = 0;
	const fresh = (n: number) => {
		let text = '';
		while (words(text) < 700 * n) text += `\n\n${bodies[next++ % bodies.length]}`;
		return text;
	};
	questionsFromArticle(fresh(2), opts);
	const timed = (text: string) => {
		const t0 = performance.now();
		questionsFromArticle(text, opts);
		return ((performance.now() - t0) / words(text)) * 700;
	};
	const one = median(Array.from({ length: 9 }, () => timed(fresh(1))));
	growth('distinct text', one, timed(fresh(64)) * 64);
	const per700 = reports.map((text) => {
		const t0 = performance.now();
		questionsFromArticle(text);
		return ((performance.now() - t0) / words(text)) * 700;
	});
	const sorted = per700.sort((a, b) => a - b);
	const at = (q: number) => (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(1);
	console.log(
		`article -> questions, first run on each of ${reports.length} distinct real reports, per 700 words: median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms`
	);
}
