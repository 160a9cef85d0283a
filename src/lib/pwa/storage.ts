/** What the browser says about this site's storage, for the settings page. */
export interface StorageStatus {
	usage: number | null;
	quota: number | null;
	persisted: boolean | null;
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.estimate) return { usage: null, quota: null, persisted: null };
	const [estimate, persisted] = await Promise.all([
		storage.estimate(),
		storage.persisted ? storage.persisted() : Promise.resolve(null)
	]);
	return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

let asked = false;

/**
 * Asks the browser not to evict our data. Called once the user has progress worth keeping
 * (their first answer), not on first visit, because browsers grant it to sites people use.
 */
export async function requestPersistence(): Promise<boolean> {
	if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	asked = true;
	try {
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch {
		return false;
	}
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
