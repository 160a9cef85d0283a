import { error } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/pipeline/schema';

type Fetch = typeof fetch;

/** A set as the library lists it: its summary and its question ids (what counts as due). */
export type SetListing = SetSummary & { itemIds: string[] };

/**
 * Question sets are prerendered JSON files, so the same URLs serve the build, the pages and the
 * service worker's cache (which is what makes them work offline).
 */
export async function loadSetIndex(fetch: Fetch): Promise<SetListing[]> {
	const response = await fetch('/data/sets/index.json');
	if (!response.ok) error(response.status, 'The list of question sets could not be loaded');
	return (await response.json()) as SetListing[];
}

export async function loadSet(fetch: Fetch, id: string): Promise<QuestionSet> {
	const response = await fetch(`/data/sets/${encodeURIComponent(id)}.json`);
	if (response.status === 404) error(404, 'There is no question set at this address');
	if (!response.ok) error(response.status, 'This question set could not be loaded');
	return (await response.json()) as QuestionSet;
}

/** Every question set, for pages that work across sets (review, progress). */
export async function loadAllSets(fetch: Fetch): Promise<QuestionSet[]> {
	const index = await loadSetIndex(fetch);
	return Promise.all(index.map((summary) => loadSet(fetch, summary.id)));
}
