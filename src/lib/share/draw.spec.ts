import { describe, it, expect } from 'vitest';
import { countQuizItems, drawItems, resolveQuizItems } from './draw';
import type { ShareQuizContent } from './quiz';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';

const ids = sampleSet.items.map((item) => item.id);
const base = { title: 'T', message: '', mode: 'test', reveal: false } as const;

describe('drawItems', () => {
	it('draws the same n items for the same seed, in set order, and others for another seed', () => {
		const a = drawItems(ids, 4, 7);
		expect(a).toEqual(drawItems(ids, 4, 7));
		expect(a).toHaveLength(4);
		expect(a).toEqual(ids.filter((id) => a.includes(id)));
		const seeds = [1, 2, 3, 4, 5].map((seed) => drawItems(ids, 4, seed).join());
		expect(new Set(seeds).size).toBeGreaterThan(1);
	});
});

describe('resolveQuizItems', () => {
	it('puts edited items in place of the built-in ones, in the picked order', () => {
		const edited = { ...sampleSet.items[2]!, prompt: 'Edited prompt' };
		const quiz: ShareQuizContent = {
			...base,
			source: { kind: 'set', setId: sampleSet.id, itemIds: [ids[2]!, ids[0]!], edited: [edited] }
		};
		const resolved = resolveQuizItems(quiz, sampleSet);
		expect(resolved.ok && resolved.items.map((item) => item.prompt)).toEqual([
			'Edited prompt',
			sampleSet.items[0]!.prompt
		]);
	});

	it('says which items the set no longer has, and when the set is missing', () => {
		const quiz: ShareQuizContent = {
			...base,
			source: { kind: 'set', setId: sampleSet.id, itemIds: ['gone-1'] }
		};
		expect(resolveQuizItems(quiz, sampleSet)).toMatchObject({
			ok: false,
			message: expect.stringContaining('gone-1')
		});
		expect(resolveQuizItems(quiz)).toMatchObject({ ok: false });
	});
});

describe('countQuizItems', () => {
	it('counts the questions a quiz asks without its set, where it can', () => {
		const quiz = (source: ShareQuizContent['source']) => ({ ...base, source });
		expect(countQuizItems(quiz({ kind: 'inline', set: sampleSet }))).toBe(sampleSet.items.length);
		expect(countQuizItems(quiz({ kind: 'set', setId: 's', itemIds: ['a', 'b'] }))).toBe(2);
		expect(countQuizItems(quiz({ kind: 'set', setId: 's' }), 33)).toBe(33);
		expect(countQuizItems(quiz({ kind: 'set', setId: 's', draw: { n: 10, seed: 1 } }), 33)).toBe(
			10
		);
		expect(countQuizItems(quiz({ kind: 'set', setId: 's', draw: { n: 50, seed: 1 } }), 33)).toBe(
			33
		);
		expect(countQuizItems(quiz({ kind: 'set', setId: 's' }))).toBeUndefined();
	});
});
