import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from './index';
import { scoreFacts, totalScores, type Gold } from './score';

// Articles in the styles of other outlets, with gold facts written before the extractor ever ran
// on them. The floors sit a little below what the rules reach, so a change that loses ground on
// unseen copy fails here even when the seed scores hold.
const dir = new URL('../../../../tests/fixtures/articles-blind/', import.meta.url).pathname;
const articles = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('blind articles', () => {
	it('has articles from several outlets to measure', () => {
		expect(articles.length).toBeGreaterThanOrEqual(6);
	});

	it('keeps recall and precision on the blind articles above their floors', () => {
		const t = totalScores(
			articles.map((f) => {
				const gold = JSON.parse(readFileSync(dir + f.replace(/\.md$/, '.json'), 'utf8')) as Gold;
				const facts = extractFacts(readFileSync(dir + f, 'utf8'), {
					published: gold.meta.published
				});
				return scoreFacts(gold, facts);
			})
		);
		for (const [kind, recall, precision] of [
			['quotes', 0.92, 0.9],
			['numbers', 0.92, 0.92],
			['dates', 0.95, 0.88],
			['people', 0.95, 0.95]
		] as const) {
			expect(t[kind]?.recall, `${kind} recall`).toBeGreaterThanOrEqual(recall);
			expect(t[kind]?.precision, `${kind} precision`).toBeGreaterThanOrEqual(precision);
		}
	});
});
