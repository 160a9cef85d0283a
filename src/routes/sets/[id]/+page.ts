import { loadSet } from '$lib/sets';
import type { PageLoad } from './$types';

// Set pages are found by the prerender crawler through the library's links.
export const load: PageLoad = async ({ fetch, params }) => ({
	set: await loadSet(fetch, params.id)
});
