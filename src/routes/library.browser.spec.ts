import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { show } from '$lib/components/quiz/testing';
import type { SetListing } from '$lib/sets';
import Library from './+page.svelte';
import { PAGE_SIZE } from './library';

const topics = ['Lead pipes', 'Hurricane outlook', 'Security council', 'Noncompete rule'];

function library(count: number): SetListing[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `2025-01-set-${i}`,
		title: `${topics[i % topics.length]} ${i + 1}`,
		date: '2025-01-08',
		summary: 'What the reports say.',
		tags: [],
		sources: [],
		count: 10,
		itemIds: []
	}));
}

/**
 * The library as the app has it: prerendered with its first page of sets, then the whole index,
 * fetched once the page is up.
 */
function showLibrary(count: number) {
	const sets = library(count);
	vi.stubGlobal('fetch', async (url: string) =>
		url === '/data/sets/index.json'
			? new Response(JSON.stringify(sets))
			: new Response('not found', { status: 404 })
	);
	show(Library, { data: { total: count, sets: sets.slice(0, PAGE_SIZE) } });
	return sets;
}

afterEach(() => vi.unstubAllGlobals());

const cards = () => page.getByRole('main').getByRole('listitem');
const results = () => page.getByRole('status').filter({ hasText: /sets?\b|match/ });

describe('the library with many sets', () => {
	it('shows a page of sets, and more on request, with focus on the first one added', async () => {
		const sets = showLibrary(60);
		expect(cards().elements()).toHaveLength(PAGE_SIZE);
		await expect.element(results()).toHaveTextContent(`Showing ${PAGE_SIZE} of 60 sets`);

		await page.getByRole('button', { name: `Show ${PAGE_SIZE} more` }).click();
		expect(cards().elements()).toHaveLength(2 * PAGE_SIZE);
		await expect
			.element(page.getByRole('link', { name: sets[PAGE_SIZE]!.title, exact: true }))
			.toHaveFocus();
		await page.getByRole('button', { name: 'Show 12 more' }).click();
		expect(cards().elements()).toHaveLength(60);
		await expect.element(page.getByRole('button', { name: /more$/ })).not.toBeInTheDocument();
	});

	it('finds sets by the words typed and announces how many match', async () => {
		showLibrary(60);
		await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }), 'hurricane');
		flushSync();
		expect(cards().elements()).toHaveLength(15);
		await expect.element(results()).toHaveTextContent('15 sets match');
		await expect
			.element(page.getByRole('link', { name: 'Hurricane outlook 2', exact: true }))
			.toBeVisible();

		await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }), 'hurricane 58');
		await expect.element(results()).toHaveTextContent('1 set matches');

		await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }), 'volcano');
		await expect.element(results()).toHaveTextContent('No sets match');
		await page.getByRole('button', { name: 'Show all sets' }).click();
		await expect.element(results()).toHaveTextContent(`Showing ${PAGE_SIZE} of 60 sets`);
	});

	it('filters by progress: nothing answered yet means every set is not started', async () => {
		showLibrary(60);
		const filter = page.getByRole('combobox', { name: 'Show' });
		await userEvent.selectOptions(filter, 'In progress');
		await expect.element(results()).toHaveTextContent('No sets match');
		await userEvent.selectOptions(filter, 'Not started');
		await expect.element(results()).toHaveTextContent('60 sets match, showing 24');
	});

	it('has no search or filters for a handful of sets', async () => {
		showLibrary(3);
		expect(cards().elements()).toHaveLength(3);
		await expect.element(page.getByRole('searchbox')).not.toBeInTheDocument();
		await expect.element(page.getByRole('combobox')).not.toBeInTheDocument();
	});
});
