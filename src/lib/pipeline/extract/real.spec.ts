import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { articlesIn, folderScores } from './floors.testkit';

// Real published reports with open licences and gold written before the extractor ran on them.
// Rules may be tuned on this development set (never on real/blind); the floors sit a little
// below what the rules reach, so a change that loses ground on real copy fails here.
const dir = new URL('../../../../tests/fixtures/real/dev/', import.meta.url).pathname;
const articles = existsSync(dir) ? articlesIn(dir) : [];

describe.skipIf(!articles.length)('real development reports', () => {
	it('keeps recall and precision on real reports above their floors', () => {
		const t = folderScores(dir, articles);
		for (const [kind, recall, precision] of [
			['quotes', 0.8, 0.86],
			['numbers', 0.85, 0.62],
			['dates', 0.82, 0.8],
			['people', 0.8, 0.88]
		] as const) {
			expect(t[kind]?.recall, `${kind} recall`).toBeGreaterThanOrEqual(recall);
			expect(t[kind]?.precision, `${kind} precision`).toBeGreaterThanOrEqual(precision);
		}
	});
});
