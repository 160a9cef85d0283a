/** Quizzes a student received from a teacher, kept on this device with their result. */
import * as v from 'valibot';
import { withDb } from './db';
import { ReceivedQuizSchema, type ReceivedQuiz, type ReceivedResult } from './records';
import { RECEIVED_PREFIX } from './shelf';

const keyOf = (quizId: string) => RECEIVED_PREFIX + quizId;

/**
 * Keeps a quiz the student opened (or notes that they opened it again), leaving any result
 * they already have in place.
 */
export function keepReceivedQuiz(
	quiz: Pick<ReceivedQuiz, 'quizId' | 'title' | 'payload'>,
	now = Date.now()
): Promise<ReceivedQuiz> {
	return withDb((db) =>
		db.transaction('rw', db.settings, async () => {
			const earlier = parse((await db.settings.get(keyOf(quiz.quizId)))?.value);
			const value = v.parse(ReceivedQuizSchema, { ...earlier, ...quiz, openedAt: now });
			await db.settings.put({ key: keyOf(quiz.quizId), value, updatedAt: now });
			return value;
		})
	);
}

export async function receivedQuiz(quizId: string): Promise<ReceivedQuiz | undefined> {
	return parse((await withDb((db) => db.settings.get(keyOf(quizId))))?.value);
}

/** Stores the student's latest result for a kept quiz (a second attempt replaces the first). */
export function keepReceivedResult(
	quizId: string,
	result: ReceivedResult,
	now = Date.now()
): Promise<ReceivedQuiz | undefined> {
	return withDb((db) =>
		db.transaction('rw', db.settings, async () => {
			const earlier = parse((await db.settings.get(keyOf(quizId)))?.value);
			if (!earlier) return undefined;
			const value = v.parse(ReceivedQuizSchema, { ...earlier, result });
			await db.settings.put({ key: keyOf(quizId), value, updatedAt: now });
			return value;
		})
	);
}

function parse(value: unknown): ReceivedQuiz | undefined {
	const parsed = v.safeParse(ReceivedQuizSchema, value);
	return parsed.success ? parsed.output : undefined;
}
