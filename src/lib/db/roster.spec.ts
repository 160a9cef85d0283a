import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { addRosterEntries, addRosterEntry, removeRosterEntry, rosterFor } from './roster';
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

	it('never overwrites a different attempt with the same student and start time', async () => {
		const first = entry('quiz-1/Ana/5', 'Ana', 100);
		const forged = {
			...first,
			score: 0,
			answers: [{ itemId: 'q1', correct: false }],
			receivedAt: 200
		};
		expect(await addRosterEntry(first)).toBe('added');
		expect(await addRosterEntry(forged)).toBe('kept-both');
		expect(await addRosterEntry({ ...first, receivedAt: 300 })).toBe('already-added');
		expect(await addRosterEntry({ ...forged, receivedAt: 400 })).toBe('already-added');
		const stored = await rosterFor('quiz-1');
		expect(stored.map((r) => [r.id, r.score])).toEqual([
			['quiz-1/Ana/5', 1],
			['quiz-1/Ana/5/2', 0]
		]);
	});

	it('stores a whole class in one go, and nothing when one result is malformed', async () => {
		const many = Array.from({ length: 200 }, (_, i) => entry(`r${i}`, `S${i}`, i));
		const outcomes = await addRosterEntries([...many, many[0], many[1]]);
		expect(outcomes.filter((o) => o === 'added')).toHaveLength(200);
		expect(outcomes.slice(200)).toEqual(['already-added', 'already-added']);
		expect(await rosterFor('quiz-1')).toHaveLength(200);
		await expect(
			addRosterEntries([entry('x1', 'X', 1, 'quiz-2'), { ...entry('x2', 'Y', 2), total: -1 }])
		).rejects.toThrow(/^Result not saved \(result 2\): total/);
		expect(await rosterFor('quiz-2')).toEqual([]);
	});
});
