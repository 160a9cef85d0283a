/**
 * Received quizzes in backups. Up to version 2 a backup carried them as settings rows
 * "received:<quiz id>"; such a backup is read into the version-3 shape, so it restores every
 * kept quiz (and its result code) into the `received` table.
 */
import type { FactdeckDb } from './db';
import { changedAt, fromLegacySetting, type ReceivedQuiz } from './receivedRecord';
import type { Backup, BackupV2 } from './backup';

export function upgradeV2Backup(old: BackupV2): Backup {
	const received: ReceivedQuiz[] = [];
	const settings = old.settings.filter((setting) => {
		const quiz = fromLegacySetting(setting);
		if (quiz) received.push(quiz);
		return !quiz;
	});
	return { ...old, version: 3, settings, received };
}

/**
 * Inside importBackup's transaction. 'replace' writes the backup's quizzes into the cleared
 * table; 'merge' keeps, per quiz, the side opened or finished last.
 */
export async function importReceived(
	db: FactdeckDb,
	received: ReceivedQuiz[],
	mode: 'merge' | 'replace'
): Promise<void> {
	if (mode === 'replace') return void (await db.received.bulkAdd(received));
	const stored = await db.received.bulkGet(received.map((quiz) => quiz.quizId));
	await db.received.bulkPut(
		received.filter((quiz, i) => stored[i] === undefined || changedAt(quiz) > changedAt(stored[i]))
	);
}
