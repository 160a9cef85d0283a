import { loadAllSets } from '$lib/sets';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ sets: await loadAllSets(fetch) });
