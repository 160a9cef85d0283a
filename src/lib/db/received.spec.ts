import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, SCHEMA_V3, setDbName } from './db';
import { keepReceivedQuiz, keepReceivedResult, receivedQuiz } from './received';
import { setSetting } from './settings';
import { readShelf } from './shelf';

const quiz = { quizId: 'q1', title: 'Friday quiz', payload: '1abc' };
const result = { student: 'Ana', score: 4, total: 5, code: 'FD1.x.12345678', finishedAt: 2000 };

describe('quizzes from a teacher, kept on the device', () => {
	beforeEach(async () => {
		setDbName();
		await Dexie.delete('factdeck');
	});

	it('reads an empty shelf without creating the database', async () => {
		expect(await readShelf()).toEqual([]);
		expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('factdeck');
	});

	it('keeps an opened quiz and its result, and opening it again keeps the result', async () => {
		await keepReceivedQuiz(quiz, 1000);
		await keepReceivedResult('q1', result);
		await keepReceivedQuiz(quiz, 3000);
		expect(await receivedQuiz('q1')).toEqual({ ...quiz, openedAt: 3000, result });
		setDbName();
		expect(await readShelf()).toEqual([{ ...quiz, openedAt: 3000, result }]);
	});

	it('lists the latest opened first and skips rows that are not quizzes', async () => {
		await keepReceivedQuiz(quiz, 1000);
		await keepReceivedQuiz({ ...quiz, quizId: 'q2', title: 'Monday quiz' }, 2000);
		await getDb().received.put({ quizId: 'broken', title: 3 } as never);
		await setSetting('studentName', 'Ana');
		setDbName();
		expect((await readShelf()).map((q) => q.title)).toEqual(['Monday quiz', 'Friday quiz']);
		expect(await receivedQuiz('broken')).toBeUndefined();
	});

	it('reads the shelf of a database not yet upgraded, without upgrading it', async () => {
		// The library may be the first page a new release opens: the quizzes are settings rows.
		const old = new Dexie('factdeck');
		old.version(3).stores(SCHEMA_V3);
		await old.table('settings').bulkPut([
			{ key: 'received:q1', value: { ...quiz, openedAt: 1000, result }, updatedAt: 1000 },
			{ key: 'studentName', value: 'Ana', updatedAt: 1 }
		]);
		old.close();
		expect(await readShelf()).toEqual([{ ...quiz, openedAt: 1000, result }]);
		const [info] = (await indexedDB.databases()).filter((db) => db.name === 'factdeck');
		expect(info?.version).toBe(30);
	});

	it('keeps no result for a quiz it never kept', async () => {
		expect(await keepReceivedResult('nope', result)).toBeUndefined();
		expect(await receivedQuiz('nope')).toBeUndefined();
	});
});
