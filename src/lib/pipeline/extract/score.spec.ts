import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from './index';
import { scoreFacts, textsMatch, totalScores, type Gold } from './score';

const root = new URL('../../../../tests/fixtures/', import.meta.url).pathname;
const gold = (path: string): Gold => JSON.parse(readFileSync(root + path, 'utf8')) as Gold;

describe('textsMatch', () => {
	it('matches overlapping wordings and rejects different ones', () => {
		expect(textsMatch('wholly unsubstantiated.', 'wholly unsubstantiated')).toBe(true);
		expect(textsMatch('the plan failed', 'He said the plan failed badly')).toBe(true);
		expect(textsMatch('prices rose', 'the council voted')).toBe(false);
	});
});

describe('evaluation against gold', () => {
	it('meets the issue thresholds on the seed articles', () => {
		const all = readdirSync(root + 'gold').map((f) => {
			const g = gold(`gold/${f}`);
			const text = readFileSync(`${root}seed-articles/${f.replace(/\.json$/, '.txt')}`, 'utf8');
			return scoreFacts(g, extractFacts(text, { published: g.meta.published }));
		});
		const t = totalScores(all);
		for (const [kind, min] of [
			['quotes', 0.9],
			['numbers', 0.95],
			['people', 0.95],
			['dates', 0.85]
		] as const) {
			expect(t[kind]?.recall, `${kind} recall`).toBeGreaterThanOrEqual(min);
			expect(t[kind]?.precision, `${kind} precision`).toBeGreaterThanOrEqual(min);
		}
	});

	it('keeps the same thresholds on the hand-written science and economy articles', () => {
		const dir = root + 'articles/';
		const all = readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.map((f) =>
				scoreFacts(
					gold(`articles/${f.replace(/\.md$/, '.json')}`),
					extractFacts(readFileSync(dir + f, 'utf8'))
				)
			);
		const t = totalScores(all);
		for (const [kind, min] of [
			['quotes', 0.9],
			['numbers', 0.95],
			['people', 0.95],
			['dates', 0.85]
		] as const)
			expect(t[kind]?.recall, `${kind} recall`).toBeGreaterThanOrEqual(min);
	});
});
