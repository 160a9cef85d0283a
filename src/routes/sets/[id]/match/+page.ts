import { error } from '@sveltejs/kit';
import type { MatchingPairs } from '$lib/pipeline/questions/pairs';
import type { PageLoad } from './$types';

/** The set's pairs are prerendered beside its questions, so the game works offline too. */
export const load: PageLoad = async ({ fetch, params }) => {
	const response = await fetch(`/data/pairs/${encodeURIComponent(params.id)}.json`);
	if (!response.ok) error(response.status, 'The matching game for this set could not be loaded');
	return { pairs: (await response.json()) as MatchingPairs };
};
