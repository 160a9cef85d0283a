import { error, json } from '@sveltejs/kit';
import { pairsFor, storyIds } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => storyIds().map((id) => ({ id }));

/** The matching game's pairs for one built-in set, prerendered beside the set's questions. */
export const GET: RequestHandler = ({ params }) => {
	const pairs = pairsFor(params.id);
	if (!pairs) error(404, `No question set "${params.id}"`);
	return json(pairs);
};
