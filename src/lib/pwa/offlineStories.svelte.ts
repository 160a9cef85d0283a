/**
 * Which stories open offline, as the pages show it: read from Cache Storage (storyFiles.ts) when
 * a page opens, and changed when the student opens a story, keeps one or lets one go.
 *
 * A story opened is kept (the set page calls `open`), but only while it is among the
 * OPENED_STORIES_KEPT most recently opened: opening one more lets the oldest go, so the cache
 * does not grow with every story ever looked at. A story kept with one tap (`keep`) is never let
 * go that way, only when the student removes it (`forget`).
 */
import { OPENED_STORIES_KEPT, STORY_CACHE } from './storyCache.js';
import {
	NONE_OFFLINE,
	cachedStories,
	readLedger,
	readOfflineStories,
	storiesToLetGo,
	storyFiles,
	writeLedger,
	type KeptStory,
	type OfflineStatus
} from './storyFiles';

/**
 * Runs `change` alone among this origin's tabs: the ledger is read, changed and written back,
 * and two tabs doing that at once would lose one's change. Browsers without Web Locks run it as
 * is (the worst case is a story's place in the order, not a story).
 */
function alone<T>(change: () => Promise<T>): Promise<T> {
	return 'locks' in navigator ? navigator.locks.request(STORY_CACHE, change) : change();
}

/** Stores what the story cache lacks of a story: fetched together, stored together. */
async function storeMissing(cache: Cache, id: string) {
	const missing: string[] = [];
	for (const url of storyFiles(id)) if (!(await cache.match(url))) missing.push(url);
	const responses = await Promise.all(missing.map((url) => fetch(url)));
	const failed = responses.findIndex((response) => !response.ok);
	if (failed >= 0) throw new Error(`${missing[failed]} answered ${responses[failed]!.status}`);
	await Promise.all(missing.map((url, i) => cache.put(url, responses[i]!)));
}

export class OfflineStories {
	// Replaced, not changed in place: a plain map in state, read by every card.
	#stories = $state.raw(NONE_OFFLINE);
	/** Cache Storage can be read here (a secure context, not the server). */
	supported = $state(false);
	/** Read at least once: until then nothing is known to be offline. */
	known = $state(false);
	problem = $state('');
	readonly #limit: number;

	/** `limit`: how many stories only opened stay (a spec sets a small one). */
	constructor(limit = OPENED_STORIES_KEPT) {
		this.#limit = limit;
	}

	status(id: string): OfflineStatus | undefined {
		return this.#stories.get(id);
	}

	async refresh() {
		this.supported = typeof caches !== 'undefined' && 'serviceWorker' in navigator;
		if (!this.supported) return;
		try {
			this.#stories = await readOfflineStories();
			this.known = true;
		} catch {
			// Cache Storage refused (a private window): nothing is shown as offline.
		}
	}

	/**
	 * A story's set page was opened: keep it offline (a no-op for one that comes with the app),
	 * as the most recently opened, and let go of the opened ones beyond the limit.
	 */
	async open(id: string) {
		const status = this.#stories.get(id);
		if (status === 'app') return;
		// One already offline is still opened when a file it lacks (its matching pairs, say)
		// cannot be fetched: offline, that is no news to show.
		await this.#change(
			id,
			(known) => ({ pinned: known?.pinned ?? false, opened: Date.now() }),
			status === undefined
		);
	}

	/** Keeps a story with one tap: stored, and never let go until `forget`. */
	async keep(id: string) {
		if (this.#stories.get(id) === 'app') return;
		await this.#change(
			id,
			(known) => ({ pinned: true, opened: known?.opened ?? Date.now() }),
			true
		);
	}

	/** Lets a kept or opened story go; the stories that come with the app stay. */
	async forget(id: string) {
		const status = this.#stories.get(id);
		if (!this.supported || !status || status === 'app') return;
		await alone(async () => {
			const cache = await caches.open(STORY_CACHE);
			await Promise.all(storyFiles(id).map((url) => cache.delete(url)));
			const ledger = await readLedger(cache);
			delete ledger[id];
			await writeLedger(cache, ledger);
		});
		// Read back rather than changed here: what is on the device is what the pages say.
		await this.refresh();
	}

	/**
	 * Stores the story, records it in the ledger, lets the oldest opened ones go, reads back.
	 * `whole`: a file that cannot be fetched is a failure (else what is stored will do).
	 */
	async #change(id: string, entry: (known: KeptStory | undefined) => KeptStory, whole: boolean) {
		if (!this.supported) return;
		this.problem = '';
		try {
			await alone(async () => {
				const cache = await caches.open(STORY_CACHE);
				await storeMissing(cache, id).catch((error: unknown) => {
					if (whole) throw error;
				});
				const ledger = await readLedger(cache);
				ledger[id] = entry(ledger[id]);
				const cached = await cachedStories(cache);
				const letGo = storiesToLetGo(cached, ledger, this.#limit);
				for (const gone of letGo) {
					await Promise.all(storyFiles(gone).map((url) => cache.delete(url)));
					cached.delete(gone);
				}
				// Only the stories still there: the ledger does not grow with the ones let go.
				await writeLedger(
					cache,
					Object.fromEntries(Object.entries(ledger).filter(([known]) => cached.has(known)))
				);
			});
		} catch (error) {
			this.problem = `This set could not be kept offline: ${error instanceof Error ? error.message : String(error)}`;
		}
		await this.refresh();
	}
}

export const offlineStories = new OfflineStories();
