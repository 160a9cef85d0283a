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
 * One CSV field (RFC 4180). A cell that a spreadsheet could read as a formula gets a leading ' so
 * it shows as text. Spreadsheets trim spaces and fold full-width forms ("＝" to "="), so the
 * test runs on the text after trimming and NFKC normalisation; tab and CR count at the very start.
 */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && startsLikeFormula(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function startsLikeFormula(text: string): boolean {
	return /^[\t\r\n]/.test(text) || /^[=+\-@]/.test(text.normalize('NFKC').trim());
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

/** What became of one code in a paste, with the line it was on. */
export type PasteOutcome = { line: number } & (
	| { kind: 'added' | 'already-added' | 'kept-both'; student: string; score: number; total: number }
	| { kind: 'refused'; message: string }
);

const lineList = (lines: number[]) =>
	`${lines.length === 1 ? 'line' : 'lines'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`;

/**
 * The message after a paste: one summary line ("200 added, 3 already added, 1 not a result
 * code: line 7"), then one line per code that needs the teacher's attention.
 */
export function summarisePaste(outcomes: PasteOutcome[], unreadLines: number[]): string[] {
	if (outcomes.length === 0) {
		return [
			unreadLines.length
				? `No whole result code found: ${lineList(unreadLines)} ${unreadLines.length === 1 ? 'looks' : 'look'} like part of a code. Ask the student to send it again.`
				: 'No result code found in the pasted text. A result code starts with “FD1.”: paste the text the student sent.'
		];
	}
	const only = outcomes.length === 1 && !unreadLines.length ? outcomes[0] : undefined;
	if (only?.kind === 'added') return [`added ${only.student}: ${only.score} of ${only.total}.`];
	const count = (kind: PasteOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
	const parts = [`${count('added') + count('kept-both')} added`];
	if (count('already-added')) parts.push(`${count('already-added')} already added`);
	if (count('refused')) parts.push(`${count('refused')} refused`);
	if (unreadLines.length) {
		parts.push(
			`${unreadLines.length} not a result code: ${lineList(unreadLines)} (cut or mistyped)`
		);
	}
	const details = outcomes.flatMap((o) => {
		if (o.kind === 'refused') return [`Line ${o.line}: ${o.message}`];
		if (o.kind === 'kept-both') {
			return [
				`Line ${o.line}: ${o.student} already has a different result with the same start time; both are kept.`
			];
		}
		if (o.kind === 'already-added' && only) {
			return [`Line ${o.line}: ${o.student}'s result was already added.`];
		}
		return [];
	});
	return [`${parts.join(', ')}.`, ...details];
}
