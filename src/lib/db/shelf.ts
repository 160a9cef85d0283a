/**
 * The "From your teacher" shelf as the library page reads it: plain IndexedDB (see plain.ts),
 * no Dexie. Quizzes are settings rows "received:<quiz id>" (written by received.ts), which every
 * backup already carries.
 */
import * as v from 'valibot';
import { readAll, readExistingDb } from './plain';
import { ReceivedQuizSchema, type ReceivedQuiz } from './receivedRecord';
import type { Setting } from './records';

export const RECEIVED_PREFIX = 'received:';

/** Valid rows only, the latest opened first. */
export function parseShelf(rows: Pick<Setting, 'value'>[]): ReceivedQuiz[] {
	return rows
		.flatMap((row) => {
			const parsed = v.safeParse(ReceivedQuizSchema, row.value);
			return parsed.success ? [parsed.output] : [];
		})
		.sort((a, b) => b.openedAt - a.openedAt);
}

export function readShelf(): Promise<ReceivedQuiz[]> {
	return readExistingDb(async (db) => {
		if (!db.objectStoreNames.contains('settings')) return [];
		const range = IDBKeyRange.bound(RECEIVED_PREFIX, `${RECEIVED_PREFIX}\uffff`);
		return parseShelf(await readAll<Setting>(db, 'settings', range));
	}, []);
}
