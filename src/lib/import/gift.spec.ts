import { describe, expect, it } from 'vitest';
import { toGift } from '$lib/export/gift';
import { SET } from '$lib/export/fixture.testkit';
import { parseGift } from './gift';

describe('GIFT import', () => {
	it('reads choice, true/false, numerical, short answer and matching, with feedback', () => {
		const text = [
			'// a comment',
			'$CATEGORY: $course$/top/Week 1',
			'',
			'::Q1::[html]Which river runs through Cairo? {',
			'  =Nile#Right!',
			'  ~Amazon#No.',
			'  ~Danube',
			'  ####The Nile runs through Cairo.',
			'}',
			'',
			'The sun rises in the east.{T}',
			'',
			'How many sides has a hexagon? {#6:0}',
			'',
			'Pi to two places? {#3.13..3.15}',
			'',
			'Two plus two is {=four =4} in words.',
			'',
			'Match. {',
			'  =cat -> meow',
			'  =dog -> woof',
			'}'
		].join('\n');
		const { questions, errors } = parseGift(text);
		expect(errors).toEqual([]);
		expect(questions).toEqual([
			{
				line: 4,
				format: 'choice',
				prompt: 'Which river runs through Cairo?',
				answer: 'Nile',
				options: ['Nile', 'Amazon', 'Danube'],
				explanation: 'The Nile runs through Cairo.'
			},
			expect.objectContaining({ line: 11, answer: 'True', options: ['True', 'False'] }),
			expect.objectContaining({ line: 13, format: 'number', answer: '6', tolerance: 0 }),
			expect.objectContaining({ line: 15, format: 'number', answer: '3.14', tolerance: 0.01 }),
			expect.objectContaining({
				line: 17,
				format: 'text',
				prompt: 'Two plus two is _____ in words.',
				answer: 'four',
				accept: ['4']
			}),
			expect.objectContaining({
				line: 19,
				format: 'match',
				pairs: [
					{ left: 'cat', right: 'meow' },
					{ left: 'dog', right: 'woof' }
				]
			})
		]);
	});

	it('reads back what the GIFT export writes, special characters and all', () => {
		const { questions, errors } = parseGift(toGift(SET).text);
		expect(errors).toEqual([]);
		expect(questions.slice(0, 5).map((q) => [q.prompt, q.answer])).toEqual(
			SET.items.slice(0, 5).map((i) => [i.prompt, i.format === 'number' ? '14' : i.answer])
		);
		expect(questions[0]!.options?.toSorted()).toEqual(SET.items[0]!.options?.toSorted());
		expect(questions[2]!.tolerance).toBe(0.5);
		// GIFT has no ordering question: the export made it a matching of events to places.
		expect(questions[5]!.pairs?.map((p) => p.right)).toEqual(['1st', '2nd', '3rd']);
	});

	it('says on which line a question lacks a right answer, has no answers or is not closed', () => {
		const text = [
			'Good one {=yes ~no}',
			'',
			'Which is right? {',
			'  ~this',
			'  ~that',
			'}',
			'',
			'Just a statement.',
			'',
			'Write an essay. {}',
			'',
			'Two rights {=a =b ~c}',
			'',
			'Number? {#lots}',
			'',
			'Never closed {=a ~b'
		].join('\n');
		const { questions, errors } = parseGift(text);
		expect(questions).toHaveLength(1);
		expect(errors).toEqual([
			{ line: 3, message: 'a question needs a right answer (=)' },
			{ line: 8, message: 'this question has no answers in { }' },
			{ line: 10, message: 'an essay question ({}) has no answer to check' },
			{ line: 12, message: 'a choice question here takes one right answer (=), not several' },
			{ line: 14, message: expect.stringContaining('numerical answer') },
			{ line: 16, message: 'the { opened here is never closed with }' }
		]);
	});
});
