/**
 * What a teacher learns from a class's results: how the class did overall, and for each
 * question how many got it right and which wrong answer was given most, the most-missed first.
 * Pure: works on the class view's roster rows, so the page, the print view and tests agree.
 */
import type { Item } from '$lib/pipeline/schema';
import type { RosterRow } from './roster';

export type QuestionInsight = {
	/** Position in the quiz, from 0 (shown as Q1, Q2…). */
	index: number;
	prompt: string;
	right: number;
	/** Students who sent a result, answered or not: a skipped question counts as missed. */
	students: number;
	/** Whole percent right, or null with no students yet. */
	percentRight: number | null;
	/** The wrong answer given most (ties: the one given first), with how many gave it. */
	commonWrong: { text: string; count: number } | null;
	skipped: number;
};

export type ClassSummary = {
	students: number;
	/** Questions in the quiz. */
	total: number;
	/** Mean score as a whole percent of the questions. */
	averagePercent: number;
	median: number;
	lowest: number;
	highest: number;
};

export function summariseClass(rows: RosterRow[], total: number): ClassSummary | null {
	if (!rows.length) return null;
	const scores = rows.map((row) => row.score).sort((a, b) => a - b);
	const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
	const middle = scores.length >> 1;
	const median = scores.length % 2 ? scores[middle]! : (scores[middle - 1]! + scores[middle]!) / 2;
	return {
		students: rows.length,
		total,
		averagePercent: total ? Math.round((mean / total) * 100) : 0,
		median,
		lowest: scores[0]!,
		highest: scores.at(-1)!
	};
}

/** One insight per question, the most missed first (quiz order among equals). */
export function questionInsights(rows: RosterRow[], items: Item[]): QuestionInsight[] {
	const insights = items.map((item, index): QuestionInsight => {
		let right = 0;
		let skipped = 0;
		// Answers that differ only in case or spacing are the same mistake.
		const wrong = new Map<string, { text: string; count: number }>();
		for (const row of rows) {
			const answer = row.answers[index];
			if (answer?.correct) {
				right++;
				continue;
			}
			const text = answer?.text.trim() ?? '';
			if (!text) {
				skipped++;
				continue;
			}
			const key = text.replace(/\s+/g, ' ').toLowerCase();
			const seen = wrong.get(key);
			if (seen) seen.count++;
			else wrong.set(key, { text, count: 1 });
		}
		let commonWrong: QuestionInsight['commonWrong'] = null;
		for (const candidate of wrong.values()) {
			if (!commonWrong || candidate.count > commonWrong.count) commonWrong = candidate;
		}
		return {
			index,
			prompt: item.prompt,
			right,
			students: rows.length,
			percentRight: rows.length ? Math.round((right / rows.length) * 100) : null,
			commonWrong,
			skipped
		};
	});
	return insights.sort((a, b) => a.right - b.right || a.index - b.index);
}
