/**
 * Whether this browser keeps progress, known without loading Dexie (the Library must stay light):
 * a quick probe of IndexedDB on every page, and whatever db.ts learns when it opens the real
 * database (a newer release's data, a tab holding it open).
 */
export const NO_STORAGE =
	'it gives this page no storage (private browsing, or storage is turned off)';
export const REFUSED =
	'it refused to open storage (private browsing, or storage is blocked for this site)';

let reason = '';
const listeners = new Set<(reason: string) => void>();

/** Says why progress can't be kept; the latest, most specific reason wins. */
export function reportStorageProblem(why: string): void {
	reason = why;
	for (const listener of listeners) listener(why);
}

/** Calls `listener` with the reason now (if any) and whenever one is reported; returns an unsubscribe. */
export function onStorageProblem(listener: (reason: string) => void): () => void {
	if (reason) listener(reason);
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Opens and deletes a scratch database; the app's own database is never touched here. */
export async function probeStorage(): Promise<void> {
	try {
		if (typeof indexedDB === 'undefined' || !indexedDB) {
			if (!reason) reportStorageProblem(NO_STORAGE);
			return;
		}
		const name = 'factdeck-probe';
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name);
			request.onsuccess = () => {
				request.result.close();
				indexedDB.deleteDatabase(name);
				resolve();
			};
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
	} catch {
		if (!reason) reportStorageProblem(REFUSED);
	}
}
