/** Small key/value preferences (e.g. name shown to a teacher, sound on/off). */
import { withDb } from './db';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
	const row = await withDb((db) => db.settings.get(key));
	return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown, now = Date.now()): Promise<void> {
	await withDb((db) => db.settings.put({ key, value, updatedAt: now }));
}
