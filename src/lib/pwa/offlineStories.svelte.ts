/**
 * Which stories open offline, as the pages show it: read from Cache Storage (storyFiles.ts) when
 * a page opens, and changed when the student keeps a story or lets it go.
 */
import { STORY_CACHE } from './storyCache.js';
import {
	NONE_OFFLINE,
	readOfflineStories,
	storyFiles,
	withStatus,
	type OfflineStatus
} from './storyFiles';

export type { OfflineStatus };

class OfflineStories {
	// Replaced, not changed in place: a plain map in state, read by every card.
	#stories = $state.raw(NONE_OFFLINE);
	/** Cache Storage can be read here (a secure context, not the server). */
	supported = $state(false);
	/** Read at least once: until then nothing is known to be offline. */
	known = $state(false);
	problem = $state('');

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

	/** Stores a story's files (a no-op for one already stored). */
	async keep(id: string) {
		if (!this.supported || this.#stories.has(id)) return;
		this.problem = '';
		try {
			const cache = await caches.open(STORY_CACHE);
			// Fetched together, stored together: a story is never half kept.
			await cache.addAll(storyFiles(id));
			this.#stories = withStatus(this.#stories, id, 'kept');
		} catch (error) {
			this.problem = `This set could not be kept offline: ${error instanceof Error ? error.message : String(error)}`;
		}
	}

	/** Lets a kept story go; the stories that come with the app stay. */
	async forget(id: string) {
		if (this.#stories.get(id) !== 'kept') return;
		const cache = await caches.open(STORY_CACHE);
		await Promise.all(storyFiles(id).map((url) => cache.delete(url)));
		this.#stories = withStatus(this.#stories, id, undefined);
	}
}

export const offlineStories = new OfflineStories();
