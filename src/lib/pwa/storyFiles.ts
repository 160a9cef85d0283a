/**
 * A story offline is its data in Cache Storage: its summary, its questions and its matching
 * pairs. The newest stories' data comes with the app (the precache, scripts/precache.js); any
 * other story's is kept in a cache of its own once it is opened or kept with one tap. No page of
 * a story is stored: offline, the service worker answers them with the app's shell (404.html),
 * which draws them from that data. A stored page would name the scripts of the release that made
 * it, which the next release deletes.
 */
import { STORY_CACHE } from './storyCache.js';

/**
 * Where a story on the device comes from: the app (precached with it), kept with one tap
 * ("Keep offline", stays until removed), or opened (kept while among the most recently opened,
 * OPENED_STORIES_KEPT in storyCache.js).
 */
export type OfflineStatus = 'app' | 'kept' | 'opened';

export const NONE_OFFLINE: ReadonlyMap<string, OfflineStatus> = new Map();

/** The files a story needs offline. */
export function storyFiles(id: string): string[] {
	const name = `${encodeURIComponent(id)}.json`;
	return [`/data/summaries/${name}`, `/data/sets/${name}`, `/data/pairs/${name}`];
}

const DATA_FILE = /^\/data\/(sets|summaries|pairs)\/([^/]+)\.json$/;

/** The story a cached request belongs to, and which of its files it is. */
function storyFileOf(request: Request): { id: string; kind: string } | null {
	const match = DATA_FILE.exec(new URL(request.url).pathname);
	if (!match || match[2] === 'index') return null;
	return { id: decodeURIComponent(match[2]!), kind: match[1]! };
}

/** What the device knows of a story in the story cache: kept with one tap, and when last opened. */
export interface KeptStory {
	pinned: boolean;
	/** When its set page was last opened (or it was kept), in milliseconds since 1970. */
	opened: number;
}
export type Ledger = Record<string, KeptStory>;

/**
 * The ledger lives in the story cache itself, under an address no page or the service worker
 * fetches, so it goes wherever the stories go: a browser that clears the cache clears both.
 */
const LEDGER_URL = '/data/offline-stories.json';

/** Reads the ledger; anything malformed in it is dropped (the story then counts as opened long ago). */
export async function readLedger(cache: Cache): Promise<Ledger> {
	const ledger: Ledger = {};
	let stored: unknown;
	try {
		stored = await (await cache.match(LEDGER_URL))?.json();
	} catch {
		return ledger;
	}
	if (!stored || typeof stored !== 'object') return ledger;
	for (const [id, entry] of Object.entries(stored)) {
		const { pinned, opened } = (entry ?? {}) as Partial<KeptStory>;
		if (typeof opened === 'number' && Number.isFinite(opened))
			ledger[id] = { pinned: pinned === true, opened };
	}
	return ledger;
}

export async function writeLedger(cache: Cache, ledger: Ledger) {
	await cache.put(
		LEDGER_URL,
		new Response(JSON.stringify(ledger), { headers: { 'content-type': 'application/json' } })
	);
}

/** Every story with a file in the story cache, whole or not. */
export async function cachedStories(cache: Cache): Promise<Set<string>> {
	const ids = new Set<string>();
	for (const request of await cache.keys()) {
		const file = storyFileOf(request);
		if (file) ids.add(file.id);
	}
	return ids;
}

/**
 * The stories to let go from the story cache: those only opened, beyond the `limit` most
 * recently opened. A story kept with one tap is never among them; one the ledger does not know
 * (its files stored by the service worker as Review or a quiz fetched them) counts as opened
 * longest ago.
 */
export function storiesToLetGo(cached: Iterable<string>, ledger: Ledger, limit: number): string[] {
	const opened = [...new Set(cached)].filter((id) => !ledger[id]?.pinned);
	opened.sort(
		(a, b) => (ledger[b]?.opened ?? 0) - (ledger[a]?.opened ?? 0) || (a < b ? -1 : a > b ? 1 : 0)
	);
	return opened.slice(Math.max(0, limit));
}

/** Every story whose summary and questions are in a cache, and which cache holds them. */
export async function readOfflineStories(): Promise<Map<string, OfflineStatus>> {
	const found = new Map<string, { files: Set<string>; status: OfflineStatus }>();
	for (const name of await caches.keys()) {
		const fromApp = name.startsWith('workbox-precache');
		if (name !== STORY_CACHE && !fromApp) continue;
		const cache = await caches.open(name);
		const ledger = fromApp ? {} : await readLedger(cache);
		for (const request of await cache.keys()) {
			const file = storyFileOf(request);
			if (!file || file.kind === 'pairs') continue;
			const { id } = file;
			const status: OfflineStatus = fromApp ? 'app' : ledger[id]?.pinned ? 'kept' : 'opened';
			const story = found.get(id) ?? { files: new Set(), status };
			story.files.add(file.kind);
			if (status === 'app') story.status = 'app';
			found.set(id, story);
		}
	}
	const stories = new Map<string, OfflineStatus>();
	for (const [id, { files, status }] of found) if (files.size === 2) stories.set(id, status);
	return stories;
}
