import { describe, it, expect } from 'vitest';
import { articlesIn, folderScores } from './floors.testkit';

// Articles in the styles of other outlets, with gold facts written before the extractor ever ran
// on them. The floors sit a little below what the rules reach, so a change that loses ground on
// unseen copy fails here even when the seed scores hold.
const dir = new URL('../../../../tests/fixtures/articles-blind/', import.meta.url).pathname;
const articles = articlesIn(dir);

describe('blind articles', () => {
	it('has articles from several outlets to measure', () => {
		expect(articles.length).toBeGreaterThanOrEqual(6);
	});

	it('keeps recall and precision on the blind articles above their floors', () => {
		const t = folderScores(dir, articles);
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
