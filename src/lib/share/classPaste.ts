/**
 * What "Add results" on the class page does with a paste: find every result code in the text,
 * check each against the quiz, score it again from the quiz, store them all in one transaction
 * and sum it up in one line. Outside the page so the fuzz suite can run it whole.
 */
import { addRosterEntries, type RosterEntry } from '$lib/db';
import type { Item } from '$lib/pipeline/schema';
import type { ShareQuiz } from './quiz';
import { decodeResultCode, findResultCodes } from './result';
import { rosterRow, summarisePaste, type PasteOutcome, type RosterRow } from './roster';

export interface PasteReport {
	/** The summary line, then one line per code that needs the teacher's attention. */
	lines: string[];
	/** Every code was stored (or already was) and nothing was left unread: the box can be emptied. */
	allTaken: boolean;
}

/** Codes decoded between two paints. */
const BATCH = 25;

/** Lets the page paint between batches, so a whole class pasted at once does not freeze it. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `otherQuiz` names the quiz a code belongs to when it is not this one (the class page knows
 * the teacher's other shared quizzes), so the teacher knows which to choose.
 */
export async function addPastedCodes(
	pasted: string,
	quiz: ShareQuiz,
	items: Item[],
	otherQuiz?: (code: string, message: string) => Promise<string>,
	now = Date.now()
): Promise<PasteReport> {
	const found = findResultCodes(pasted);
	const outcomes: PasteOutcome[] = [];
	const entries: RosterEntry[] = [];
	for (let start = 0; start < found.codes.length; start += BATCH) {
		if (start) await breathe();
		const batch = found.codes.slice(start, start + BATCH);
		// Decoding waits on the browser's inflate and hash: a batch waits for them side by side.
		const decoded = await Promise.all(batch.map(({ code }) => decodeResultCode(code, quiz)));
		for (const [i, { line, code }] of batch.entries()) {
			const result = decoded[i]!;
			if (!result.ok) {
				const message =
					result.error === 'wrong-quiz' && otherQuiz
						? await otherQuiz(code, result.message)
						: result.message;
				outcomes.push({ line, kind: 'refused', message });
				continue;
			}
			const row = rosterRow(result.result, items);
			// Arrival order follows paste order, so the table lists the class as pasted.
			entries.push(entryOf(quiz, items, row, now + entries.length));
			outcomes.push({ line, kind: 'added', ...row });
		}
	}
	const stored = await addRosterEntries(entries);
	let n = 0;
	for (const outcome of outcomes) if (outcome.kind === 'added') outcome.kind = stored[n++]!;
	return {
		lines: summarisePaste(outcomes, found.unreadLines),
		allTaken: outcomes.every((o) => o.kind !== 'refused') && !found.unreadLines.length
	};
}

function entryOf(quiz: ShareQuiz, items: Item[], row: RosterRow, receivedAt: number): RosterEntry {
	return {
		id: `${quiz.id}/${row.student}/${row.startedAt}`,
		quizId: quiz.id,
		quizTitle: quiz.title,
		student: row.student,
		score: row.score,
		total: row.total,
		durationMs: row.durationMs,
		startedAt: row.startedAt,
		receivedAt,
		answers: items.flatMap((item, i) => {
			const answer = row.answers[i];
			return answer
				? [{ itemId: item.id, correct: answer.correct, response: answer.text, ms: answer.ms }]
				: [];
		})
	};
}
