import { json } from '@sveltejs/kit';
import { setSummaries } from '$lib/server/content';

export const prerender = true;

export function GET() {
	return json(setSummaries());
}
