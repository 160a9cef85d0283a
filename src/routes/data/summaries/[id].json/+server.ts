import { error, json } from '@sveltejs/kit';
import { setSummary, storyIds } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => storyIds().map((id) => ({ id }));

/**
 * One set's title, date, summary and sources: what a set's prerendered pages are rendered from.
 * Kit inlines what a page's load fetches into the page, so those pages fetch this rather than
 * the questions, which are stored once, in /data/sets/<id>.json, and fetched in the browser.
 */
export const GET: RequestHandler = ({ params }) => {
	const summary = setSummary(params.id);
	if (!summary) error(404, `No question set "${params.id}"`);
	return json(summary);
};
