/**
 * Made quizzes in backups. A version-1 backup carried them as settings rows "set:<id>"; it is
 * read into the version-2 shape, so an old backup restores every quiz into the new tables.
 */
import type { FactdeckDb } from './db';
import { fromLegacySetting, type CustomItemRow, type CustomSetRow } from './customRecords';
import type { Backup, BackupV1, BackupV2 } from './backup';

export function upgradeV1Backup(old: BackupV1): BackupV2 {
	const customSets: CustomSetRow[] = [];
	const customItems: CustomItemRow[] = [];
	const settings = old.settings.filter((setting) => {
		const moved = fromLegacySetting(setting);
		if (!moved) return true;
		customSets.push(moved.row);
		customItems.push(...moved.items);
		return false;
	});
	return { ...old, version: 2, settings, customSets, customItems };
}

/**
 * Inside importBackup's transaction. 'replace' writes the backup's rows into cleared tables;
 * 'merge' keeps, per quiz, the side changed last, and that side's questions with it.
 */
export async function importCustomSets(
	db: FactdeckDb,
	backup: Pick<Backup, 'customSets' | 'customItems'>,
	mode: 'merge' | 'replace'
): Promise<void> {
	if (mode === 'replace') {
		await db.customSets.bulkAdd(backup.customSets);
		await db.customItems.bulkAdd(backup.customItems);
		return;
	}
	const stored = await db.customSets.bulkGet(backup.customSets.map((row) => row.id));
	const newer = backup.customSets.filter(
		(row, i) => stored[i] === undefined || row.updatedAt > stored[i].updatedAt
	);
	for (const row of newer) {
		await db.customItems.where('setId').equals(row.id).delete();
		await db.customSets.put(row);
		await db.customItems.bulkPut(backup.customItems.filter((item) => item.setId === row.id));
	}
}
