import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { getDb, setDbName } from './db';
import {
	answersFor,
	attemptsFor,
	findResumableAttempt,
	finishAttempt,
	getAttempt,
	missedItems,
	recordAnswer,
	skipQuestion,
	startAttempt
} from './attempts';
import { cardFor, dueCards } from './cards';
import { useFreshDb } from './testing';

const now = Date.UTC(2026, 0, 10, 12);
const choice = (c: string) => ({ format: 'choice' as const, choice: c });

let dbName = '';
beforeEach(() => {
	dbName = useFreshDb();
});

async function start(setId = 'set-a', mode: 'practice' | 'test' = 'practice', at = now) {
	return startAttempt({ setId, mode, itemIds: ['q1', 'q2', 'q3'], now: at });
}

describe('attempts', () => {
	it('stores an answer, advances the attempt and schedules the card together', async () => {
		const attempt = await start();
		const answer = await recordAnswer({
			attemptId: attempt.id,
			setId: 'set-a',
			itemId: 'q1',
			response: choice('Paris'),
			correct: true,
			durationMs: 5000,
			now: now + 5000
		});
		expect(answer.id).toBeGreaterThan(0);
		expect((await getAttempt(attempt.id))?.position).toBe(1);
		expect(await answersFor(attempt.id)).toEqual([answer]);
		const card = await cardFor('set-a', 'q1');
		expect(card?.reps).toBe(1);
		expect(card?.due).toBeGreaterThan(now);
	});

	it('stores nothing when any part of the answer cannot be saved', async () => {
		const attempt = await start();
		getDb().cards.hook('creating', () => {
			throw new Error('disk trouble');
		});
		await expect(
			recordAnswer({
				attemptId: attempt.id,
				setId: 'set-a',
				itemId: 'q1',
				response: choice('x'),
				correct: true,
				durationMs: 5000
			})
		).rejects.toThrow('disk trouble');
		expect(await answersFor(attempt.id)).toEqual([]);
		expect((await getAttempt(attempt.id))?.position).toBe(0);
	});

	it('keeps the first answer when the same question is submitted twice', async () => {
		const attempt = await start();
		const input = { attemptId: attempt.id, setId: 'set-a', itemId: 'q1', durationMs: 5000 };
		const first = await recordAnswer({ ...input, response: choice('a'), correct: true, now });
		const second = await recordAnswer({
			...input,
			response: choice('b'),
			correct: false,
			now: now + 1
		});
		expect(second).toEqual(first);
		expect(await answersFor(attempt.id)).toHaveLength(1);
		expect((await cardFor('set-a', 'q1'))?.reps).toBe(1);
	});

	it('refuses answers to a missing or finished attempt', async () => {
		const attempt = await start();
		await finishAttempt(attempt.id, now + 10);
		const input = {
			setId: 'set-a',
			itemId: 'q1',
			response: choice('a'),
			correct: true,
			durationMs: 1
		};
		await expect(recordAnswer({ ...input, attemptId: attempt.id })).rejects.toThrow(
			/already finished/
		);
		await expect(recordAnswer({ ...input, attemptId: 'nope' })).rejects.toThrow(
			/no attempt with id nope/
		);
	});

	it('resumes the latest unfinished attempt after a reload, per set and mode', async () => {
		const older = await start('set-a', 'practice', now);
		const test = await start('set-a', 'test', now + 1000);
		await start('set-b', 'practice', now + 2000);
		await recordAnswer({
			attemptId: older.id,
			setId: 'set-a',
			itemId: 'q1',
			response: choice('a'),
			correct: true,
			durationMs: 1,
			now: now + 3000
		});
		// A reload: the module reopens the same database from scratch.
		setDbName(dbName);
		const resumed = await findResumableAttempt('set-a');
		expect(resumed?.id).toBe(older.id);
		expect(resumed?.position).toBe(1);
		expect((await findResumableAttempt('set-a', 'test'))?.id).toBe(test.id);
		await finishAttempt(older.id);
		expect(await findResumableAttempt('set-a', 'practice')).toBeUndefined();
		expect((await attemptsFor('set-a')).map((a) => a.status).sort()).toEqual([
			'active',
			'finished'
		]);
	});

	it('skips a question without an answer, so a resume goes on after it', async () => {
		const attempt = await start();
		await skipQuestion(attempt.id, 'q1', now + 1000);
		expect(await getAttempt(attempt.id)).toMatchObject({ position: 1, updatedAt: now + 1000 });
		expect(await answersFor(attempt.id)).toEqual([]);
		expect(await cardFor('set-a', 'q1')).toBeUndefined();
		// A second tap on a question already passed changes nothing.
		await skipQuestion(attempt.id, 'q1', now + 2000);
		expect((await getAttempt(attempt.id))?.position).toBe(1);
	});

	it('finishes an attempt once, keeping the first finish time', async () => {
		const attempt = await start();
		const finished = await finishAttempt(attempt.id, now + 50);
		expect(finished).toMatchObject({ status: 'finished', finishedAt: now + 50 });
		expect((await finishAttempt(attempt.id, now + 99)).finishedAt).toBe(now + 50);
		await expect(finishAttempt('missing')).rejects.toThrow(/no attempt/);
	});

	it('puts wrongly answered questions up for review before rightly answered ones', async () => {
		const attempt = await start();
		const base = { attemptId: attempt.id, setId: 'set-a', durationMs: 8000, now };
		await recordAnswer({ ...base, itemId: 'q1', response: choice('x'), correct: false });
		await recordAnswer({ ...base, itemId: 'q2', response: choice('y'), correct: true });
		const wrong = await cardFor('set-a', 'q1');
		const right = await cardFor('set-a', 'q2');
		expect(wrong!.due).toBeLessThan(right!.due);
		expect((await dueCards(now)).length).toBe(0);
		expect((await dueCards(wrong!.due)).map((c) => c.itemId)).toEqual(['q1']);
		const later = Math.max(wrong!.due, right!.due);
		expect((await dueCards(later)).map((c) => c.itemId)).toEqual(['q1', 'q2']);
		expect(await dueCards(later, 1)).toHaveLength(1);
	});

	it('runs a review across sets from the due cards', async () => {
		const a = await startAttempt({ setId: 'set-a', mode: 'practice', itemIds: ['q1'], now });
		const b = await startAttempt({ setId: 'set-b', mode: 'practice', itemIds: ['q1'], now });
		for (const [attempt, setId] of [
			[a, 'set-a'],
			[b, 'set-b']
		] as const) {
			await recordAnswer({
				attemptId: attempt.id,
				setId,
				itemId: 'q1',
				response: choice('x'),
				correct: false,
				durationMs: 8000,
				now
			});
		}
		const due = await dueCards(now + 3_600_000);
		expect(due.map((c) => c.key).sort()).toEqual(['set-a/q1', 'set-b/q1']);
		const review = await startAttempt({
			setId: 'review',
			mode: 'review',
			itemIds: due.map((c) => c.key),
			now: now + 3_600_000
		});
		for (const [i, card] of due.entries()) {
			await recordAnswer({
				attemptId: review.id,
				setId: card.setId,
				itemId: card.itemId,
				response: choice('y'),
				correct: true,
				durationMs: 8000,
				now: now + 3_600_000 + i
			});
		}
		// Same item id in two sets: both answers stored, both cards moved on.
		expect(await answersFor(review.id)).toHaveLength(2);
		expect((await getAttempt(review.id))?.position).toBe(2);
		expect(await dueCards(now + 3_600_000 + 10)).toEqual([]);
		expect((await cardFor('set-b', 'q1'))?.reps).toBe(2);
	});
});

describe('storage failures', () => {
	it('reopens a database closed under it (as iOS does) and retries', async () => {
		const attempt = await start();
		getDb().close({ disableAutoOpen: true });
		expect((await getAttempt(attempt.id))?.id).toBe(attempt.id);
	});

	it('reports a full disk in plain words', async () => {
		const attempt = await start();
		getDb().answers.hook('creating', () => {
			throw new DOMException('quota reached', 'QuotaExceededError');
		});
		await expect(
			recordAnswer({
				attemptId: attempt.id,
				setId: 'set-a',
				itemId: 'q1',
				response: choice('a'),
				correct: true,
				durationMs: 1
			})
		).rejects.toThrow(/^Storage is full: /);
	});

	it('refuses to run where there is no IndexedDB (prerendering)', () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error simulating Node without fake-indexeddb
		delete globalThis.indexedDB;
		try {
			setDbName(dbName);
			expect(() => getDb()).toThrow(/no IndexedDB/);
		} finally {
			globalThis.indexedDB = saved;
		}
	});

	it('"only what I got wrong" asks the questions whose latest answer was wrong', async () => {
		const first = await start();
		const answer = (attemptId: string, itemId: string, correct: boolean, at: number) =>
			recordAnswer({
				attemptId,
				setId: 'set-a',
				itemId,
				response: choice('x'),
				correct,
				durationMs: 3000,
				now: at
			});
		await answer(first.id, 'q1', false, now + 1);
		await answer(first.id, 'q2', false, now + 2);
		await answer(first.id, 'q3', true, now + 3);
		const second = await start('set-a', 'practice', now + 10);
		await answer(second.id, 'q1', true, now + 11);
		await answer(second.id, 'q3', false, now + 12);
		expect((await missedItems('set-a')).sort()).toEqual(['q2', 'q3']);
		expect(await missedItems('set-b')).toEqual([]);
	});
});
