/**
 * Set progress for the library page, read with plain IndexedDB instead of Dexie: the library
 * is the first page a student sees and must stay within its JavaScript budget, and Dexie alone
 * is half of it. Read-only; it never creates or upgrades the database (db.ts owns the schema).
 */
import { progressBySet, type SetProgress } from './progress';
import type { CardRecord } from './records';

const NAME = 'factdeck';

export async function readLibraryProgress(now = Date.now()): Promise<Record<string, SetProgress>> {
	if (typeof indexedDB === 'undefined' || !indexedDB.databases) return {};
	// Opening a database that does not exist would create it, empty: look first.
	const names = (await indexedDB.databases()).map((db) => db.name);
	if (!names.includes(NAME)) return {};
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(NAME);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
	try {
		if (!db.objectStoreNames.contains('cards')) return {};
		const cards = await new Promise<CardRecord[]>((resolve, reject) => {
			const request = db.transaction('cards').objectStore('cards').getAll();
			request.onsuccess = () => resolve(request.result as CardRecord[]);
			request.onerror = () => reject(request.error ?? new Error('cards could not be read'));
		});
		return progressBySet(cards, now);
	} finally {
		db.close();
	}
}
