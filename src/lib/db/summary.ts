/**
 * Set progress for the library page, read with plain IndexedDB instead of Dexie (see plain.ts).
 */
import { readAll, readExistingDb } from './plain';
import type { Catalogue } from './due';
import { progressBySet, type SetProgress } from './progress';
import type { CardRecord } from './records';

export function readLibraryProgress(
	catalogue: Catalogue,
	now: number
): Promise<Record<string, SetProgress>> {
	return readExistingDb(async (db) => {
		if (!db.objectStoreNames.contains('cards')) return {};
		return progressBySet(await readAll<CardRecord>(db, 'cards'), now, catalogue);
	}, {});
}
