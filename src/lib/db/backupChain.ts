/**
 * Backups as properties for fast-check: a file as a hostile tool, a careless hand edit or a
 * damaged download could leave it → parseBackup → importBackup into a device that already holds
 * progress → the pages' own reads, an answer, and a new backup of the result. Run by
 * backupChain.spec.ts (`npm test`) and scripts/fuzz.ts (`npm run fuzz`); needs an IndexedDB
 * (fake-indexeddb in Node). Each case either imports or is refused with a plain message that
 * names what is wrong, and a refused or merged file never loses what the device held.
 */
import fc from 'fast-check';
import { backupFile, NOW } from './backupFiles';
import { exportBackup, importBackup, parseBackup, type Backup } from './backup';
import { findResumableAttempt, recordAnswer, startAttempt } from './attempts';
import { customSets, madeQuiz } from './customSets';
import { receivedQuiz } from './received';
import { changedAt } from './receivedRecord';
import { rosterFor } from './roster';
import { sharedQuizzes } from './quizzes';
import { accuracyByDay, allSetProgress, dueCounts, dueNow, reviewForecast, streak } from './stats';
import { isSafeUrl } from '$lib/share/safeUrl';

export interface BackupStats {
	cases: number;
	imported: number;
	refused: Map<string, number>;
}

export const newBackupStats = (): BackupStats => ({ cases: 0, imported: 0, refused: new Map() });

const DAY = 86_400_000;

/** What the device holds before the import: one of everything, with keys the files reuse. */
const DEVICE: Backup = {
	app: 'factdeck',
	kind: 'backup',
	version: 3,
	exportedAt: NOW,
	attempts: [
		{
			id: 'a1',
			setId: 'set-a',
			mode: 'practice',
			itemIds: ['q1', 'q2'],
			position: 1,
			status: 'active',
			startedAt: NOW - 2 * DAY,
			updatedAt: NOW - 2 * DAY
		}
	],
	answers: [
		{
			id: 1,
			attemptId: 'a1',
			setId: 'set-a',
			itemId: 'q1',
			response: { format: 'choice', choice: 'Yes' },
			correct: true,
			answeredAt: NOW - 2 * DAY,
			durationMs: 4000
		}
	],
	cards: [
		{
			key: 'set-a/q1',
			setId: 'set-a',
			itemId: 'q1',
			due: NOW + DAY,
			stability: 3,
			difficulty: 5,
			elapsed_days: 0,
			scheduled_days: 3,
			learning_steps: 0,
			reps: 1,
			lapses: 0,
			state: 2,
			last_review: NOW - 2 * DAY,
			lastRating: 3
		}
	],
	settings: [{ key: 'name', value: 'Ana', updatedAt: NOW - 2 * DAY }],
	roster: [
		{
			id: 'q1/Ana/1',
			quizId: 'q1',
			quizTitle: 'Quiz',
			student: 'Ana',
			score: 2,
			total: 3,
			answers: [{ itemId: 'q1', correct: true, response: 'Yes', ms: 900 }],
			durationMs: 60_000,
			startedAt: 1,
			receivedAt: NOW - 2 * DAY
		}
	],
	customSets: [
		{
			id: 'custom-x',
			title: 'Made here',
			date: '2025-03-04',
			summary: '',
			tags: [],
			sources: [],
			itemIds: ['q1'],
			createdAt: NOW - 2 * DAY,
			updatedAt: NOW - 2 * DAY
		}
	],
	customItems: [
		{
			key: 'custom-x/q1',
			setId: 'custom-x',
			item: {
				id: 'q1',
				type: 'written',
				format: 'text',
				prompt: 'Capital of France?',
				answer: 'Paris',
				explanation: '',
				citations: []
			}
		}
	],
	received: [
		{
			quizId: 'q1',
			title: 'Quiz',
			payload: '2ABC',
			openedAt: NOW - 2 * DAY,
			result: {
				student: 'Ana',
				score: 2,
				total: 3,
				code: 'FD1.x.12345678',
				finishedAt: NOW - 2 * DAY
			}
		}
	]
};

/** A refusal as the settings page shows it: a known opening, then where and what. */
export function isPlainRefusal(message: string): boolean {
	return (
		message.length < 400 &&
		/^(Not a Factdeck backup: |Backup is damaged: [^\s:]+(\[\d+\])?[^\s:]*: |Backup not imported: [^\s:]+: |This backup was made by a newer Factdeck )/.test(
			message
		) &&
		!/\[object|Error:|at .*\.ts/.test(message)
	);
}

const canonical = (value: unknown) =>
	JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
/** The backup's records as the database lists them: in key order, answer ids its own. */
const asStored = (backup: Backup) =>
	Object.fromEntries(
		(
			[
				'attempts',
				'answers',
				'cards',
				'settings',
				'roster',
				'customSets',
				'customItems',
				'received'
			] as const
		).map((table) => [
			table,
			(backup[table] as object[])
				.map((record) => canonical(table === 'answers' ? { ...record, id: undefined } : record))
				.sort()
		])
	);

function fail(why: string): never {
	throw new Error(why);
}

/** Every string under a key that becomes a link, anywhere in `value`. */
function links(value: unknown, out: string[] = [], key = ''): string[] {
	if (typeof value === 'string' && (key === 'url' || key === 'href')) out.push(value);
	else if (value && typeof value === 'object')
		for (const [k, child] of Object.entries(value)) links(child, out, k);
	return out;
}

/** What the pages read from the database, as they read it; none of it may throw. */
async function readLikeThePages(held: Backup): Promise<void> {
	// Every set the backup's cards name, as if each still had all its questions.
	const catalogue = new Map<string, Set<string>>();
	for (const card of held.cards) {
		catalogue.set(card.setId, (catalogue.get(card.setId) ?? new Set()).add(card.itemId));
	}
	await allSetProgress(catalogue, NOW);
	await accuracyByDay(14, NOW);
	await streak(NOW);
	await reviewForecast(catalogue, NOW, 7);
	await dueNow(catalogue, NOW);
	await dueCounts(catalogue, NOW);
	await sharedQuizzes();
	await customSets();
	for (const row of held.customSets) await madeQuiz(row.id);
	for (const quiz of held.received) await receivedQuiz(quiz.quizId);
	for (const entry of held.roster) await rosterFor(entry.quizId);
	// A quiz started after the import saves its answers.
	const fresh = await startAttempt({
		setId: 'set-new',
		mode: 'practice',
		itemIds: ['n1'],
		now: NOW
	});
	await recordAnswer({
		attemptId: fresh.id,
		setId: 'set-new',
		itemId: 'n1',
		response: { format: 'text', value: 'x' },
		correct: false,
		durationMs: 2000,
		now: NOW
	});
	for (const a of held.attempts) {
		const open = await findResumableAttempt(a.setId);
		const next = open?.itemIds[open.position];
		if (open && next !== undefined)
			await recordAnswer({
				attemptId: open.id,
				setId: open.setId,
				itemId: next,
				response: { format: 'choice', choice: 'Yes' },
				correct: true,
				durationMs: 3000,
				now: NOW
			});
	}
}

/**
 * Keeps a record the device held, or replaces it only with one changed later: merge's promise.
 * `timeOf` is the record's time of last change.
 */
function keptOrNewer<T>(
	table: string,
	before: T[],
	after: T[],
	keyOf: (r: T) => string,
	timeOf: (r: T) => number
) {
	const now = new Map(after.map((r) => [keyOf(r), r]));
	for (const old of before) {
		const kept = now.get(keyOf(old));
		if (!kept) fail(`merge lost ${table} ${keyOf(old)}`);
		if (canonical(kept) !== canonical(old) && !(timeOf(kept) > timeOf(old)))
			fail(`merge overwrote ${table} ${keyOf(old)} with an older record`);
	}
}

/** The chain for one file; throws (so fast-check reports the case and its seed) on any fault. */
export async function checkBackupChain(
	file: string,
	mode: 'merge' | 'replace',
	stats: BackupStats
): Promise<void> {
	stats.cases++;
	// Replacing clears every table; only IndexedDB's key generator outlives it, and a case that
	// spoils it fails at once below (a new quiz's answer would not save).
	await importBackup(DEVICE, 'replace');
	const before = await exportBackup(NOW);
	let parsed: Backup;
	try {
		parsed = parseBackup(file, NOW);
	} catch (error) {
		const message = (error as Error).message;
		if (!isPlainRefusal(message)) fail(`not a plain refusal: ${message.slice(0, 500)}`);
		const kind = message
			.replace(/\d+/g, 'N')
			.replace(/(: [^:]*): .*/, '$1')
			.slice(0, 70);
		stats.refused.set(kind, (stats.refused.get(kind) ?? 0) + 1);
		if (canonical(await exportBackup(NOW)) !== canonical(before))
			fail('a refused file changed the device');
		return;
	}
	try {
		await importBackup(parsed, mode);
	} catch (error) {
		// The file passed every check: a failure now would show the storage's own words.
		fail(`a checked backup failed to import: ${(error as Error).message.slice(0, 300)}`);
	}
	stats.imported++;
	const after = await exportBackup(NOW);
	// Made quizzes, and the quizzes settings carry, are what reaches an href; answers are text.
	for (const url of links([after.settings, after.customSets, after.customItems]))
		if (!isSafeUrl(url)) fail(`stored a link that is not http(s): ${url}`);
	if (mode === 'replace') {
		if (canonical(asStored(after)) !== canonical(asStored(parsed)))
			fail('replace left the device holding something other than the backup');
	} else {
		const answerKey = (a: Backup['answers'][number]) =>
			JSON.stringify([a.attemptId, a.setId, a.itemId, a.answeredAt]);
		const held = new Set(after.answers.map(answerKey));
		for (const a of before.answers) if (!held.has(answerKey(a))) fail('merge lost an answer');
		keptOrNewer(
			'attempt',
			before.attempts,
			after.attempts,
			(a) => a.id,
			(a) => a.updatedAt
		);
		keptOrNewer(
			'card',
			before.cards,
			after.cards,
			(c) => c.key,
			(c) => c.last_review ?? 0
		);
		keptOrNewer(
			'setting',
			before.settings,
			after.settings,
			(s) => s.key,
			(s) => s.updatedAt
		);
		keptOrNewer(
			'roster entry',
			before.roster,
			after.roster,
			(r) => r.id,
			(r) => r.receivedAt
		);
		keptOrNewer(
			'made quiz',
			before.customSets,
			after.customSets,
			(s) => s.id,
			(s) => s.updatedAt
		);
		keptOrNewer('received quiz', before.received, after.received, (q) => q.quizId, changedAt);
	}
	await readLikeThePages(after);
	// What was imported can be backed up and imported again.
	const again = await exportBackup(NOW);
	try {
		parseBackup(JSON.stringify(again), NOW);
	} catch (error) {
		fail(`the device's own backup is refused after this import: ${(error as Error).message}`);
	}
}

export const backupChain = (stats: BackupStats) =>
	fc.asyncProperty(
		backupFile,
		fc.constantFrom('merge' as const, 'replace' as const),
		(file, mode) => checkBackupChain(file, mode, stats)
	);
