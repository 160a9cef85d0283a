import type { Answer, Attempt } from '$lib/db';
import type { Question } from './types';

export interface ResultSummary {
	rows: { key: string; question: Question; answer: Answer | undefined }[];
	answered: number;
	right: number;
	wrong: number;
	/** Questions the learner never got to (ended early, or time ran out): not counted as wrong. */
	unreached: number;
	percent: number;
	bestStreak: number;
}

/**
 * The score of an attempt counts only the questions answered, so ending early is not punished:
 * "7 of 10 answered right; 30 not reached". Questions that no longer exist are left out.
 */
export function summarise(
	attempt: Attempt,
	questions: Question[],
	answers: Answer[]
): ResultSummary {
	const byKey = new Map(questions.map((q) => [q.key, q]));
	const answerOf = new Map(answers.map((a) => [`${a.setId}\u0000${a.itemId}`, a]));
	const rows = attempt.itemIds.flatMap((key) => {
		const question = byKey.get(key);
		if (!question) return [];
		return [{ key, question, answer: answerOf.get(`${question.setId}\u0000${question.item.id}`) }];
	});
	const answered = rows.filter((r) => r.answer).length;
	const right = rows.filter((r) => r.answer?.correct).length;
	let bestStreak = 0;
	let run = 0;
	for (const answer of answers) {
		run = answer.correct ? run + 1 : 0;
		bestStreak = Math.max(bestStreak, run);
	}
	return {
		rows,
		answered,
		right,
		wrong: answered - right,
		unreached: rows.length - answered,
		percent: answered ? Math.round((right / answered) * 100) : 0,
		bestStreak
	};
}
