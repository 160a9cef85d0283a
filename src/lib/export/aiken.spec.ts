import { describe, expect, it } from 'vitest';
import { parseAiken } from '$lib/import/aiken';
import { toAiken } from './aiken';
import { SET } from './fixture.testkit';

describe('Aiken export', () => {
	const { text, notes } = toAiken(SET);

	it('writes the choice questions with lettered options and the right letter', () => {
		expect(text.split('\n\n')[0]).toBe(
			[
				SET.items[0]!.prompt,
				'A. Tom {Briggs}',
				'B. Mayor Elena = Vasquez',
				'C. Ann #Lee',
				'D. Raj: Patel',
				'E. Five ~Options',
				'ANSWER: B'
			].join('\n')
		);
	});

	it('reads back as the same choice questions', () => {
		const back = parseAiken(text);
		expect(back.errors).toEqual([]);
		expect(back.questions.map((q) => [q.prompt, q.answer, q.options])).toEqual(
			SET.items.slice(0, 2).map((i) => [i.prompt, i.answer, i.options])
		);
	});

	it('leaves out the other formats and says which', () => {
		expect(notes.map((n) => n.number)).toEqual([3, 4, 5, 6]);
		expect(notes[0]!.reason).toMatch(/choice questions only/);
	});
});
