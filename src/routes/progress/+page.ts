import { loadSetIndex } from '$lib/sets';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ sets: await loadSetIndex(fetch) });
