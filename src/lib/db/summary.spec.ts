import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { setDbName } from './db';
import { allSetProgress } from './stats';
import { readLibraryProgress } from './summary';
import { answerItems, day } from './testing';
import { catalogueOf } from './due';

const catalogue = catalogueOf(
	['set-a', 'set-b'].map((id) => ({ id, itemIds: ['q1', 'q2', 'q3'] }))
);

describe('readLibraryProgress (the library page without Dexie)', () => {
	beforeEach(async () => {
		setDbName();
		await Dexie.delete('factdeck');
	});

	it('shows nothing, and creates no database, before the first answer', async () => {
		expect(await readLibraryProgress(catalogue, Date.now())).toEqual({});
		expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('factdeck');
	});

	it('gives the same figures as the database module', async () => {
		const now = day(2026, 3, 10);
		await answerItems('set-a', [true, false, true], now);
		await answerItems('set-b', [false], now);
		setDbName();
		const later = now + 60 * 60 * 1000;
		const lite = await readLibraryProgress(catalogue, later);
		expect(lite).toEqual(await allSetProgress(catalogue, later));
		expect(lite['set-a']?.answered).toBe(3);
		expect(lite['set-b']?.due).toBe(1);
	});
});
