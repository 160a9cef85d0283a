import { loadSet } from '$lib/sets';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => ({
	set: await loadSet(fetch, params.id)
});
