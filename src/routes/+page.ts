import { error } from '@sveltejs/kit';
import type { SetListing } from '$lib/sets';
import type { PageLoad } from './$types';

/**
 * The newest sets, as many as the library shows at first, and how many there are in all: the
 * page fetches the whole index once it is up (see +page.svelte), so what is inlined into the
 * prerendered page does not grow with the library. Precached, like the index.
 */
export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('/data/newest.json');
	if (!response.ok) error(response.status, 'The list of question sets could not be loaded');
	return (await response.json()) as { total: number; sets: SetListing[] };
};
