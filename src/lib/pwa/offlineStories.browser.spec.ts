/**
 * Keeping stories offline in Chromium's real Cache Storage: what the pages are told is what the
 * cache holds, once stories are opened past the limit, kept with one tap and removed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfflineStories } from './offlineStories.svelte';
import { STORY_CACHE } from './storyCache.js';
import { storyFiles } from './storyFiles';

let clock = 0;
/** Each step a minute after the one before, so "most recently opened" is never a tie. */
const later = () => vi.spyOn(Date, 'now').mockReturnValue((clock += 60_000));

beforeEach(async () => {
	await caches.delete(STORY_CACHE);
	vi.stubGlobal('fetch', async (url: string) =>
		url.startsWith('/data/')
			? new Response(JSON.stringify({ url }), { headers: { 'content-type': 'application/json' } })
			: new Response('not found', { status: 404 })
	);
});
afterEach(async () => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	await caches.delete(STORY_CACHE);
});

/** The stories with all their files in the story cache. */
async function stored(): Promise<string[]> {
	const cache = await caches.open(STORY_CACHE);
	const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
	const whole = await Promise.all(
		ids.map(async (id) =>
			(await Promise.all(storyFiles(id).map((url) => cache.match(url)))).every(Boolean)
		)
	);
	return ids.filter((_, i) => whole[i]);
}

async function storiesWithLimit(limit: number) {
	const stories = new OfflineStories(limit);
	await stories.refresh();
	expect(stories.supported).toBe(true);
	return stories;
}

async function open(stories: OfflineStories, ...ids: string[]) {
	for (const id of ids) {
		later();
		await stories.open(id);
	}
}

describe('stories kept offline', () => {
	it('keeps the stories opened up to the limit and lets the least recently opened go', async () => {
		const stories = await storiesWithLimit(3);
		await open(stories, 'a', 'b', 'c');
		expect(await stored()).toEqual(['a', 'b', 'c']);
		expect(stories.status('a')).toBe('opened');

		// Opening "a" again makes "b" the oldest: it goes when a fourth is opened.
		await open(stories, 'a', 'd');
		expect(await stored()).toEqual(['a', 'c', 'd']);
		expect(stories.status('b')).toBeUndefined();
		expect(stories.problem).toBe('');
	});

	it('never lets go of a story kept with one tap, and says which is which', async () => {
		const stories = await storiesWithLimit(2);
		later();
		await stories.keep('a');
		expect(stories.status('a')).toBe('kept');
		await open(stories, 'b', 'c', 'd', 'e', 'a');
		expect(await stored()).toEqual(['a', 'd', 'e']);
		expect(stories.status('a')).toBe('kept');
		expect(stories.status('e')).toBe('opened');

		// Kept with one tap after it was opened: it stays however many are opened after it.
		later();
		await stories.keep('d');
		await open(stories, 'f', 'g', 'h');
		expect(await stored()).toEqual(['a', 'd', 'g', 'h']);

		// Another tab, or the next visit, reads the same from the cache.
		const next = await storiesWithLimit(2);
		expect(['a', 'd', 'g', 'h'].map((id) => next.status(id))).toEqual([
			'kept',
			'kept',
			'opened',
			'opened'
		]);

		// Removed, it goes at once; the others stay.
		await next.forget('a');
		expect(await stored()).toEqual(['d', 'g', 'h']);
		expect(next.status('a')).toBeUndefined();
	});

	it('counts what the service worker stored on its own as opened longest ago', async () => {
		const cache = await caches.open(STORY_CACHE);
		// Review fetched a set's questions: the service worker keeps them, no set page opened.
		await cache.put('/data/sets/h.json', new Response('{}'));
		const stories = await storiesWithLimit(2);
		await open(stories, 'a');
		expect(await cache.match('/data/sets/h.json')).toBeDefined();
		await open(stories, 'b');
		expect(await cache.match('/data/sets/h.json')).toBeUndefined();
		expect(await stored()).toEqual(['a', 'b']);
	});

	it('keeps nothing of a story whose files cannot all be fetched, and says so', async () => {
		vi.stubGlobal('fetch', async (url: string) =>
			url.includes('/pairs/')
				? new Response('gone', { status: 404 })
				: new Response('{}', { headers: { 'content-type': 'application/json' } })
		);
		const stories = await storiesWithLimit(2);
		await stories.keep('a');
		expect(stories.status('a')).toBeUndefined();
		expect(await stored()).toEqual([]);
		expect(stories.problem).toMatch(/could not be kept offline: .*pairs\/a\.json answered 404/);
	});
});
