import { json } from '@sveltejs/kit';
import { setSummaries } from '$lib/server/content';
import { PAGE_SIZE } from '../../library';

export const prerender = true;

/**
 * The first page of the library and how many sets there are: what the home page is prerendered
 * from. The whole index (/data/sets/index.json) is fetched once the page is up, so the page does
 * not grow with the library.
 */
export function GET() {
	const sets = setSummaries();
	return json({ total: sets.length, sets: sets.slice(0, PAGE_SIZE) });
}
