import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { getDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, setDbName } from './db';
import { keepReceivedResult, receivedQuiz } from './received';
import { readShelf } from './shelf';
import { customSet, customSets, updateItem } from './customSets';
import type { QuestionSet } from '$lib/pipeline/schema';
import { answersFor, findResumableAttempt } from './attempts';
import { cardFor, dueCards } from './cards';
import { getSetting } from './settings';
import { nextCard, ratingFor } from './schedule';
import { day, useFreshDb } from './testing';

let name = '';
beforeEach(() => {
	name = useFreshDb();
});

describe('schema', () => {
	it('creates the current version with every table and index pages query', async () => {
		const db = getDb();
		await db.open();
		expect(db.verno).toBe(4);
		const tables = Object.fromEntries(
			db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()])
		);
		expect(tables).toEqual({
			attempts: ['[setId+status]', 'startedAt'],
			answers: ['[attemptId+itemId]', '[setId+itemId]', 'answeredAt', 'attemptId'],
			settings: [],
			cards: ['due', 'setId'],
			roster: ['quizId', 'receivedAt'],
			customSets: ['createdAt'],
			customItems: ['setId'],
			received: ['openedAt']
		});
	});
});

describe('upgrade from version 1', () => {
	it('keeps v1 attempts, answers and settings and derives cards from the answers', async () => {
		const t0 = day(2026, 2, 1);
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.table('attempts').add({
			id: 'att-1',
			setId: 'set-a',
			mode: 'practice',
			itemIds: ['q1', 'q2'],
			position: 2,
			status: 'active',
			startedAt: t0
		});
		const answers = [
			{ itemId: 'q1', correct: true, answeredAt: t0 + 1000, durationMs: 8000 },
			{ itemId: 'q2', correct: false, answeredAt: t0 + 2000, durationMs: 8000 },
			{ itemId: 'q1', correct: true, answeredAt: t0 + 86_400_000, durationMs: 8000 }
		].map((a) => ({
			...a,
			attemptId: 'att-1',
			setId: 'set-a',
			response: { format: 'choice', choice: 'x' }
		}));
		await old.table('answers').bulkAdd(answers);
		await old.table('settings').put({ key: 'name', value: 'Ana' });
		old.close();

		setDbName(name);
		const resumed = await findResumableAttempt('set-a');
		expect(resumed).toMatchObject({ id: 'att-1', position: 2, updatedAt: t0 });
		expect(await answersFor('att-1')).toHaveLength(3);
		expect(await getSetting('name', '')).toBe('Ana');

		// The card is what replaying the answers through the scheduler gives.
		const ids = { setId: 'set-a', itemId: 'q1' };
		const once = nextCard(undefined, ids, ratingFor(true, 8000), t0 + 1000);
		const expected = nextCard(once, ids, ratingFor(true, 8000), t0 + 86_400_000);
		expect(await cardFor('set-a', 'q1')).toEqual(expected);
		expect((await cardFor('set-a', 'q2'))?.lapses).toBe(0);
		expect((await cardFor('set-a', 'q2'))?.lastRating).toBe(1);
		expect((await dueCards(t0 + 86_400_000)).map((c) => c.itemId)).toContain('q2');
	});
});

/** A made quiz as versions 1 and 2 stored it: one settings row holding the whole set. */
const madeSet: QuestionSet = {
	id: 'custom-abc',
	title: 'Pool vote',
	date: '2025-03-04',
	summary: '',
	tags: [],
	sources: [{ article: 'a1', outlet: 'Herald', title: 'Pool vote', published: '2025-03-04' }],
	items: ['First', 'Second'].map((word, i) => ({
		id: `tf-${i}`,
		type: 'true-false' as const,
		format: 'choice' as const,
		prompt: `True or false? The ${word} pool closed.`,
		answer: 'True',
		options: ['True', 'False'],
		explanation: '',
		citations: [{ article: 'a1', outlet: 'Herald', sentence: 'It closed.', start: 0, end: 10 }]
	}))
};

async function oldDatabase(name: string, version: 1 | 2) {
	const old = new Dexie(name);
	old.version(version).stores(version === 1 ? SCHEMA_V1 : SCHEMA_V2);
	await old.table('settings').bulkPut([
		{ key: 'set:custom-abc', value: { set: madeSet, createdAt: 500 }, updatedAt: 500 },
		// A row that no longer fits the schema is left where it was, not lost.
		{ key: 'set:custom-bad', value: { set: { id: 'custom-bad' } }, updatedAt: 1 },
		{ key: 'name', value: 'Ana', updatedAt: 1 }
	]);
	old.close();
}

for (const version of [1, 2] as const) {
	describe(`upgrade from version ${version} to 3`, () => {
		it('moves made quizzes out of settings into their own tables, editable afterwards', async () => {
			await oldDatabase(name, version);
			setDbName(name);
			expect(await customSet('custom-abc')).toEqual(madeSet);
			expect((await customSets()).map((s) => s.id)).toEqual(['custom-abc']);
			const db = getDb();
			expect(await db.settings.get('set:custom-abc')).toBeUndefined();
			expect(await db.settings.get('set:custom-bad')).toBeDefined();
			expect(await getSetting('name', '')).toBe('Ana');
			expect(await db.customItems.where('setId').equals('custom-abc').count()).toBe(2);

			await updateItem('custom-abc', { ...madeSet.items[1]!, prompt: 'Edited' });
			expect((await customSet('custom-abc'))?.items.map((i) => i.prompt)).toEqual([
				madeSet.items[0]!.prompt,
				'Edited'
			]);
		});
	});
}

/** A quiz from a teacher as versions 1 to 3 kept it: a settings row "received:<quiz id>". */
const kept = {
	quizId: 'quiz-9',
	title: 'Friday quiz',
	payload: '2ABC',
	openedAt: 700,
	result: { student: 'Ana', score: 4, total: 5, code: 'FD1.x.12345678', finishedAt: 800 }
};

for (const version of [1, 2, 3] as const) {
	describe(`upgrade from version ${version} to 4`, () => {
		it('moves quizzes received from a teacher into their own table, with their results', async () => {
			const old = new Dexie(name);
			old.version(version).stores([SCHEMA_V1, SCHEMA_V2, SCHEMA_V3][version - 1]!);
			await old.table('settings').bulkPut([
				{ key: 'received:quiz-9', value: kept, updatedAt: 700 },
				// A row that no longer fits the schema is left where it was, not lost.
				{ key: 'received:quiz-bad', value: { title: 3 }, updatedAt: 1 },
				{ key: 'name', value: 'Ana', updatedAt: 1 }
			]);
			old.close();

			setDbName(name);
			expect(await receivedQuiz('quiz-9')).toEqual(kept);
			const db = getDb();
			expect(await db.settings.get('received:quiz-9')).toBeUndefined();
			expect(await db.settings.get('received:quiz-bad')).toBeDefined();
			expect(await getSetting('name', '')).toBe('Ana');

			// Kept as before: a new result replaces the old one, and the shelf lists it.
			const again = { ...kept.result, score: 5, finishedAt: 900 };
			expect((await keepReceivedResult('quiz-9', again))?.result).toEqual(again);
		});
	});
}

describe('the shelf after an upgrade', () => {
	it('lists what the upgrade moved', async () => {
		setDbName();
		await Dexie.delete('factdeck');
		const old = new Dexie('factdeck');
		old.version(3).stores(SCHEMA_V3);
		await old.table('settings').put({ key: 'received:quiz-9', value: kept, updatedAt: 700 });
		old.close();
		await getDb().open();
		expect(await readShelf()).toEqual([kept]);
		setDbName();
	});
});
