/** Quizzes a student received from a teacher, kept on this device with their result. */
import * as v from 'valibot';
import { withDb } from './db';
import { ReceivedQuizSchema, type ReceivedQuiz, type ReceivedResult } from './records';

/**
 * Keeps a quiz the student opened (or notes that they opened it again), leaving any result
 * they already have in place.
 */
export function keepReceivedQuiz(
	quiz: Pick<ReceivedQuiz, 'quizId' | 'title' | 'payload'>,
	now = Date.now()
): Promise<ReceivedQuiz> {
	return withDb((db) =>
		db.transaction('rw', db.received, async () => {
			const earlier = parse(await db.received.get(quiz.quizId));
			const value = v.parse(ReceivedQuizSchema, { ...earlier, ...quiz, openedAt: now });
			await db.received.put(value);
			return value;
		})
	);
}

export async function receivedQuiz(quizId: string): Promise<ReceivedQuiz | undefined> {
	return parse(await withDb((db) => db.received.get(quizId)));
}

/** Stores the student's latest result for a kept quiz (a second attempt replaces the first). */
export function keepReceivedResult(
	quizId: string,
	result: ReceivedResult
): Promise<ReceivedQuiz | undefined> {
	return withDb((db) =>
		db.transaction('rw', db.received, async () => {
			const earlier = parse(await db.received.get(quizId));
			if (!earlier) return undefined;
			const value = v.parse(ReceivedQuizSchema, { ...earlier, result });
			await db.received.put(value);
			return value;
		})
	);
}

/** Every stored row is read through the schema: a row that does not fit is not shown. */
function parse(value: unknown): ReceivedQuiz | undefined {
	const parsed = v.safeParse(ReceivedQuizSchema, value);
	return parsed.success ? parsed.output : undefined;
}
