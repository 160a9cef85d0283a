/**
 * Progress with a library of a thousand sets, in Chromium with its real IndexedDB: the answers
 * are stored as the player stores them, and the page reads them back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { show } from '$lib/components/quiz/testing';
import { answerItems, useFreshDb } from '$lib/db/testing';
import type { SetListing } from '$lib/sets';
import { PAGE_SIZE } from '../library';
import ProgressPage from './ProgressPage.svelte';

const DAY = 24 * 60 * 60 * 1000;
const itemIds = Array.from({ length: 10 }, (_, i) => `q${i + 1}`);

const library: SetListing[] = Array.from({ length: 1000 }, (_, i) => ({
	id: `2025-01-set-${i}`,
	title: `Story number ${i + 1}`,
	date: '2025-01-08',
	summary: 'What the reports say.',
	tags: [],
	sources: [],
	count: itemIds.length,
	itemIds
}));

beforeEach(() => {
	useFreshDb();
	vi.stubGlobal('fetch', async (url: string) =>
		url === '/data/sets/index.json'
			? new Response(JSON.stringify(library))
			: new Response('not found', { status: 404 })
	);
});
afterEach(() => vi.unstubAllGlobals());

const rows = () => page.getByTestId('set-mastery');
const count = () => page.getByRole('status');

describe('Progress with a thousand sets', () => {
	it('lists the sets started, most due first, a page at a time, and counts the rest', async () => {
		// Thirty sets answered right just now (nothing due), and one answered wrong ten days ago,
		// which is due again: it comes first although it is the oldest story of the lot.
		for (const set of library.slice(100, 130)) await answerItems(set.id, [true], Date.now());
		await answerItems(library[900]!.id, [false, false], Date.now() - 10 * DAY);

		show(ProgressPage, {});
		await expect.element(count()).toHaveTextContent(`31 sets started, showing ${PAGE_SIZE}`);
		expect(rows().elements()).toHaveLength(PAGE_SIZE);
		await expect.element(rows().first()).toHaveTextContent('Story number 901');
		await expect.element(rows().first()).toHaveTextContent('2 due now');
		await expect
			.element(page.getByTestId('not-started'))
			.toHaveTextContent('969 more sets not started yet.');
		await expect
			.element(page.getByRole('link', { name: 'Find one in the library' }))
			.toHaveAttribute('href', '/');

		await page.getByRole('button', { name: 'Show 7 more' }).click();
		expect(rows().elements()).toHaveLength(31);
		await expect.element(count()).toHaveTextContent('31 sets started');
		// Focus moves to the first row added, so the keyboard reads on from there.
		await expect.element(rows().nth(PAGE_SIZE).getByRole('link')).toHaveFocus();
		await expect.element(page.getByRole('button', { name: /more$/ })).not.toBeInTheDocument();
	});

	it('sends a learner who has started nothing to the library, with no thousand empty rows', async () => {
		show(ProgressPage, {});
		await expect.element(count()).toHaveTextContent('No set started yet');
		expect(rows().elements()).toHaveLength(0);
		await expect
			.element(page.getByTestId('not-started'))
			.toHaveTextContent('The library has 1,000 sets to choose from.');
		await expect.element(page.getByRole('link', { name: 'Open the library' })).toBeVisible();
	});
});
