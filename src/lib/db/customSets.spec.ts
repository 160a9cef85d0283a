import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import type { QuestionSet } from '$lib/pipeline/schema';
import { customSet, customSets, saveCustomSet } from './customSets';
import { exportBackup } from './backup';
import { setSetting } from './settings';
import { useFreshDb } from './testing';

const set = (id: string, title: string): QuestionSet => ({
	id,
	title,
	date: '2025-03-04',
	summary: '',
	tags: [],
	sources: [{ article: 'article', outlet: 'Herald', title, published: '2025-03-04' }],
	items: [
		{
			id: 'tf-1',
			type: 'true-false',
			format: 'choice',
			prompt: 'True or false? The pool closed.',
			answer: 'True',
			options: ['True', 'False'],
			explanation: 'The report says so.',
			citations: [
				{ article: 'article', outlet: 'Herald', sentence: 'The pool closed.', start: 0, end: 16 }
			]
		}
	]
});

beforeEach(() => {
	useFreshDb();
});

describe('custom sets', () => {
	it('saves a set, reads it back by id and lists sets newest first', async () => {
		await saveCustomSet(set('custom-a', 'First'), 100);
		await saveCustomSet(set('custom-b', 'Second'), 200);
		expect((await customSet('custom-a'))?.title).toBe('First');
		expect(await customSet('custom-zzz')).toBeUndefined();
		expect((await customSets()).map((s) => s.title)).toEqual(['Second', 'First']);
	});

	it('replaces a set saved again under the same id', async () => {
		await saveCustomSet(set('custom-a', 'Old'), 100);
		await saveCustomSet(set('custom-a', 'New'), 200);
		expect((await customSets()).map((s) => s.title)).toEqual(['New']);
	});

	it('skips a stored row that no longer fits the schema', async () => {
		await saveCustomSet(set('custom-a', 'Good'), 100);
		await setSetting('set:custom-bad', { set: { id: 'custom-bad', items: 'nope' }, createdAt: 1 });
		expect((await customSets()).map((s) => s.title)).toEqual(['Good']);
		expect(await customSet('custom-bad')).toBeUndefined();
	});

	it('travels in a backup', async () => {
		await saveCustomSet(set('custom-a', 'Kept'), 100);
		const backup = await exportBackup();
		expect(JSON.stringify(backup)).toContain('"title":"Kept"');
	});
});
