/**
 * A story offline is its data in Cache Storage: its summary, its questions and its matching
 * pairs. The newest stories' data comes with the app (the precache, scripts/precache.js); any
 * other story's is kept in a cache of its own once it is opened or kept with one tap. No page of
 * a story is stored: offline, the service worker answers them with the app's shell (404.html),
 * which draws them from that data. A stored page would name the scripts of the release that made
 * it, which the next release deletes.
 */
import { STORY_CACHE } from './storyCache.js';

export type OfflineStatus = 'app' | 'kept';

export const NONE_OFFLINE: ReadonlyMap<string, OfflineStatus> = new Map();

/** The files a story needs offline. */
export function storyFiles(id: string): string[] {
	const name = `${encodeURIComponent(id)}.json`;
	return [`/data/summaries/${name}`, `/data/sets/${name}`, `/data/pairs/${name}`];
}

const DATA_FILE = /^\/data\/(sets|summaries)\/([^/]+)\.json$/;

/** Every story whose summary and questions are in a cache, and which cache holds them. */
export async function readOfflineStories(): Promise<Map<string, OfflineStatus>> {
	const found = new Map<string, { files: Set<string>; status: OfflineStatus }>();
	for (const name of await caches.keys()) {
		const status: OfflineStatus | null =
			name === STORY_CACHE ? 'kept' : name.startsWith('workbox-precache') ? 'app' : null;
		if (!status) continue;
		for (const request of await (await caches.open(name)).keys()) {
			const match = DATA_FILE.exec(new URL(request.url).pathname);
			if (!match || match[2] === 'index') continue;
			const id = decodeURIComponent(match[2]!);
			const story = found.get(id) ?? { files: new Set(), status };
			story.files.add(match[1]!);
			if (status === 'app') story.status = 'app';
			found.set(id, story);
		}
	}
	const stories = new Map<string, OfflineStatus>();
	for (const [id, { files, status }] of found) if (files.size === 2) stories.set(id, status);
	return stories;
}

/** The same stories with one changed (a new map, for state that is replaced, not mutated). */
export function withStatus(
	stories: ReadonlyMap<string, OfflineStatus>,
	id: string,
	status: OfflineStatus | undefined
): ReadonlyMap<string, OfflineStatus> {
	const next = new Map(stories);
	if (status) next.set(id, status);
	else next.delete(id);
	return next;
}
