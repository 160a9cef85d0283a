import { loadSet } from '$lib/sets';
import type { LayoutLoad } from './$types';

// The set page, its quiz and its share page all need the set: loaded once, here. Set pages are
// found by the prerender crawler through the library's links.
export const load: LayoutLoad = async ({ fetch, params }) => ({
	set: await loadSet(fetch, params.id)
});
