/**
 * The Factdeck database: schema versions, lazy opening and error handling. The only file that
 * creates a Dexie instance; nothing here touches IndexedDB at import time, because pages are
 * prerendered in Node where there is none.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Answer, Attempt, CardRecord, RosterEntry, Setting } from './records';
import { moveSetsOutOfSettings, type CustomItemRow, type CustomSetRow } from './customRecords';
import { moveReceivedOutOfSettings, type ReceivedQuiz } from './receivedRecord';
import { nextCard, ratingFor } from './schedule';
import { NO_STORAGE, REFUSED, reportStorageProblem } from './availability';

export class FactdeckDb extends Dexie {
	attempts!: EntityTable<Attempt, 'id'>;
	answers!: EntityTable<Answer, 'id'>;
	cards!: EntityTable<CardRecord, 'key'>;
	settings!: EntityTable<Setting, 'key'>;
	roster!: EntityTable<RosterEntry, 'id'>;
	customSets!: EntityTable<CustomSetRow, 'id'>;
	customItems!: EntityTable<CustomItemRow, 'key'>;
	received!: EntityTable<ReceivedQuiz, 'quizId'>;

	constructor(name: string, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
		this.version(3).stores(SCHEMA_V3).upgrade(moveSetsOutOfSettings);
		this.version(4).stores(SCHEMA_V4).upgrade(moveReceivedOutOfSettings);
	}
}

/** Version 1: attempts, answers and settings. Kept so old databases can be upgraded. */
export const SCHEMA_V1 = {
	attempts: 'id, [setId+status], startedAt',
	answers: '++id, attemptId, [setId+itemId], answeredAt',
	settings: 'key'
};

/**
 * Version 2 adds the spaced-repetition cards and the teacher's roster, and indexes answers by
 * attempt and item so a double-submitted answer is found and not stored twice.
 */
export const SCHEMA_V2 = {
	attempts: 'id, [setId+status], startedAt',
	answers: '++id, attemptId, [attemptId+itemId], [setId+itemId], answeredAt',
	settings: 'key',
	cards: 'key, due, setId',
	roster: 'id, quizId, receivedAt'
};

/**
 * Version 3 gives quizzes made on this device their own tables (see customRecords.ts): one row
 * per quiz, one per question, so the question editor writes a single question at a time.
 */
export const SCHEMA_V3 = {
	...SCHEMA_V2,
	customSets: 'id, createdAt',
	customItems: 'key, setId'
};

/**
 * Version 4 gives quizzes received from a teacher their own table (see receivedRecord.ts),
 * keyed by quiz id; the shelf lists them by when they were last opened.
 */
export const SCHEMA_V4 = {
	...SCHEMA_V3,
	received: 'quizId, openedAt'
};

/**
 * v1 attempts had no updatedAt and v1 settings no updatedAt; v1 had no cards, so every card is
 * rebuilt by replaying the stored answers in time order through the same scheduler.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
	await tx
		.table<Attempt>('attempts')
		.toCollection()
		.modify((a) => {
			a.updatedAt ??= a.finishedAt ?? a.startedAt;
		});
	await tx
		.table<Setting>('settings')
		.toCollection()
		.modify((s) => {
			s.updatedAt ??= 0;
		});
	const cards = new Map<string, CardRecord>();
	await tx
		.table<Answer>('answers')
		.orderBy('answeredAt')
		.each((answer) => {
			const key = `${answer.setId}/${answer.itemId}`;
			const rating = ratingFor(answer.correct, answer.durationMs, answer.response);
			cards.set(key, nextCard(cards.get(key), answer, rating, answer.answeredAt));
		});
	await tx.table<CardRecord>('cards').bulkPut([...cards.values()]);
}

const DEFAULT_NAME = 'factdeck';
let dbName = DEFAULT_NAME;
let instance: FactdeckDb | null = null;
let opening: Promise<FactdeckDb> | null = null;
/** The database once opening has settled, so queries can skip awaiting `opening` (see withDb). */
let opened: FactdeckDb | null = null;
let status: StorageStatus | null = null;

/** Whether progress is kept: false in private modes, with storage blocked, or a newer database. */
export type StorageStatus = { saved: true } | { saved: false; reason: string };

/** How long an open blocked by another tab (that will not close its connection) is waited for. */
const OPEN_TIMEOUT_MS = 6000;

/** Tests use a fresh name per test; the app always uses the default. Closes the open DB. */
export function setDbName(name: string = DEFAULT_NAME): void {
	instance?.close();
	instance = null;
	opening = null;
	opened = null;
	status = null;
	dbName = name;
}

/** The database, created on first use. Throws where IndexedDB does not exist (SSR, Node). */
export function getDb(): FactdeckDb {
	if (instance) return instance;
	if (typeof indexedDB === 'undefined') {
		throw new Error('Storage is not available here: this browser (or page) has no IndexedDB');
	}
	// Dexie opens lazily on the first query and, by default, closes on `versionchange` (another
	// tab upgrading) and after the browser closes the connection, reopening on the next query.
	instance = new FactdeckDb(dbName);
	return instance;
}

/**
 * Opens the database once per page. Where the browser gives no IndexedDB or refuses it (private
 * modes, storage blocked, a newer version's database, a tab blocking the upgrade), the page gets
 * an in-memory database instead: everything works, nothing is kept, and storageStatus() says why.
 */
function openDb(): Promise<FactdeckDb> {
	opening ??= openOrFallBack();
	return opening;
}

async function openOrFallBack(): Promise<FactdeckDb> {
	try {
		const db = getDb();
		await openWithin(db, OPEN_TIMEOUT_MS);
		status = { saved: true };
		opened = db;
		return db;
	} catch (error) {
		// Node (tests, build scripts) has no page to keep usable: the error is the answer there.
		if (typeof window === 'undefined') throw error;
		instance?.close();
		status = { saved: false, reason: whyUnavailable(error) };
		reportStorageProblem(status.reason);
		// Loaded only here, so browsers with working storage never download it.
		const memory = await import('fake-indexeddb');
		// Dexie's own helpers (liveQuery among them) read these defaults, not only the instance.
		Dexie.dependencies.indexedDB = memory.indexedDB;
		Dexie.dependencies.IDBKeyRange = memory.IDBKeyRange;
		instance = new FactdeckDb(dbName, {
			indexedDB: memory.indexedDB,
			IDBKeyRange: memory.IDBKeyRange
		});
		opened = instance;
		return instance;
	}
}

function openWithin(db: FactdeckDb, ms: number): Promise<unknown> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const blocked = new Promise((_, reject) => {
		timer = setTimeout(
			() => reject(Object.assign(new Error('open blocked'), { name: 'BlockedError' })),
			ms
		);
	});
	return Promise.race([db.open(), blocked]).finally(() => clearTimeout(timer));
}

function whyUnavailable(error: unknown): string {
	const names = errorNames(error);
	if (typeof indexedDB === 'undefined' || names.includes('MissingAPIError')) {
		return NO_STORAGE;
	}
	if (names.includes('VersionError')) {
		return 'a newer version of Factdeck has stored data here; reload the page to update';
	}
	if (names.includes('BlockedError')) {
		return 'another Factdeck tab is holding storage open; close other Factdeck tabs and reload';
	}
	return REFUSED;
}

/**
 * Whether this page's progress is kept, and if not, why (for one plain message up front).
 * Opens the database if nothing has yet.
 */
export async function storageStatus(): Promise<StorageStatus> {
	try {
		await openDb();
	} catch (error) {
		return { saved: false, reason: whyUnavailable(error) };
	}
	return status ?? { saved: true };
}

/**
 * Runs one database operation. If the connection was closed under it (iOS closes the IndexedDB
 * connections of background apps), reopens and retries once: an interrupted IndexedDB
 * transaction is rolled back as a whole, so the retry cannot apply anything twice.
 */
export async function withDb<T>(operation: (db: FactdeckDb) => Promise<T>): Promise<T> {
	// Inside a liveQuery only Dexie's own promises may be awaited (another breaks its tracking
	// of what the query read), so once open the database is taken without awaiting anything.
	const db = opened ?? (await openDb());
	try {
		return await operation(db);
	} catch (error) {
		if (!isClosedError(error)) throw explain(error);
		try {
			if (!db.isOpen()) await db.open();
			return await operation(db);
		} catch (retryError) {
			throw explain(retryError);
		}
	}
}

function errorNames(error: unknown): string[] {
	const names: string[] = [];
	for (let e = error; e && typeof e === 'object' && names.length < 5;) {
		const { name, inner } = e as { name?: unknown; inner?: unknown };
		if (typeof name === 'string') names.push(name);
		e = inner;
	}
	return names;
}

function isClosedError(error: unknown): boolean {
	return errorNames(error).some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError');
}

/** Turns storage failures a user can act on into plain messages; other errors pass unchanged. */
function explain(error: unknown): unknown {
	const names = errorNames(error);
	const detail = error instanceof Error ? error.message : String(error);
	if (names.includes('QuotaExceededError')) {
		return new Error(
			`Storage is full: the browser refused to save more data (${detail}). Free some space or export a backup, then try again.`,
			{ cause: error }
		);
	}
	if (names.includes('VersionError')) {
		return new Error(
			'Factdeck was updated in another tab: reload this page to keep saving your progress.',
			{ cause: error }
		);
	}
	return error;
}
