import { describe, expect, it } from 'vitest';
import type { Answer, Attempt } from '$lib/db';
import { sampleItems } from '../../../tests/fixtures/sample-quiz';
import { summarise } from './summary';
import { quizOptions } from './options';

const questions = sampleItems.map((item) => ({ key: item.id, setId: 'set', item }));
const attempt: Attempt = {
	id: 'a1',
	setId: 'set',
	mode: 'practice',
	itemIds: questions.map((q) => q.key),
	position: 3,
	status: 'finished',
	startedAt: 0,
	updatedAt: 10,
	finishedAt: 10
};
const answer = (i: number, correct: boolean): Answer => ({
	id: i + 1,
	attemptId: 'a1',
	setId: 'set',
	itemId: questions[i]!.item.id,
	response: { format: 'choice', choice: 'x' },
	correct,
	durationMs: 1000,
	answeredAt: i + 1
});

describe('the results of an attempt', () => {
	it('count only the questions answered when the learner ended early', () => {
		const s = summarise(attempt, questions, [answer(0, true), answer(1, false), answer(2, true)]);
		expect(s).toMatchObject({ answered: 3, right: 2, wrong: 1, percent: 67, bestStreak: 1 });
		expect(s.unreached).toBe(questions.length - 3);
	});

	it('report the best run of right answers', () => {
		const s = summarise(attempt, questions, [answer(0, true), answer(1, true), answer(2, true)]);
		expect(s.bestStreak).toBe(3);
	});

	it('leave out questions that no longer exist instead of failing', () => {
		const gone = { ...attempt, itemIds: ['removed-in-a-release', ...attempt.itemIds] };
		const s = summarise(gone, questions, [answer(0, true)]);
		expect(s.rows).toHaveLength(questions.length);
	});
});

describe('quiz options from the address', () => {
	it('read what to ask again, how many and the time limit', () => {
		expect(quizOptions(new URLSearchParams('wrong=a1&minutes=5'))).toEqual({
			from: { attempt: 'a1', which: 'wrong' },
			count: 0,
			onlyMissed: false,
			minutes: 5
		});
		expect(quizOptions(new URLSearchParams('unreached=a2&count=10&only=missed'))).toMatchObject({
			from: { attempt: 'a2', which: 'unreached' },
			count: 10,
			onlyMissed: true
		});
	});

	it('ignore nonsense counts and limits', () => {
		expect(quizOptions(new URLSearchParams('count=-4&minutes=abc'))).toMatchObject({
			count: 0,
			minutes: 0
		});
	});
});
