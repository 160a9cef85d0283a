/**
 * "Mastery by set" for a library of a thousand: the sets the learner has started, and the
 * quizzes they made, most useful first; the sets never started are only counted, since a
 * thousand rows of "0 answered" say nothing the library does not. Pure, so the page stays
 * markup over it.
 */
import type { SetProgress } from '$lib/db/progress';

export interface MasterySet {
	id: string;
	title: string;
	/** Questions in the set. */
	count: number;
	href: string;
}

export interface MasteryRow extends MasterySet {
	progress: SetProgress;
}

const NOTHING: SetProgress = { answered: 0, mastered: 0, due: 0 };

/**
 * Most useful first: most questions due now (Review's work), then the sets least mastered; a
 * made quiz not yet answered comes after every started set. Ties keep the order given (the
 * library's, newest first, then the made quizzes).
 */
function byUse(a: MasteryRow, b: MasteryRow): number {
	const share = (row: MasteryRow) => (row.count ? row.progress.mastered / row.count : 1);
	return (
		b.progress.due - a.progress.due ||
		Number(b.progress.answered > 0) - Number(a.progress.answered > 0) ||
		share(a) - share(b)
	);
}

/**
 * The rows to list: every built-in set with an answer, and every made quiz (the learner made
 * it, so it is theirs to follow even unanswered); and how many built-in sets are not started.
 */
export function masteryRows(
	sets: readonly MasterySet[],
	made: readonly MasterySet[],
	bySet: Readonly<Record<string, SetProgress>>
): { rows: MasteryRow[]; notStarted: number } {
	const rows: MasteryRow[] = [];
	let notStarted = 0;
	for (const set of sets) {
		const progress = bySet[set.id];
		if (progress && progress.answered > 0) rows.push({ ...set, progress });
		else notStarted++;
	}
	for (const set of made) rows.push({ ...set, progress: bySet[set.id] ?? NOTHING });
	// Array.prototype.sort is stable, so ties keep the order above.
	return { rows: rows.sort(byUse), notStarted };
}

const count = (n: number) => n.toLocaleString('en');
const sets = (n: number) => `${count(n)} ${n === 1 ? 'set' : 'sets'}`;

/**
 * One sentence for the live region: how many sets are listed, and how many are on screen. A
 * made quiz with no answer yet is not "started", hence "or made" when the list holds one.
 */
export function masteryLine(rows: readonly MasteryRow[], shown: number): string {
	if (rows.length === 0) return 'No set started yet';
	const made = rows.some((row) => row.progress.answered === 0);
	const line = `${sets(rows.length)} ${made ? 'started or made' : 'started'}`;
	return shown < rows.length ? `${line}, showing ${count(shown)}` : line;
}

/** The line under the list: the sets left out, which the library lists. */
export function notStartedLine(notStarted: number, rows: number): string {
	if (notStarted === 0) return '';
	if (rows === 0) return `The library has ${sets(notStarted)} to choose from.`;
	return `${count(notStarted)} more ${notStarted === 1 ? 'set' : 'sets'} not started yet.`;
}
