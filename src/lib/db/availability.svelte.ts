/**
 * Whether this browser keeps progress, known without loading Dexie (the Library must stay light):
 * a quick probe of IndexedDB on every page, and whatever db.ts learns when it opens the real
 * database (a newer release's data, a tab holding it open).
 */
export const storage = $state({ reason: '' });

export const NO_STORAGE =
	'it gives this page no storage (private browsing, or storage is turned off)';
export const REFUSED =
	'it refused to open storage (private browsing, or storage is blocked for this site)';

/** Opens and deletes a scratch database; the app's own database is never touched here. */
export async function probeStorage(): Promise<void> {
	try {
		if (typeof indexedDB === 'undefined' || !indexedDB) return void (storage.reason ||= NO_STORAGE);
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
		storage.reason ||= REFUSED;
	}
}
