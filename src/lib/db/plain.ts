/**
 * Read-only IndexedDB without Dexie, for the library page: it is the first page a student sees
 * and must stay within its JavaScript budget, and Dexie alone is half of it. Never creates or
 * upgrades the database (db.ts owns the schema).
 */
export const DB_NAME = 'factdeck';

/** Runs `read` on the existing database; `empty` when there is none yet (or no IndexedDB). */
export async function readExistingDb<T>(
	read: (db: IDBDatabase) => Promise<T>,
	empty: T
): Promise<T> {
	if (typeof indexedDB === 'undefined' || !indexedDB.databases) return empty;
	// Opening a database that does not exist would create it, empty: look first.
	const names = (await indexedDB.databases()).map((db) => db.name);
	if (!names.includes(DB_NAME)) return empty;
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DB_NAME);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
	try {
		return await read(db);
	} finally {
		db.close();
	}
}

/** Every row of `store` (in `range`), as stored. */
export function readAll<T>(db: IDBDatabase, store: string, range?: IDBKeyRange): Promise<T[]> {
	return new Promise<T[]>((resolve, reject) => {
		const request = db.transaction(store).objectStore(store).getAll(range);
		request.onsuccess = () => resolve(request.result as T[]);
		request.onerror = () => reject(request.error ?? new Error(`${store} could not be read`));
	});
}
