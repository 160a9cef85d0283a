/**
 * The "From your teacher" shelf as the library page reads it: plain IndexedDB (see plain.ts),
 * no Dexie. Quizzes are rows of the `received` table (written by received.ts). The library may
 * be the first page opened after an update, before anything has upgraded the database, so a
 * version-3 database's settings rows "received:<quiz id>" are read as well.
 */
import * as v from 'valibot';
import { readAll, readExistingDb } from './plain';
import { RECEIVED_PREFIX, ReceivedQuizSchema, type ReceivedQuiz } from './receivedRecord';
import type { Setting } from './records';

/** Valid records only, the latest opened first. */
export function parseShelf(rows: unknown[]): ReceivedQuiz[] {
	return rows
		.flatMap((row) => {
			const parsed = v.safeParse(ReceivedQuizSchema, row);
			return parsed.success ? [parsed.output] : [];
		})
		.sort((a, b) => b.openedAt - a.openedAt);
}

export function readShelf(): Promise<ReceivedQuiz[]> {
	return readExistingDb(async (db) => {
		if (db.objectStoreNames.contains('received')) return parseShelf(await readAll(db, 'received'));
		if (!db.objectStoreNames.contains('settings')) return [];
		const range = IDBKeyRange.bound(RECEIVED_PREFIX, `${RECEIVED_PREFIX}\uffff`);
		const rows = await readAll<Setting>(db, 'settings', range);
		return parseShelf(rows.map((row) => row.value));
	}, []);
}
