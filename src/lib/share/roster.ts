/**
 * The class view's data: each student's score recomputed from the quiz (never read from a code),
 * their answer per question, and a CSV export safe to open in a spreadsheet.
 */
import type { Item } from '$lib/pipeline/schema';
import { gradeAnswer } from '$lib/quiz/grade';
import { responseText } from '$lib/quiz/response';
import type { QuizResult } from './result';

export { responseText };

export type RosterRow = {
	student: string;
	startedAt: number;
	durationMs: number;
	score: number;
	total: number;
	/** One entry per quiz item, in quiz order; null when the student gave no answer. */
	answers: ({ text: string; correct: boolean; ms: number } | null)[];
};

/** Score one result against the quiz items with the player's own grading (gradeAnswer). */
export function rosterRow(result: QuizResult, items: Item[]): RosterRow {
	const byId = new Map(result.answers.map((answer) => [answer.itemId, answer]));
	const answers = items.map((item) => {
		const answer = byId.get(item.id);
		if (!answer) return null;
		return {
			text: responseText(answer.response),
			correct: gradeAnswer(item, answer.response).correct,
			ms: answer.ms
		};
	});
	return {
		student: result.student,
		startedAt: result.startedAt,
		durationMs: result.durationMs,
		score: answers.filter((answer) => answer?.correct).length,
		total: items.length,
		answers
	};
}

/**
 * One CSV field (RFC 4180). A cell starting with = + - @ (or tab/CR) is prefixed with ' so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rosterCsv(rows: RosterRow[], items: Item[]): string {
	const header = ['Student', 'Started', 'Duration (s)', 'Score', 'Out of'];
	items.forEach((_, i) => header.push(`Q${i + 1} answer`, `Q${i + 1} correct`));
	const lines = rows.map((row) => {
		const cells: (string | number)[] = [
			row.student,
			new Date(row.startedAt).toISOString(),
			Math.round(row.durationMs / 1000),
			row.score,
			row.total
		];
		for (const answer of row.answers) {
			cells.push(answer?.text ?? '', answer ? (answer.correct ? 'yes' : 'no') : '');
		}
		return cells;
	});
	return [header, ...lines].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
