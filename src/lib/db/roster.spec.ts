import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { addRosterEntry, removeRosterEntry, rosterFor } from './roster';
import { useFreshDb } from './testing';

const entry = (id: string, student: string, receivedAt: number, quizId = 'quiz-1') => ({
	id,
	quizId,
	quizTitle: 'Quiz',
	student,
	score: 1,
	total: 2,
	answers: [
		{ itemId: 'q1', correct: true },
		{ itemId: 'q2', correct: false }
	],
	durationMs: 30_000,
	receivedAt
});

beforeEach(() => {
	useFreshDb();
});

describe('roster', () => {
	it('lists one quiz’s results in arrival order, each result once', async () => {
		await addRosterEntry(entry('r2', 'Ben', 200));
		await addRosterEntry(entry('r1', 'Ana', 100));
		await addRosterEntry(entry('r1', 'Ana', 100));
		await addRosterEntry(entry('r3', 'Cy', 300, 'quiz-2'));
		expect((await rosterFor('quiz-1')).map((r) => r.student)).toEqual(['Ana', 'Ben']);
		await removeRosterEntry('r1');
		expect((await rosterFor('quiz-1')).map((r) => r.student)).toEqual(['Ben']);
	});

	it('refuses a malformed result, saying which field is wrong', async () => {
		const bad = { ...entry('r1', 'Ana', 1), answers: [{ itemId: 'q1', correct: 'yes' }] };
		await expect(addRosterEntry(bad)).rejects.toThrow(
			'Result not saved: answers[0].correct: expected boolean, found "yes"'
		);
		expect(await rosterFor('quiz-1')).toEqual([]);
	});
});
