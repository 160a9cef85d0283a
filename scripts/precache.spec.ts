import { describe, expect, it } from 'vitest';
import { keepNewest, storyOfUrl } from './precache.js';

describe('the precache with a large library', () => {
	it('knows which story a page or data file belongs to', () => {
		const page = (id: string) => ({ id, page: true });
		const data = (id: string) => ({ id, page: false });
		expect(storyOfUrl('sets/2025-01-a')).toEqual(page('2025-01-a'));
		expect(storyOfUrl('sets/2025-01-a/quiz')).toEqual(page('2025-01-a'));
		expect(storyOfUrl('data/sets/2025-01-a.json')).toEqual(data('2025-01-a'));
		expect(storyOfUrl('data/summaries/2025-01-a.json')).toEqual(data('2025-01-a'));
		expect(storyOfUrl('data/pairs/2025-01-a.json')).toEqual(data('2025-01-a'));
		expect(storyOfUrl('data/sets/index.json')).toEqual(data('index'));
		expect(storyOfUrl('settings')).toBeUndefined();
		expect(storyOfUrl('_app/immutable/nodes/3.js')).toBeUndefined();
	});

	it('keeps the app and the newest stories’ data, and drops every page of a story', () => {
		const ids = Array.from({ length: 1000 }, (_, i) => `story-${i}`);
		const entries = [
			{ url: '/' },
			{ url: 'settings' },
			{ url: 'data/sets/index.json' },
			{ url: '_app/immutable/entry/start.js' },
			...ids.flatMap((id) => [
				{ url: `sets/${id}` },
				{ url: `sets/${id}/quiz` },
				{ url: `data/sets/${id}.json` },
				{ url: `data/summaries/${id}.json` }
			])
		];
		const kept = keepNewest(entries, new Set(ids.slice(0, 20)), new Set(ids));
		expect(kept.slice(0, 4).map((e) => e.url)).toEqual([
			'/',
			'settings',
			'data/sets/index.json',
			'_app/immutable/entry/start.js'
		]);
		expect(kept.slice(4).map((e) => e.url)).toEqual(
			ids.slice(0, 20).flatMap((id) => [`data/sets/${id}.json`, `data/summaries/${id}.json`])
		);
	});
});
