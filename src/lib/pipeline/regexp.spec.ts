import { describe, it, expect } from 'vitest';
import { escapeRegExp, wordsAt } from './regexp';

/** What wordsAt stands in for: a RegExp compiled around the word. */
const byRegExp = (text: string, word: string, before: RegExp, after: RegExp): number[] =>
	[
		...text.matchAll(
			new RegExp(before.source + escapeRegExp(word) + after.source, before.flags.replace('y', 'g'))
		)
	].map((m) => m.index);

const NOT_JOINED_BEFORE = /(?<![\p{L}’'-])/uy;
const NOT_JOINED_AFTER = /(?![\p{L}’'-])/uy;
const AFTER_OF = /(?<=(?:^|[^\p{L}])(?:of|for|on)\s+)/uy;
const NO_ALNUM_BEFORE = /(?<![a-z0-9])/y;
const NO_ALNUM_AFTER = /(?![a-z0-9])/y;

describe('wordsAt', () => {
	const texts = [
		'Zorb said. Zorbs, Zorb-Silva and O’Zorb; Zorb',
		'the head of Ana Zorb, then Ana Zorb alone, for  Ana Zorb',
		'aaa aa a',
		'𝒜Zorb Zorb𝒜 (Zorb) Zorb’s',
		''
	];
	const words = ['Zorb', 'Ana Zorb', 'a', 'aa', 'Zorb.', '(Zorb)', ''];
	it('finds what the RegExp with the word spliced in finds', () => {
		for (const text of texts)
			for (const word of words)
				for (const [before, after] of [
					[NOT_JOINED_BEFORE, NOT_JOINED_AFTER],
					[AFTER_OF, NOT_JOINED_AFTER],
					[NO_ALNUM_BEFORE, NO_ALNUM_AFTER]
				] as const)
					expect(wordsAt(text, word, before, after)).toEqual(byRegExp(text, word, before, after));
	});

	it('does not overlap matches', () => {
		expect(wordsAt('aaaa', 'aa', /(?:)/y, /(?:)/y)).toEqual([0, 2]);
	});

	it('finds overlapping places when asked', () => {
		expect(wordsAt('aaaa', 'aa', /(?:)/y, /(?:)/y, true)).toEqual([0, 1, 2]);
		expect(wordsAt('a-a-a b', 'a-a', /(?<!\p{L})/uy, /(?!\p{L})/uy, true)).toEqual([0, 2]);
		expect(wordsAt('a-a-a b', 'a-a', /(?<!\p{L})/uy, /(?!\p{L})/uy)).toEqual([0]);
	});
});
