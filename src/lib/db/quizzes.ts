/**
 * Quizzes this device shared as a teacher, so the class view can check and score the result
 * codes that come back. Kept as settings rows ("quiz:<id>"), which backups already carry.
 */
import { withDb } from './db';

const PREFIX = 'quiz:';

export interface SharedQuizRecord<Quiz> {
	quiz: Quiz;
	url: string;
	createdAt: number;
}

export async function saveSharedQuiz<Quiz extends { id: string }>(
	quiz: Quiz,
	url: string,
	now = Date.now()
): Promise<void> {
	const value: SharedQuizRecord<Quiz> = { quiz, url, createdAt: now };
	await withDb((db) => db.settings.put({ key: PREFIX + quiz.id, value, updatedAt: now }));
}

/** Shared quizzes, newest first. The caller validates `quiz` (settings hold unknown values). */
export async function sharedQuizzes(): Promise<SharedQuizRecord<unknown>[]> {
	const rows = await withDb((db) => db.settings.where('key').startsWith(PREFIX).toArray());
	return rows
		.map((row) => row.value as SharedQuizRecord<unknown>)
		.sort((a, b) => b.createdAt - a.createdAt);
}
