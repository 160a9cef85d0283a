import { loadSetSummary } from '$lib/sets';
import type { LayoutLoad } from './$types';

// Every page of a set shows its title: the summary is loaded once, here, and inlined into each
// prerendered page. The questions are not (see Questions.svelte). Every set's page is a prerender
// entry (svelte.config.js), and the crawler finds the rest of the set's pages through its links.
export const load: LayoutLoad = async ({ fetch, params }) => ({
	set: await loadSetSummary(fetch, params.id)
});
