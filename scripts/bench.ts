/**
 * `npm run bench`: extraction time for a ~700-word article and texts 4x, 16x and 64x as long,
 * then article -> question set (extraction included) for the same texts.
 */
import { readFileSync } from 'node:fs';
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

function measure(label: string, sizes: number[], work: (text: string) => unknown): void {
	console.log(label);
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
		console.log(
			`${String(n).padStart(2)}x  ${String(words(text)).padStart(6)} words  ${ms.toFixed(2).padStart(8)} ms  (${((ms / words(text)) * 1000).toFixed(1)} µs/word, median of ${runs})`
		);
	}
}

const opts = { published: '2025-01-09', source: 'Bench' };
measure('extraction', [1, 4, 16, 64], (text) => extractFacts(text, opts));
measure('article -> questions (extraction included)', [1, 4], (text) =>
	questionsFromArticle(text, opts)
);
