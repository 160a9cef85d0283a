/** Results a teacher received from students for a shared quiz. */
import * as v from 'valibot';
import { withDb } from './db';
import { describeIssue } from './issues';
import { RosterEntrySchema, type RosterEntry } from './records';

/** What happened to each result handed to addRosterEntries, in the order given. */
export type RosterOutcome =
	/** Stored. */
	| 'added'
	/** The identical result (same student, start, time and answers) was already stored. */
	| 'already-added'
	/**
	 * Stored beside a different result that has the same student and start time: a code never
	 * overwrites another attempt, so the teacher sees both and decides.
	 */
	| 'kept-both';

/** Stores a received result; the same result received twice is stored once. */
export async function addRosterEntry(entry: unknown): Promise<RosterOutcome> {
	const [outcome] = await addRosterEntries([entry]);
	return outcome as RosterOutcome;
}

/**
 * Stores many results in one transaction (a teacher pastes a whole class at once). Every entry
 * is checked first, so one malformed entry stores nothing. An entry whose id is taken by a
 * different result is stored under the next free id ("…/2") instead of replacing it.
 */
export async function addRosterEntries(entries: unknown[]): Promise<RosterOutcome[]> {
	const checked = entries.map((entry, i) => {
		const result = v.safeParse(RosterEntrySchema, entry);
		if (result.success) return result.output;
		const where = entries.length > 1 ? ` (result ${i + 1})` : '';
		throw new Error(`Result not saved${where}: ${describeIssue(result.issues[0])}`);
	});
	return withDb((db) =>
		db.transaction('rw', db.roster, async () => {
			const quizIds = [...new Set(checked.map((e) => e.quizId))];
			const stored = await db.roster.where('quizId').anyOf(quizIds).toArray();
			const byId = new Map(stored.map((e) => [e.id, e]));
			const outcomes: RosterOutcome[] = [];
			const fresh: RosterEntry[] = [];
			for (const entry of checked) {
				let id = entry.id;
				let outcome: RosterOutcome = 'added';
				for (let n = 2; byId.has(id); n++) {
					if (sameResult(byId.get(id)!, entry)) {
						outcome = 'already-added';
						break;
					}
					outcome = 'kept-both';
					id = `${entry.id}/${n}`;
				}
				outcomes.push(outcome);
				if (outcome === 'already-added') continue;
				const row = { ...entry, id };
				byId.set(id, row);
				fresh.push(row);
			}
			await db.roster.bulkAdd(fresh);
			return outcomes;
		})
	);
}

/** The same attempt: everything but when the teacher received it and where it is stored. */
function sameResult(a: RosterEntry, b: RosterEntry): boolean {
	const content = (e: RosterEntry) =>
		JSON.stringify([
			e.quizId,
			e.student,
			e.startedAt,
			e.durationMs,
			e.answers.map((x) => [x.itemId, x.response, x.ms, x.correct])
		]);
	return content(a) === content(b);
}

/** Results for one quiz, in the order they arrived. */
export async function rosterFor(quizId: string): Promise<RosterEntry[]> {
	const entries = await withDb((db) => db.roster.where('quizId').equals(quizId).toArray());
	return entries.sort((a, b) => a.receivedAt - b.receivedAt);
}

export async function removeRosterEntry(id: string): Promise<void> {
	await withDb((db) => db.roster.delete(id));
}
