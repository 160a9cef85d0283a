import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import {
	addItem,
	copyIntoCustomSet,
	customSet,
	customSets,
	deleteCustomSet,
	deletedCustomSet,
	deleteItem,
	madeQuiz,
	moveItem,
	restoreCustomSet,
	saveCustomSet,
	undoLastChange,
	updateItem
} from './customSets';
import { exportBackup } from './backup';
import { getDb } from './db';
import { useFreshDb } from './testing';

const citation = {
	article: 'article',
	outlet: 'Herald',
	sentence: 'The pool closed.',
	start: 0,
	end: 16
};
const trueFalse = (id: string, prompt: string): Item => ({
	id,
	type: 'true-false',
	format: 'choice',
	prompt,
	answer: 'True',
	options: ['True', 'False'],
	explanation: 'The report says so.',
	citations: [citation]
});
const set = (id: string, title: string, n = 1): QuestionSet => ({
	id,
	title,
	date: '2025-03-04',
	summary: '',
	tags: [],
	sources: [{ article: 'article', outlet: 'Herald', title, published: '2025-03-04' }],
	items: Array.from({ length: n }, (_, i) => trueFalse(`tf-${i + 1}`, `Statement ${i + 1}`))
});
const prompts = async (id: string) => (await customSet(id))?.items.map((i) => i.prompt);

beforeEach(() => {
	useFreshDb();
});

describe('custom sets', () => {
	it('saves a set, reads it back by id and lists sets newest first', async () => {
		await saveCustomSet(set('custom-a', 'First'), 100);
		await saveCustomSet(set('custom-b', 'Second'), 200);
		expect((await customSet('custom-a'))?.title).toBe('First');
		expect(await customSet('custom-a')).toEqual(set('custom-a', 'First'));
		expect(await customSet('custom-zzz')).toBeUndefined();
		expect((await customSets()).map((s) => s.title)).toEqual(['Second', 'First']);
	});

	it('replaces an unedited set pasted again, but keeps an edited one and saves beside it', async () => {
		await saveCustomSet(set('custom-a', 'Old'), 100);
		expect(await saveCustomSet(set('custom-a', 'New'), 200)).toBe('custom-a');
		expect((await customSets()).map((s) => s.title)).toEqual(['New']);

		await updateItem('custom-a', trueFalse('tf-1', 'Reworded'), 300);
		const id = await saveCustomSet(set('custom-a', 'Again'), 400);
		expect(id).toMatch(/^custom-a-[a-z0-9]{6}$/);
		expect(await prompts('custom-a')).toEqual(['Reworded']);
		expect((await customSets()).map((s) => s.title)).toEqual(['Again', 'New']);
	});

	it('skips a stored question that no longer fits the schema', async () => {
		await saveCustomSet(set('custom-a', 'Good', 2), 100);
		await getDb().customItems.put({
			key: 'custom-a/tf-2',
			setId: 'custom-a',
			item: { id: 'tf-2', format: 'essay' } as unknown as Item
		});
		expect(await prompts('custom-a')).toEqual(['Statement 1']);
	});

	it('travels in a backup', async () => {
		await saveCustomSet(set('custom-a', 'Kept'), 100);
		const backup = await exportBackup();
		expect(backup.customSets.map((s) => s.title)).toEqual(['Kept']);
		expect(backup.customItems).toHaveLength(1);
	});
});

describe('question editor store', () => {
	beforeEach(async () => {
		await saveCustomSet(set('custom-a', 'Quiz', 4), 100);
	});

	it('stores an edit at once, and undo puts the old question back', async () => {
		await updateItem('custom-a', { ...trueFalse('tf-2', 'Changed'), answer: 'False' }, 200);
		expect((await customSet('custom-a'))?.items[1]).toMatchObject({
			prompt: 'Changed',
			answer: 'False'
		});
		expect((await madeQuiz('custom-a'))?.undoLabel).toBe('Edited question 2');
		expect(await undoLastChange('custom-a', 300)).toBe('Edited question 2');
		expect((await customSet('custom-a'))?.items[1]).toEqual(trueFalse('tf-2', 'Statement 2'));
		// One step of undo: it is spent.
		expect((await madeQuiz('custom-a'))?.undoLabel).toBeUndefined();
		expect(await undoLastChange('custom-a', 400)).toBeUndefined();
	});

	it('refuses an edit the checker rejects, naming the field, and changes nothing', async () => {
		const bad = { ...trueFalse('tf-1', 'Q'), options: ['True', 'true'] };
		await expect(updateItem('custom-a', bad, 200)).rejects.toThrow(
			'Option 2 is the same as option 1.'
		);
		expect(await prompts('custom-a')).toEqual([
			'Statement 1',
			'Statement 2',
			'Statement 3',
			'Statement 4'
		]);
		expect((await madeQuiz('custom-a'))?.updatedAt).toBe(100);
	});

	it('reorders, and undo restores the order', async () => {
		await moveItem('custom-a', 'tf-3', 0, 200);
		expect(await prompts('custom-a')).toEqual([
			'Statement 3',
			'Statement 1',
			'Statement 2',
			'Statement 4'
		]);
		expect((await madeQuiz('custom-a'))?.undoLabel).toBe('Moved question 3 to 1');
		await moveItem('custom-a', 'tf-3', 99, 300);
		expect((await prompts('custom-a'))?.at(-1)).toBe('Statement 3');
		await undoLastChange('custom-a', 400);
		expect((await prompts('custom-a'))?.[0]).toBe('Statement 3');
	});

	it('deletes a question and undo brings it back in its place', async () => {
		await deleteItem('custom-a', 'tf-2', 200);
		expect(await prompts('custom-a')).toEqual(['Statement 1', 'Statement 3', 'Statement 4']);
		expect((await madeQuiz('custom-a'))?.undoLabel).toBe('Deleted question 2');
		await undoLastChange('custom-a', 300);
		expect(await prompts('custom-a')).toEqual([
			'Statement 1',
			'Statement 2',
			'Statement 3',
			'Statement 4'
		]);
	});

	it('adds a question of another format without a citation, with a new id; undo removes it', async () => {
		const number: Item = {
			id: 'ignored',
			type: 'written',
			format: 'number',
			prompt: 'How many lanes does the pool have?',
			answer: '8',
			tolerance: 0,
			explanation: '',
			citations: []
		};
		const id = await addItem('custom-a', number, 200);
		expect(id).toMatch(/^added-/);
		const items = (await customSet('custom-a'))?.items ?? [];
		expect(items).toHaveLength(5);
		expect(items[4]).toEqual({ ...number, id });
		await undoLastChange('custom-a', 300);
		expect(await customSet('custom-a')).toEqual(set('custom-a', 'Quiz', 4));
		expect(await getDb().customItems.get(`custom-a/${id}`)).toBeUndefined();
	});

	it('duplicates a quiz into a new, separate one', async () => {
		const copy = await copyIntoCustomSet((await customSet('custom-a'))!, undefined, 200);
		expect(copy).toMatch(/^mine-/);
		await deleteItem(copy, 'tf-1', 300);
		expect((await customSet(copy))?.title).toBe('Quiz (copy)');
		expect(await prompts(copy)).toHaveLength(3);
		expect(await prompts('custom-a')).toHaveLength(4);
		expect((await madeQuiz(copy))?.copiedFrom).toBe('custom-a');
	});

	it('deletes a whole quiz; undo restores it until the next delete', async () => {
		await saveCustomSet(set('custom-b', 'Other'), 150);
		await deleteCustomSet('custom-a', 200);
		expect(await customSet('custom-a')).toBeUndefined();
		expect((await customSets()).map((s) => s.id)).toEqual(['custom-b']);
		expect(await deletedCustomSet()).toEqual({ id: 'custom-a', title: 'Quiz' });
		await restoreCustomSet('custom-a', 300);
		expect(await prompts('custom-a')).toHaveLength(4);
		expect(await deletedCustomSet()).toBeUndefined();

		await deleteCustomSet('custom-a', 400);
		await deleteCustomSet('custom-b', 500);
		// Only the quiz deleted last can come back; the one before is gone for good.
		expect(await deletedCustomSet()).toEqual({ id: 'custom-b', title: 'Other' });
		expect(await getDb().customSets.get('custom-a')).toBeUndefined();
		expect(await getDb().customItems.where('setId').equals('custom-a').count()).toBe(0);
	});

	it('edits survive closing and reopening the database', async () => {
		await moveItem('custom-a', 'tf-4', 0, 200);
		getDb().close();
		expect((await prompts('custom-a'))?.[0]).toBe('Statement 4');
		expect((await madeQuiz('custom-a'))?.undoLabel).toBe('Moved question 4 to 1');
	});
});
