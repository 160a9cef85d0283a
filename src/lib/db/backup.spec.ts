import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { exportBackup, importBackup, parseBackup, resetProgress, type Backup } from './backup';
import { answersFor, findResumableAttempt, getAttempt } from './attempts';
import { cardFor } from './cards';
import { getSetting, setSetting } from './settings';
import { addRosterEntry, rosterFor } from './roster';
import { answerItems, day, useFreshDb } from './testing';
import { customSet, customSets, moveItem, saveCustomSet } from './customSets';
import { keepReceivedQuiz, keepReceivedResult, receivedQuiz } from './received';
import type { QuestionSet } from '$lib/pipeline/schema';

const now = day(2026, 3, 10);
const roster = {
	id: 'r1',
	quizId: 'quiz-1',
	quizTitle: 'UN vote',
	student: 'Ana',
	score: 2,
	total: 3,
	answers: [{ itemId: 'q1', correct: true }],
	durationMs: 60_000,
	receivedAt: now
};

beforeEach(() => {
	useFreshDb();
});

const friday = { quizId: 'quiz-9', title: 'Friday quiz', payload: '2ABC' };
const result = { student: 'Ana', score: 4, total: 5, code: 'FD1.x.12345678', finishedAt: now };

async function fill() {
	const attempt = await answerItems('set-a', [true, false], now);
	await setSetting('name', 'Ana', now);
	await addRosterEntry(roster);
	await keepReceivedQuiz(friday, now);
	await keepReceivedResult(friday.quizId, result);
	return attempt;
}

const text = (backup: unknown) => JSON.stringify(backup);

describe('backup round trip', () => {
	it('restores exactly what was exported after a reset', async () => {
		await fill();
		const before = await exportBackup(now);
		expect(before).toMatchObject({ app: 'factdeck', kind: 'backup', version: 3 });
		expect(before.answers).toHaveLength(2);
		expect(before.received).toEqual([{ ...friday, openedAt: now, result }]);
		await resetProgress();
		expect((await exportBackup(now)).answers).toEqual([]);
		// Settings and the roster are not progress: a reset keeps them.
		expect(await getSetting('name', '')).toBe('Ana');
		expect(await rosterFor('quiz-1')).toHaveLength(1);
		await importBackup(parseBackup(text(before)), 'replace');
		expect(await exportBackup(now)).toEqual(before);
	});
});

describe('parseBackup', () => {
	it('refuses files that are not Factdeck backups', () => {
		expect(() => parseBackup('not json')).toThrow(/^Not a Factdeck backup: the file is not JSON/);
		expect(() => parseBackup('{"app":"other","kind":"backup"}')).toThrow(/Not a Factdeck backup/);
		expect(() => parseBackup('[1,2]')).toThrow(/Not a Factdeck backup/);
		expect(() => parseBackup('null')).toThrow(/Not a Factdeck backup/);
	});

	it('refuses backups from a newer version, naming both versions', () => {
		const newer = { app: 'factdeck', kind: 'backup', version: 4 };
		expect(() => parseBackup(text(newer))).toThrow(
			/newer Factdeck \(backup version 4; this app reads up to 3\)/
		);
	});

	it('says which field of which record is wrong', async () => {
		await fill();
		const backup = await exportBackup(now);
		const damaged = JSON.parse(text(backup)) as { answers: Record<string, unknown>[] };
		damaged.answers[1]!.correct = 'yes';
		expect(() => parseBackup(text(damaged))).toThrow(
			'Backup is damaged: answers[1].correct: expected boolean, found "yes"'
		);
		const noCards = { ...backup, cards: undefined };
		expect(() => parseBackup(text(noCards))).toThrow(/^Backup is damaged: cards: missing$/);
		const badResponse = JSON.parse(text(backup)) as { answers: { response: unknown }[] };
		badResponse.answers[0]!.response = { format: 'essay' };
		expect(() => parseBackup(text(badResponse))).toThrow(/answers\[0\]\.response\.format/);
	});

	it('leaves stored data untouched when a file is refused', async () => {
		await fill();
		const before = await exportBackup(now);
		const damaged = { ...before, attempts: [{ id: 1 }] };
		expect(() => parseBackup(text(damaged))).toThrow(/attempts\[0\]\.id/);
		expect(await exportBackup(now)).toEqual(before);
	});
});

describe('hostile settings in a backup', () => {
	const citation = (url: string) => ({
		article: 'a1',
		outlet: 'Outlet',
		sentence: 'A sentence.',
		start: 0,
		end: 11,
		url
	});
	const withSetting = (backup: Backup, key: string, value: unknown) => ({
		...backup,
		settings: [...backup.settings, { key, value, updatedAt: now }]
	});

	it('refuses a made or shared quiz whose source link would run script, naming where', async () => {
		await fill();
		const before = await exportBackup(now);
		const made = withSetting(before, 'set:s1', {
			set: { id: 's1', sources: [{ article: 'a1', url: 'javascript:alert(1)' }] },
			createdAt: now
		});
		expect(() => parseBackup(text(made))).toThrow(
			'Backup not imported: settings[1].value.set.sources[0].url: not a web link (only http: and https: links are allowed)'
		);
		const shared = withSetting(before, 'quiz:q1', {
			quiz: {
				source: { kind: 'inline', set: { items: [{ cite: citation('data:text/html,x') }] } }
			},
			url: 'https://factdeck.example/play#q',
			createdAt: now
		});
		expect(() => parseBackup(text(shared))).toThrow(
			/settings\[1\]\.value\.quiz\.source\.set\.items\[0\]\.cite\.url: not a web link/
		);
		const fine = withSetting(before, 'set:s1', { set: { sources: [citation('https://x.org/a')] } });
		expect(parseBackup(text(fine)).settings).toHaveLength(2);
		expect(await exportBackup(now)).toEqual(before);
	});

	it('refuses a setting nested thousands of levels deep before touching the database', async () => {
		await fill();
		const before = await exportBackup(now);
		const deep = '['.repeat(5000) + ']'.repeat(5000);
		const file = text(before).replace(/"value":"Ana"/, `"value":${deep}`);
		expect(() => parseBackup(file)).toThrow(
			'Backup not imported: settings[0].value[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested too deeply (more than 40 levels)'
		);
		expect(await exportBackup(now)).toEqual(before);
	});
});

describe('importBackup', () => {
	it('replace makes the device hold exactly the backup', async () => {
		await fill();
		const backup = await exportBackup(now);
		useFreshDb();
		const other = await answerItems('set-b', [true], now);
		await importBackup(backup, 'replace');
		expect(await getAttempt(other.id)).toBeUndefined();
		expect(await exportBackup(now)).toEqual(backup);
	});

	it('merge keeps both devices’ work, the newer record per key, and no duplicate answers', async () => {
		const first = await fill();
		const backup = await exportBackup(now);
		// Later on this device: a new attempt, a newer card for q1 and a newer setting.
		const later = day(2026, 3, 12);
		const second = await answerItems('set-a', [true], later);
		await setSetting('name', 'Ana B.', later);
		const cardBefore = await cardFor('set-a', 'q1');

		await importBackup(backup, 'merge');
		await importBackup(backup, 'merge');

		expect(await answersFor(first.id)).toHaveLength(2);
		expect(await answersFor(second.id)).toHaveLength(1);
		expect(await cardFor('set-a', 'q1')).toEqual(cardBefore);
		expect(await getSetting('name', '')).toBe('Ana B.');

		// Into an empty device, merge brings everything in.
		useFreshDb();
		await importBackup(backup, 'merge');
		const merged = await exportBackup(now);
		expect(merged.attempts).toEqual(backup.attempts);
		expect(merged.cards).toEqual(backup.cards);
		expect(merged.answers.map(({ id: _id, ...a }) => a)).toEqual(
			backup.answers.map(({ id: _id, ...a }) => a)
		);
	});

	it('applies nothing when the import fails part-way', async () => {
		await fill();
		const backup = await exportBackup(now);
		const before = await exportBackup(now);
		// Two roster rows with one id: the second add fails after the other tables were cleared.
		const clash: Backup = { ...backup, roster: [roster, roster] };
		await expect(importBackup(clash, 'replace')).rejects.toThrow();
		expect(await exportBackup(now)).toEqual(before);
	});
});

const made = (title: string): QuestionSet => ({
	id: 'custom-pool',
	title,
	date: '2025-03-04',
	summary: '',
	tags: [],
	sources: [],
	items: ['One', 'Two'].map((word) => ({
		id: `q-${word.toLowerCase()}`,
		type: 'written' as const,
		format: 'text' as const,
		prompt: `Say ${word}`,
		answer: word,
		explanation: '',
		citations: []
	}))
});

describe('made quizzes in backups', () => {
	it('a version-1 backup (quizzes as settings rows) still imports, into the new tables', async () => {
		await fill();
		const current = await exportBackup(now);
		const v1: Record<string, unknown> = {
			...current,
			version: 1,
			settings: [
				...current.settings,
				{ key: 'set:custom-pool', value: { set: made('Pool'), createdAt: now }, updatedAt: now }
			]
		};
		// Version 1 had no tables for made quizzes, nor (up to version 2) for received ones.
		delete v1.customSets;
		delete v1.customItems;
		delete v1.received;
		useFreshDb();
		await importBackup(parseBackup(text(v1)), 'replace');
		expect(await customSet('custom-pool')).toEqual(made('Pool'));
		expect(await getSetting('name', '')).toBe('Ana');
		expect((await exportBackup(now)).settings.map((s) => s.key)).toEqual(['name']);
		expect(await answersFor(current.attempts[0]!.id)).toHaveLength(2);
	});

	it('merge keeps the version of each quiz changed last, with its questions in their order', async () => {
		await saveCustomSet(made('Pool'), now);
		const backup = await exportBackup(now);
		await moveItem('custom-pool', 'q-two', 0, now + 1000);
		await importBackup(backup, 'merge');
		expect((await customSet('custom-pool'))?.items.map((i) => i.answer)).toEqual(['Two', 'One']);

		useFreshDb();
		await importBackup(backup, 'merge');
		expect((await customSets()).map((s) => s.title)).toEqual(['Pool']);
		expect((await customSet('custom-pool'))?.items.map((i) => i.answer)).toEqual(['One', 'Two']);
	});

	it('names a damaged question inside a made quiz', async () => {
		await saveCustomSet(made('Pool'), now);
		const damaged = JSON.parse(text(await exportBackup(now))) as {
			customItems: { item: { format: string } }[];
		};
		damaged.customItems[1]!.item.format = 'essay';
		expect(() => parseBackup(text(damaged))).toThrow(
			/^Backup is damaged: customItems\[1\]\.item\.format/
		);
	});
});

/** A backup as versions 1 and 2 wrote a received quiz: a settings row "received:<quiz id>". */
function asVersion(backup: Backup, version: 1 | 2): Record<string, unknown> {
	const old: Record<string, unknown> = {
		...backup,
		version,
		settings: [
			...backup.settings,
			...backup.received.map((quiz) => ({
				key: `received:${quiz.quizId}`,
				value: quiz,
				updatedAt: quiz.openedAt
			})),
			// A row that does not fit stays a setting, as the schema upgrade leaves it.
			{ key: 'received:broken', value: { title: 3 }, updatedAt: now }
		]
	};
	delete old.received;
	if (version === 1) {
		delete old.customSets;
		delete old.customItems;
	}
	return old;
}

describe('received quizzes in backups', () => {
	for (const version of [1, 2] as const) {
		it(`a version-${version} backup (received quizzes as settings rows) imports into their table`, async () => {
			await fill();
			const current = await exportBackup(now);
			useFreshDb();
			for (const mode of ['replace', 'merge'] as const) {
				await importBackup(parseBackup(text(asVersion(current, version))), mode);
				expect(await receivedQuiz(friday.quizId)).toEqual({ ...friday, openedAt: now, result });
				const after = await exportBackup(now);
				expect(after.settings.map((s) => s.key).sort()).toEqual(['name', 'received:broken']);
				expect(after.received).toEqual(current.received);
			}
		});
	}

	it('merge keeps the side opened or finished last, with its result', async () => {
		await keepReceivedQuiz(friday, now);
		const backup = await exportBackup(now);
		await keepReceivedResult(friday.quizId, { ...result, finishedAt: now + 1000 });
		await importBackup(backup, 'merge');
		expect((await receivedQuiz(friday.quizId))?.result?.finishedAt).toBe(now + 1000);

		const later = await exportBackup(now + 2000);
		useFreshDb();
		await keepReceivedQuiz(friday, now - 1000);
		await importBackup(later, 'merge');
		expect(await receivedQuiz(friday.quizId)).toEqual(later.received[0]);
	});

	it('names a damaged received quiz', async () => {
		await fill();
		const damaged = JSON.parse(text(await exportBackup(now))) as { received: { title: unknown }[] };
		damaged.received[0]!.title = 7;
		expect(() => parseBackup(text(damaged))).toThrow(/^Backup is damaged: received\[0\]\.title/);
	});
});

describe('imported times', () => {
	it('are brought back to now, so a far-future attempt cannot take over the resume offer', async () => {
		const mine = await answerItems('set-a', [true], now);
		const backup = JSON.parse(text(await exportBackup(now))) as Backup;
		const future = now + 1000 * 86_400_000;
		backup.attempts.push({
			...backup.attempts[0]!,
			id: 'forged',
			updatedAt: future,
			startedAt: future
		});
		backup.answers.push({ ...backup.answers[0]!, attemptId: 'forged', answeredAt: future });
		const later = now + 60_000;
		await importBackup(parseBackup(text(backup), later), 'merge');
		// Both resumable at the same moment at most: the one changed last on this device wins.
		await answerItems('set-a', [], now + 120_000);
		const forged = await getAttempt('forged');
		expect(forged).toMatchObject({ startedAt: later, updatedAt: later });
		expect((await answersFor('forged'))[0]?.answeredAt).toBe(later);
		expect((await findResumableAttempt('set-a'))?.id).not.toBe('forged');
		expect(await getAttempt(mine.id)).toBeDefined();
	});
});

describe('odd files the backup fuzz found (backupChain.ts)', () => {
	it('refuses two records with one key, naming both, rather than failing inside the import', async () => {
		await fill();
		const backup = await exportBackup(now);
		const twice = { ...backup, cards: [backup.cards[0], backup.cards[0]] };
		expect(() => parseBackup(text(twice))).toThrow(
			'Backup is damaged: cards[1].key: the same as cards[0].key ("set-a/q1")'
		);
		expect(await exportBackup(now)).toEqual(backup);
	});

	it('replaces with answers with ids, without, and with one id twice, keeping every one', async () => {
		await fill();
		const backup = await exportBackup(now);
		const [first, second] = backup.answers;
		const mixed = {
			...backup,
			answers: [
				{ ...first!, id: undefined },
				{ ...second!, id: 2 },
				{ ...first!, itemId: 'q3', id: 2 }
			]
		};
		await importBackup(parseBackup(text(mixed), now), 'replace');
		const stored = (await exportBackup(now)).answers;
		expect(stored.map((a) => a.itemId)).toEqual(['q2', 'q1', 'q3']);
		expect(stored[0]?.id).toBe(2);
	});

	it('refuses a review card the scheduler cannot read, so its question stays answerable', async () => {
		await fill();
		const backup = await exportBackup(now);
		const broken = { ...backup, cards: [{ ...backup.cards[0]!, stability: 0, difficulty: 1 }] };
		expect(() => parseBackup(text(broken))).toThrow(
			/^Backup is damaged: cards\[0\]: not a review state the scheduler can read/
		);
	});

	it('refuses an endless time limit, which the next backup could not write', async () => {
		await fill();
		const file = text(await exportBackup(now)).replace(
			'"status":"active"',
			'"status":"active","timeLimitSec":1e999'
		);
		expect(() => parseBackup(file)).toThrow(/^Backup is damaged: attempts\[0\]\.timeLimitSec/);
	});

	it('quotes at most a few dozen characters of a wrong value', async () => {
		await fill();
		const backup = await exportBackup(now);
		const long = { ...backup, settings: ['x'.repeat(5000)] };
		const message = (() => {
			try {
				parseBackup(text(long));
			} catch (error) {
				return (error as Error).message;
			}
		})();
		expect(message).toMatch(/^Backup is damaged: settings\[0\]: expected Object, found "x{49}…"$/);
	});

	it('refuses an answer numbered so high that no answer could be saved after it', async () => {
		await fill();
		const backup = await exportBackup(now);
		const file = text({ ...backup, answers: [{ ...backup.answers[0]!, id: 1e300 }] });
		expect(() => parseBackup(file, now)).toThrow(
			'Backup is damaged: answers[0].id: an answer number up to 4,294,967,296'
		);
		const highest = text({ ...backup, answers: [{ ...backup.answers[0]!, id: 2 ** 32 }] });
		await importBackup(parseBackup(highest, now), 'replace');
		await answerItems('set-a', [true], now);
		expect((await exportBackup(now)).answers).toHaveLength(2);
	});
});
