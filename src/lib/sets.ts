import { error, isHttpError } from '@sveltejs/kit';
import type { QuestionSet, SetSummary } from '$lib/pipeline/schema';

type Fetch = typeof fetch;

/** A set as the library lists it: its summary and its question ids (what counts as due). */
export type SetListing = SetSummary & { itemIds: string[] };

/**
 * Question sets are prerendered JSON files, so the same URLs serve the build, the pages and the
 * service worker's cache (which is what makes them work offline).
 */
async function fetchJson(fetch: Fetch, url: string, what: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		// Only reached offline, for a file the service worker does not hold.
		error(503, `${what} could not be loaded: you are offline and it is not kept on this device`);
	}
	if (response.status === 404) error(404, 'There is no question set at this address');
	if (!response.ok) error(response.status, `${what} could not be loaded`);
	return response.json();
}

export async function loadSetIndex(fetch: Fetch): Promise<SetListing[]> {
	return (await fetchJson(
		fetch,
		'/data/sets/index.json',
		'The list of question sets'
	)) as SetListing[];
}

/** A set without its questions: what the pages of a set are prerendered from. */
export async function loadSetSummary(fetch: Fetch, id: string): Promise<SetSummary> {
	const url = `/data/summaries/${encodeURIComponent(id)}.json`;
	return (await fetchJson(fetch, url, 'This question set')) as SetSummary;
}

export async function loadSet(fetch: Fetch, id: string): Promise<QuestionSet> {
	const url = `/data/sets/${encodeURIComponent(id)}.json`;
	return (await fetchJson(fetch, url, 'This question set')) as QuestionSet;
}

/** The message of what loadSet and friends throw, for a page to show. */
export function loadProblem(thrown: unknown): string {
	if (isHttpError(thrown)) return thrown.body.message;
	return thrown instanceof Error ? thrown.message : String(thrown);
}
