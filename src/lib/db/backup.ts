/**
 * Backups: everything on the device as one JSON file, and reading it back. A backup is checked
 * completely before anything is written, and then written in one transaction, so a bad file or
 * a failure half-way leaves the stored progress exactly as it was.
 */
import * as v from 'valibot';
import { withDb, type FactdeckDb } from './db';
import { describeIssue } from './issues';
import { CustomItemRowSchema, CustomSetRowSchema } from './customRecords';
import { importCustomSets, upgradeV1Backup } from './customBackup';
import { importReceived, upgradeV2Backup } from './receivedBackup';
import { ReceivedQuizSchema } from './receivedRecord';
import { storedValueProblem } from './storedValue';
import {
	AnswerSchema,
	AttemptSchema,
	CardSchema,
	RosterEntrySchema,
	SettingSchema,
	type Answer,
	type Attempt,
	type CardRecord,
	type RosterEntry,
	type Setting
} from './records';

/**
 * Version 3 carries received quizzes in their own table; version 2 had them as settings rows.
 * Version 2 carries made quizzes in their own tables; version 1 had them as settings rows.
 */
export const BACKUP_VERSION = 3;

const BackupV1Schema = v.object({
	app: v.literal('factdeck'),
	kind: v.literal('backup'),
	version: v.literal(1),
	exportedAt: v.pipe(v.number(), v.minValue(0)),
	attempts: v.array(AttemptSchema),
	answers: v.array(AnswerSchema),
	cards: v.array(CardSchema),
	settings: v.array(SettingSchema),
	roster: v.array(RosterEntrySchema)
});
export type BackupV1 = v.InferOutput<typeof BackupV1Schema>;

const BackupV2Schema = v.object({
	...BackupV1Schema.entries,
	version: v.literal(2),
	customSets: v.array(CustomSetRowSchema),
	customItems: v.array(CustomItemRowSchema)
});
export type BackupV2 = v.InferOutput<typeof BackupV2Schema>;

const BackupSchema = v.object({
	...BackupV2Schema.entries,
	version: v.literal(BACKUP_VERSION),
	received: v.array(ReceivedQuizSchema)
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(now = Date.now()): Promise<Backup> {
	return withDb((db) =>
		db.transaction('r', allTables(db), async () => ({
			app: 'factdeck' as const,
			kind: 'backup' as const,
			version: BACKUP_VERSION,
			exportedAt: now,
			attempts: await db.attempts.toArray(),
			answers: await db.answers.toArray(),
			cards: await db.cards.toArray(),
			settings: await db.settings.toArray(),
			roster: await db.roster.toArray(),
			customSets: await db.customSets.toArray(),
			customItems: await db.customItems.toArray(),
			received: await db.received.toArray()
		}))
	);
}

/**
 * Reads a backup file's text, or throws an Error saying what is wrong and where. Times after
 * `now` are brought back to `now`: a clock set wrong (or a crafted file) must not make an old
 * attempt look like the newest one, which would take over the resume offer and the merge.
 */
export function parseBackup(text: string, now = Date.now()): Backup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`Not a Factdeck backup: the file is not JSON (${(error as Error).message})`, {
			cause: error
		});
	}
	const head = (data ?? {}) as { app?: unknown; kind?: unknown; version?: unknown };
	if (typeof data !== 'object' || head.app !== 'factdeck' || head.kind !== 'backup') {
		throw new Error('Not a Factdeck backup: the file does not say app "factdeck", kind "backup"');
	}
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
		throw new Error(
			`This backup was made by a newer Factdeck (backup version ${head.version}; this app reads up to ${BACKUP_VERSION}). Update the app, then import it again.`
		);
	}
	const backup =
		head.version === 1
			? upgradeV2Backup(upgradeV1Backup(safeSettings(check(BackupV1Schema, data))))
			: head.version === 2
				? upgradeV2Backup(safeSettings(check(BackupV2Schema, data)))
				: safeSettings(check(BackupSchema, data));
	return clampTimes(uniqueKeys(backup), now);
}

/** The field that keys each table's records in IndexedDB. */
const KEY_FIELDS = {
	attempts: 'id',
	cards: 'key',
	settings: 'key',
	roster: 'id',
	customSets: 'id',
	customItems: 'key',
	received: 'quizId'
} as const;

/**
 * Two records with one key are refused here, naming both: left to the import, a replace would
 * fail half-way in the database's own words, and a merge would keep one of them silently.
 */
function uniqueKeys(backup: Backup): Backup {
	for (const [table, field] of Object.entries(KEY_FIELDS)) {
		const records = backup[table as keyof typeof KEY_FIELDS] as Record<string, unknown>[];
		const seen = new Map<unknown, number>();
		for (const [i, record] of records.entries()) {
			const key = record[field];
			if (key === undefined) continue;
			const first = seen.get(key);
			if (first !== undefined) {
				throw new Error(
					`Backup is damaged: ${table}[${i}].${field}: the same as ${table}[${first}].${field} ("${String(key).slice(0, 60)}")`
				);
			}
			seen.set(key, i);
		}
	}
	return backup;
}

function check<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	throw new Error(`Backup is damaged: ${describeIssue(result.issues[0])}`);
}

/** Settings hold free-form values: too deep, too big or with script links, they are refused. */
function safeSettings<B extends { settings: { value: unknown }[] }>(backup: B): B {
	for (const [i, setting] of backup.settings.entries()) {
		const problem = storedValueProblem(setting.value, `settings[${i}].value`);
		if (problem) throw new Error(`Backup not imported: ${problem}`);
	}
	return backup;
}

function clampTimes(backup: Backup, now: number): Backup {
	const at = (time: number) => Math.min(time, now);
	return {
		...backup,
		attempts: backup.attempts.map((a) => ({
			...a,
			startedAt: at(a.startedAt),
			updatedAt: at(a.updatedAt),
			...(a.finishedAt === undefined ? {} : { finishedAt: at(a.finishedAt) })
		})),
		answers: backup.answers.map((a) => ({ ...a, answeredAt: at(a.answeredAt) })),
		cards: backup.cards.map((c) =>
			c.last_review === undefined ? c : { ...c, last_review: at(c.last_review) }
		),
		settings: backup.settings.map((s) => ({ ...s, updatedAt: at(s.updatedAt) })),
		roster: backup.roster.map((r) => ({
			...r,
			receivedAt: at(r.receivedAt),
			...(r.startedAt === undefined ? {} : { startedAt: at(r.startedAt) })
		})),
		received: backup.received.map((q) => ({
			...q,
			openedAt: at(q.openedAt),
			...(q.result ? { result: { ...q.result, finishedAt: at(q.result.finishedAt) } } : {})
		}))
	};
}

function allTables(db: FactdeckDb) {
	return [
		db.attempts,
		db.answers,
		db.cards,
		db.settings,
		db.roster,
		db.customSets,
		db.customItems,
		db.received
	];
}

/**
 * Writes a parsed backup. 'replace' makes the device hold exactly the backup. 'merge' keeps, for
 * each key, the record changed last (attempts by updatedAt, cards by last review, settings by
 * updatedAt, roster by receivedAt, made quizzes by updatedAt with all their questions, received
 * quizzes by when they were last opened or finished) and adds
 * the backup's answers that are not already stored (same attempt, set, question and time).
 */
export async function importBackup(backup: Backup, mode: 'merge' | 'replace'): Promise<void> {
	await withDb((db) =>
		db.transaction('rw', allTables(db), async () => {
			if (mode === 'replace') {
				await Promise.all(allTables(db).map((table) => table.clear()));
				await db.attempts.bulkAdd(backup.attempts);
				await db.answers.bulkAdd(numberedFirst(backup.answers));
				await db.cards.bulkAdd(backup.cards);
				await db.settings.bulkAdd(backup.settings);
				await db.roster.bulkAdd(backup.roster);
				await importCustomSets(db, backup, 'replace');
				await importReceived(db, backup.received, 'replace');
				return;
			}
			await mergeNewer<Attempt>(
				db.attempts,
				backup.attempts,
				(a) => a.id,
				(a) => a.updatedAt
			);
			await mergeNewer<CardRecord>(
				db.cards,
				backup.cards,
				(c) => c.key,
				(c) => c.last_review ?? 0
			);
			await mergeNewer<Setting>(
				db.settings,
				backup.settings,
				(s) => s.key,
				(s) => s.updatedAt
			);
			await mergeNewer<RosterEntry>(
				db.roster,
				backup.roster,
				(r) => r.id,
				(r) => r.receivedAt
			);
			const stored = new Set((await db.answers.toArray()).map(answerIdentity));
			const fresh = backup.answers
				.filter((a) => !stored.has(answerIdentity(a)))
				// Ids are local to a device: new rows get new ids so they cannot overwrite others.
				.map(withoutId);
			await db.answers.bulkAdd(fresh);
			await importCustomSets(db, backup, 'merge');
			await importReceived(db, backup.received, 'merge');
		})
	);
}

const withoutId = ({ id: _id, ...answer }: Answer): Answer => answer;

/**
 * A backup's answers in the order to add them: those with an id of their own first, so the
 * database numbers the rest after the highest id (numbering them first could take an id a later
 * answer brings). An id met twice is given up by the later answer: every answer is kept.
 */
function numberedFirst(answers: Answer[]): Answer[] {
	const ids = new Set<number>();
	const numbered: Answer[] = [];
	const rest: Answer[] = [];
	for (const answer of answers) {
		if (answer.id === undefined || ids.has(answer.id)) rest.push(withoutId(answer));
		else {
			ids.add(answer.id);
			numbered.push(answer);
		}
	}
	return [...numbered, ...rest];
}

function answerIdentity(answer: Answer): string {
	return JSON.stringify([answer.attemptId, answer.setId, answer.itemId, answer.answeredAt]);
}

interface Keyed<T> {
	bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
	bulkPut(items: readonly T[]): PromiseLike<unknown>;
}

async function mergeNewer<T>(
	table: Keyed<T>,
	incoming: T[],
	keyOf: (record: T) => string,
	timeOf: (record: T) => number
): Promise<void> {
	const existing = await table.bulkGet(incoming.map(keyOf));
	const newer = incoming.filter((record, i) => {
		const current = existing[i];
		return current === undefined || timeOf(record) > timeOf(current);
	});
	await table.bulkPut(newer);
}

/** Deletes all learning progress (attempts, answers, cards); keeps settings and the roster. */
export async function resetProgress(): Promise<void> {
	await withDb((db) =>
		db.transaction('rw', db.attempts, db.answers, db.cards, async () => {
			await Promise.all([db.attempts.clear(), db.answers.clear(), db.cards.clear()]);
		})
	);
}
