import { describe, it, expect } from 'vitest';
import { composeQuiz, type ShareChoice } from './compose';
import { resolveQuizItems } from './draw';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';

const options = { title: 'Quiz', message: '', mode: 'practice', reveal: true } as const;
const ids = sampleSet.items.map((item) => item.id);
const choice = (over: Partial<ShareChoice>): ShareChoice => ({
	which: 'all',
	count: 10,
	seed: 42,
	picked: [],
	edits: {},
	...over
});

/** The prompts a student would see for this choice. */
function asked(builtIn: boolean, c: ShareChoice) {
	const resolved = resolveQuizItems(composeQuiz(sampleSet, builtIn, c, options), sampleSet);
	if (!resolved.ok) throw new Error(resolved.message);
	return resolved.items.map((item) => [item.id, item.prompt]);
}

describe('composeQuiz', () => {
	const choices: [string, ShareChoice][] = [
		['all', choice({})],
		['a draw', choice({ which: 'draw', count: 3, seed: 9 })],
		[
			'a reworded pick',
			choice({
				which: 'pick',
				picked: [ids[3]!, ids[1]!],
				edits: { [ids[3]!]: '  New wording?  ', [ids[0]!]: 'not picked' }
			})
		]
	];
	for (const [name, c] of choices) {
		it(`asks the same questions whether the set travels by reference or whole (${name})`, () => {
			expect(asked(false, c)).toEqual(asked(true, c));
		});
	}

	it('carries the questions of a set made on the device inside the quiz, reworded in place', () => {
		const quiz = composeQuiz(
			sampleSet,
			false,
			choice({ which: 'pick', picked: [ids[1]!, ids[3]!], edits: { [ids[3]!]: 'New wording?' } }),
			options
		);
		expect(quiz.source.kind).toBe('inline');
		const items = quiz.source.kind === 'inline' ? quiz.source.set.items : [];
		expect(items.map((item) => item.prompt)).toEqual([sampleSet.items[1]!.prompt, 'New wording?']);
		expect(items[1]!.answer).toBe(sampleSet.items[3]!.answer);
	});

	it('sends a built-in set as a reference: no question travels whole', () => {
		const quiz = composeQuiz(
			sampleSet,
			true,
			choice({ which: 'draw', count: 99, seed: 1 }),
			options
		);
		expect(quiz.source).toEqual({
			kind: 'set',
			setId: sampleSet.id,
			draw: { n: ids.length, seed: 1 }
		});
	});
});
