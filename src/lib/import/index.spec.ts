import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSetSchema } from '$lib/pipeline/schema';
import { guessFormat, importQuiz } from './index';

describe('importing a quiz file', () => {
	it('makes a valid quiz named after the file, each answer citing its line', () => {
		const outcome = importQuiz(
			'week_3-rivers.gift',
			'Longest river? {=Nile ~Thames}\n\nDeep? {T}',
			{
				today: '2026-01-05'
			}
		);
		if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
		expect(v.is(QuestionSetSchema, outcome.set)).toBe(true);
		expect(outcome.set.title).toBe('week 3 rivers');
		expect(outcome.set.items.map((i) => [i.type, i.format, i.answer])).toEqual([
			['written', 'choice', 'Nile'],
			['true-false', 'choice', 'True']
		]);
		expect(outcome.set.items[1]!.citations[0]!.sentence).toBe(
			'Imported from week_3-rivers.gift, line 3.'
		);
	});

	it('gives every problem with its line and makes nothing', () => {
		const outcome = importQuiz('quiz.gift', 'Fine {=a ~b}\n\nBroken {~a ~b}');
		expect(outcome).toEqual({
			ok: false,
			problems: ['line 3: a question needs a right answer (=)']
		});
		expect(importQuiz('empty.csv', '\n\n')).toEqual({
			ok: false,
			problems: ['no questions found: is this a CSV (question, answer, wrong answers) file?']
		});
	});

	it('tells the format from the name or the text', () => {
		expect(guessFormat('a.txt', 'Q?\nA. x\nB. y\nANSWER: A')).toBe('aiken');
		expect(guessFormat('a.txt', 'Q? {=x ~y}')).toBe('gift');
		expect(guessFormat('a.csv', 'q,a')).toBe('csv');
	});
});
