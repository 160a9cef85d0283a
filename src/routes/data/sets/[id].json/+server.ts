import { error, json } from '@sveltejs/kit';
import { findSet, storyIds } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => storyIds().map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const set = findSet(params.id);
	if (!set) error(404, `No question set "${params.id}"`);
	return json(set);
};
