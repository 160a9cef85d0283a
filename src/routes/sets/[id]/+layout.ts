import { loadSetSummary } from '$lib/sets';
import type { LayoutLoad } from './$types';

// Every page of a set shows its title: the summary is loaded once, here, and inlined into each
// prerendered page. The questions are not (see Questions.svelte). Set pages are found by the
// prerender crawler through the library's links.
export const load: LayoutLoad = async ({ fetch, params }) => ({
	set: await loadSetSummary(fetch, params.id)
});
