/** Results a teacher received from students for a shared quiz. */
import * as v from 'valibot';
import { withDb } from './db';
import { describeIssue } from './issues';
import { RosterEntrySchema, type RosterEntry } from './records';

/** Stores a received result; the same result received twice (same id) is stored once. */
export async function addRosterEntry(entry: unknown): Promise<void> {
	const result = v.safeParse(RosterEntrySchema, entry);
	if (!result.success) {
		throw new Error(`Result not saved: ${describeIssue(result.issues[0])}`);
	}
	const checked = result.output;
	await withDb((db) => db.roster.put(checked));
}

/** Results for one quiz, in the order they arrived. */
export async function rosterFor(quizId: string): Promise<RosterEntry[]> {
	const entries = await withDb((db) => db.roster.where('quizId').equals(quizId).toArray());
	return entries.sort((a, b) => a.receivedAt - b.receivedAt);
}

export async function removeRosterEntry(id: string): Promise<void> {
	await withDb((db) => db.roster.delete(id));
}
