/**
 * The quiz session as each page drives it, against Chromium's real IndexedDB: what a learner
 * sees after answering, skipping, reloading and ending early.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { answersFor, findResumableAttempt, getAttempt, startAttempt, type Attempt } from '$lib/db';
import { useFreshDb } from '$lib/db/testing';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';
import { QuizSession } from './session.svelte';
import type { Question } from './types';

const set = sampleSet;
const questions: Question[] = set.items.map((item) => ({ key: item.id, setId: set.id, item }));
const byId = (id: string) => set.items.find((item) => item.id === id)!;
/** Four choice questions, asked in this order. */
const ORDER = ['who-said-1', 'true-false-1', 'which-outlet-1', 'who-said-2'];

beforeEach(() => {
	useFreshDb();
});

/** A session as the set's quiz page opens it: picks up the unfinished attempt, else starts one. */
function sessionFor(options: { reveal?: boolean; timeLimitSec?: number; startedAt?: number } = {}) {
	return new QuizSession({
		questions,
		reveal: options.reveal ?? true,
		find: () => findResumableAttempt(set.id, 'practice'),
		start: () =>
			startAttempt({
				setId: set.id,
				mode: 'practice',
				itemIds: ORDER,
				timeLimitSec: options.timeLimitSec,
				now: options.startedAt
			})
	});
}

async function opened(options?: Parameters<typeof sessionFor>[0]) {
	const session = sessionFor(options);
	await session.load();
	await session.begin();
	return session;
}

const right = (id: string) => ({ format: 'choice' as const, choice: byId(id).answer });
const wrong = (id: string) => ({
	format: 'choice' as const,
	choice: byId(id).options!.find((o) => o !== byId(id).answer)!
});

describe('a quiz session', () => {
	it('starts at the first question when there is nothing to pick up', async () => {
		const session = await opened();
		expect(session.phase).toBe('playing');
		expect(session.current?.key).toBe('who-said-1');
		expect([session.number, session.total]).toEqual([1, 4]);
	});

	it('says right or wrong after each answer, then moves on when asked', async () => {
		const session = await opened();
		await session.answer(right('who-said-1'));
		expect(session.shown?.correct).toBe(true);
		expect(session.announcement).toBe('Correct.');
		expect(session.current?.key).toBe('who-said-1');

		await session.next();
		await session.answer(wrong('true-false-1'));
		expect(session.announcement).toBe('Not quite. The answer is True.');
		expect([session.score, session.streak]).toEqual([1, 0]);

		// A second tap while the feedback shows stores nothing more.
		await session.answer(right('true-false-1'));
		await session.next();
		expect(session.current?.key).toBe('which-outlet-1');
		expect(await answersFor(session.attempt!.id)).toHaveLength(2);
	});

	it('in a test, stores each answer and goes straight on without saying right or wrong', async () => {
		const session = await opened({ reveal: false });
		await session.answer(wrong('who-said-1'));
		expect(session.shown).toBeNull();
		expect(session.announcement).toBe('Answer saved.');
		expect(session.current?.key).toBe('true-false-1');
	});

	it('skips a question: it is not answered, counts as not reached, and a reload goes on after it', async () => {
		const session = await opened();
		await session.skip();
		expect(session.current?.key).toBe('true-false-1');
		expect(session.announcement).toBe('Skipped.');

		const reopened = sessionFor();
		await reopened.load();
		// Nothing answered yet, but the learner got into it: worth asking before picking it up.
		expect(reopened.resumable).toMatchObject({ answered: 0 });
		await reopened.begin();
		expect(reopened.current?.key).toBe('true-false-1');

		await reopened.answer(right('true-false-1'));
		await reopened.finish();
		expect(reopened.summary).toMatchObject({ answered: 1, right: 1, unreached: 3 });
	});

	it('resumes after a reload at the first question not answered, with the score so far', async () => {
		const first = await opened();
		await first.answer(right('who-said-1'));
		await first.next();
		await first.answer(wrong('true-false-1'));
		first.close();

		const session = sessionFor();
		await session.load();
		expect(session.phase).toBe('waiting');
		expect(session.resumable).toMatchObject({ answered: 2, attempt: { position: 2 } });
		await session.begin();
		expect(session.current?.key).toBe('which-outlet-1');
		expect([session.number, session.score]).toEqual([3, 1]);
	});

	it('starts over: the unfinished attempt is ended and a new one begins at question 1', async () => {
		const first = await opened();
		await first.answer(right('who-said-1'));
		const old = first.attempt!;

		const session = sessionFor();
		await session.load();
		await session.startOver();
		expect((await getAttempt(old.id))?.status).toBe('finished');
		expect(session.attempt?.id).not.toBe(old.id);
		expect([session.number, session.answers.length]).toEqual([1, 0]);
	});

	it('ending early scores only the questions answered; the rest are not reached, not wrong', async () => {
		const session = await opened();
		await session.answer(right('who-said-1'));
		await session.next();
		await session.answer(wrong('true-false-1'));
		await session.finish();

		expect(session.phase).toBe('finished');
		expect(session.announcement).toBe('Quiz finished.');
		expect(session.summary).toMatchObject({
			answered: 2,
			right: 1,
			wrong: 1,
			unreached: 2,
			percent: 50
		});
		expect(await findResumableAttempt(set.id, 'practice')).toBeUndefined();
	});

	it('finishes by itself after the last question', async () => {
		const session = await opened({ reveal: false });
		for (const id of ORDER) await session.answer(right(id));
		expect(session.phase).toBe('finished');
		expect(session.summary).toMatchObject({ answered: 4, right: 4, unreached: 0, bestStreak: 4 });
	});

	it('counts down a time limit, and an attempt whose time ran out while away opens finished', async () => {
		const timed = await opened({ timeLimitSec: 120 });
		expect(timed.remaining).toBeGreaterThan(115_000);
		expect(timed.remaining).toBeLessThanOrEqual(120_000);
		timed.close();
		useFreshDb();

		const late = await opened({ timeLimitSec: 60, startedAt: Date.now() - 61_000 });
		expect(late.phase).toBe('finished');
		expect(late.summary).toMatchObject({ answered: 0, unreached: 4 });
	});

	it('skips questions a new release removed, and says nothing is left to ask when none is', async () => {
		const session = new QuizSession({
			questions,
			reveal: true,
			find: async () => undefined,
			start: async (): Promise<Attempt> =>
				startAttempt({ setId: set.id, mode: 'practice', itemIds: ['gone', 'who-said-1'] })
		});
		await session.load();
		await session.begin();
		expect(session.current?.key).toBe('who-said-1');
		expect(session.left.removed).toBe(1);

		const empty = new QuizSession({
			questions,
			reveal: true,
			find: async () => undefined,
			start: async () => null
		});
		await empty.load();
		await empty.begin();
		expect(empty.phase).toBe('empty');
	});
});
