/** Attempts at a question set and the answers given in them. */
import type { Response } from '$lib/quiz/response';
import { withDb } from './db';
import type { Answer, Attempt, Mode } from './records';
import { cardKey, nextCard, ratingFor } from './schedule';

export interface StartAttemptInput {
	setId: string;
	mode: Mode;
	itemIds: string[];
	timeLimitSec?: number;
	shareId?: string;
	title?: string;
	now?: number;
}

/**
 * A random v4 UUID. crypto.randomUUID exists only in secure contexts, and a class may open the
 * app over plain http on a school network, so fall back to getRandomValues.
 */
function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
	bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function startAttempt(input: StartAttemptInput): Promise<Attempt> {
	const { now = Date.now(), ...fields } = input;
	const attempt: Attempt = {
		...fields,
		itemIds: [...fields.itemIds],
		id: newId(),
		position: 0,
		status: 'active',
		startedAt: now,
		updatedAt: now
	};
	await withDb((db) => db.attempts.add(attempt));
	return attempt;
}

/** The most recently used unfinished attempt at a set (of one mode, if given), if any. */
export async function findResumableAttempt(
	setId: string,
	mode?: Mode
): Promise<Attempt | undefined> {
	const active = await withDb((db) =>
		db.attempts.where('[setId+status]').equals([setId, 'active']).toArray()
	);
	return active
		.filter((a) => mode === undefined || a.mode === mode)
		.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function getAttempt(id: string): Promise<Attempt | undefined> {
	return withDb((db) => db.attempts.get(id));
}

/** An attempt's answers in the order they were given. */
export async function answersFor(attemptId: string): Promise<Answer[]> {
	const answers = await withDb((db) => db.answers.where('attemptId').equals(attemptId).toArray());
	return answers.sort((a, b) => a.answeredAt - b.answeredAt || (a.id ?? 0) - (b.id ?? 0));
}

/** Ids of a set's questions whose latest answer was wrong: what "only what I got wrong" asks again. */
export async function missedItems(setId: string): Promise<string[]> {
	const answers = await withDb((db) =>
		db.answers.where('[setId+itemId]').between([setId, ''], [setId, '\uffff']).toArray()
	);
	const latest = new Map<string, Answer>();
	for (const answer of answers) {
		const seen = latest.get(answer.itemId);
		if (!seen || answer.answeredAt >= seen.answeredAt) latest.set(answer.itemId, answer);
	}
	return [...latest.values()].filter((a) => !a.correct).map((a) => a.itemId);
}

/** Every attempt at a set, newest first (history, results). */
export async function attemptsFor(setId: string): Promise<Attempt[]> {
	const attempts = await withDb((db) =>
		db.attempts.where('[setId+status]').between([setId, ''], [setId, '\uffff']).toArray()
	);
	return attempts.sort((a, b) => b.startedAt - a.startedAt);
}

export interface RecordAnswerInput {
	attemptId: string;
	setId: string;
	itemId: string;
	response: Response;
	correct: boolean;
	durationMs: number;
	now?: number;
}

/**
 * Stores an answer the moment it is given, in one transaction with the attempt's move to the
 * next question and the item's card rescheduling: after a crash or reload either all three
 * happened or none did. Answering the same question of an attempt twice (a double tap, a retry)
 * returns the first answer and changes nothing.
 *
 * A review attempt mixes sets: its itemIds are card keys (`setId/itemId`, as in dueCards), and
 * each answer names its own set.
 */
export async function recordAnswer(input: RecordAnswerInput): Promise<Answer> {
	const { attemptId, setId, itemId, response, correct, durationMs, now = Date.now() } = input;
	return withDb((db) =>
		db.transaction('rw', db.attempts, db.answers, db.cards, async () => {
			const attempt = await db.attempts.get(attemptId);
			if (!attempt) throw new Error(`recordAnswer: no attempt with id ${attemptId}`);
			if (attempt.status !== 'active') {
				throw new Error(`recordAnswer: attempt ${attemptId} is already finished`);
			}
			const earlier = await db.answers
				.where('[attemptId+itemId]')
				.equals([attemptId, itemId])
				.and((a) => a.setId === setId)
				.first();
			if (earlier) return earlier;

			const answer: Answer = {
				attemptId,
				setId,
				itemId,
				response,
				correct,
				durationMs,
				answeredAt: now
			};
			answer.id = await db.answers.add(answer);

			const key = cardKey(setId, itemId);
			const index = Math.max(attempt.itemIds.indexOf(itemId), attempt.itemIds.indexOf(key));
			const position = index >= 0 ? Math.max(attempt.position, index + 1) : attempt.position + 1;
			await db.attempts.update(attemptId, { position, updatedAt: now });

			const rating = ratingFor(correct, durationMs, response);
			await db.cards.put(nextCard(await db.cards.get(key), { setId, itemId }, rating, now));
			return answer;
		})
	);
}

/**
 * Moves an attempt past one of its questions without an answer: the question counts as not
 * reached, so the results offer it again with the others never got to. `key` is as in itemIds.
 */
export async function skipQuestion(
	attemptId: string,
	key: string,
	now = Date.now()
): Promise<Attempt> {
	return withDb((db) =>
		db.transaction('rw', db.attempts, async () => {
			const attempt = await db.attempts.get(attemptId);
			if (!attempt) throw new Error(`skipQuestion: no attempt with id ${attemptId}`);
			if (attempt.status !== 'active') return attempt;
			const index = attempt.itemIds.indexOf(key);
			if (index < attempt.position) return attempt;
			const moved: Attempt = { ...attempt, position: index + 1, updatedAt: now };
			await db.attempts.put(moved);
			return moved;
		})
	);
}

/**
 * Brings an unfinished review up to date: the questions it already asked stay, the rest become
 * `due` (the keys due now, in order) less those. A review left open since yesterday then asks
 * what is due today, so its "Question 1 of N" agrees with every page's "N due now". An attempt
 * with nothing asked and nothing due is finished, and undefined returned.
 */
export async function refreshReview(
	attemptId: string,
	due: string[],
	now = Date.now()
): Promise<Attempt | undefined> {
	return withDb((db) =>
		db.transaction('rw', db.attempts, async () => {
			const attempt = await db.attempts.get(attemptId);
			if (!attempt || attempt.status !== 'active') return undefined;
			const asked = attempt.itemIds.slice(0, attempt.position);
			const rest = due.filter((key) => !asked.includes(key));
			if (!asked.length && !rest.length) {
				await db.attempts.put({ ...attempt, status: 'finished', finishedAt: now, updatedAt: now });
				return undefined;
			}
			const itemIds = [...asked, ...rest];
			if (itemIds.join('\n') === attempt.itemIds.join('\n')) return attempt;
			const refreshed: Attempt = { ...attempt, itemIds, updatedAt: now };
			await db.attempts.put(refreshed);
			return refreshed;
		})
	);
}

export async function finishAttempt(id: string, now = Date.now()): Promise<Attempt> {
	return withDb((db) =>
		db.transaction('rw', db.attempts, async () => {
			const attempt = await db.attempts.get(id);
			if (!attempt) throw new Error(`finishAttempt: no attempt with id ${id}`);
			if (attempt.status === 'finished') return attempt;
			const finished: Attempt = { ...attempt, status: 'finished', finishedAt: now, updatedAt: now };
			await db.attempts.put(finished);
			return finished;
		})
	);
}
