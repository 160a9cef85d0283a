import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { SET, TRICKY } from './fixture.testkit';
import { escapeGift, toGift } from './gift';

// gift-pegjs is an independent GIFT parser (the one behind the Google Forms GIFT add-on): what
// it reads back is what Moodle would import.
/** gift-pegjs leaves escaped characters in matching answers as its own "&&123;" placeholders. */
function unplaceholder(value: unknown): unknown {
	return JSON.parse(
		JSON.stringify(value).replace(/&&(\d+);/g, (_, code: string) =>
			String.fromCharCode(Number(code))
		)
	);
}

describe('GIFT export', () => {
	const { text, notes } = toGift(SET);
	const questions = parse(text);

	it('parses back to one question per item with the right types', () => {
		expect(questions.map((q) => q.type)).toEqual([
			'MC',
			'TF',
			'Numerical',
			'Short',
			'Matching',
			'Matching'
		]);
	});

	it('keeps every special character of prompts and answers', () => {
		const mc = questions[0] as Extract<(typeof questions)[number], { type: 'MC' }>;
		expect(mc.stem.text).toBe(`Who said ${TRICKY}?`);
		expect(mc.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
			'Mayor Elena = Vasquez'
		]);
		expect(mc.choices.filter((c) => !c.isCorrect).map((c) => c.text.text)).toEqual([
			'Tom {Briggs}',
			'Ann #Lee',
			'Raj: Patel',
			'Five ~Options'
		]);
		expect(mc.globalFeedback?.text).toBe(SET.items[0]!.explanation);
		expect(mc.title).toBe('1. choice-1');
	});

	it('carries true/false, the number with its tolerance, accepted answers and pairs', () => {
		const [, tf, num, short, match, order] = questions as never as Record<string, never>[];
		expect(tf).toMatchObject({ isTrue: true });
		expect(num).toMatchObject({ choices: { type: 'range', number: 14, range: 0.5 } });
		expect(
			(short as unknown as { choices: { text: { text: string } }[] }).choices.map(
				(c) => c.text.text
			)
		).toEqual(['reader', 'readers']);
		expect(unplaceholder(match)).toMatchObject({
			matchPairs: [
				{ subquestion: { text: 'Elena Vasquez' }, subanswer: 'Mayor' },
				{ subquestion: { text: 'Tom Briggs' }, subanswer: 'Councillor {x}' },
				{ subquestion: { text: 'Ann Lee' }, subanswer: 'Librarian & author' }
			]
		});
		expect(order).toMatchObject({
			matchPairs: [
				{ subquestion: { text: 'The depot closed' }, subanswer: '1st' },
				{ subquestion: { text: 'The council voted' }, subanswer: '2nd' },
				{ subquestion: { text: 'The library opens' }, subanswer: '3rd' }
			]
		});
	});

	it('tells the teacher the order question became a matching', () => {
		expect(notes).toEqual([
			expect.objectContaining({ number: 6, reason: expect.stringMatching(/order/) })
		]);
	});

	it('escapes each control character and keeps a question on one line', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('two\n\nparagraphs')).toBe('two paragraphs');
	});
});
