/** `npm run bench`: extraction time for a ~700-word article and texts 4x, 16x and 64x as long. */
import { readFileSync } from 'node:fs';
import { extractFacts } from '../src/lib/pipeline/extract/index';

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

for (const n of [1, 4, 16, 64]) {
	const text = Array.from({ length: n }, () => base).join('\n\n');
	const runs = n >= 64 ? 5 : n >= 16 ? 11 : 31;
	extractFacts(text, { published: '2025-01-09' }); // warm-up: JIT and regular expressions
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		extractFacts(text, { published: '2025-01-09' });
		times.push(performance.now() - t0);
	}
	const ms = median(times);
	console.log(
		`${String(n).padStart(2)}x  ${String(words(text)).padStart(6)} words  ${ms.toFixed(2).padStart(8)} ms  (${((ms / words(text)) * 1000).toFixed(1)} µs/word, median of ${runs})`
	);
}
