// Shared by the service worker's build (vite.config.ts) and the page that reads and fills the
// cache (offlineStories.svelte.ts). Not in config.js: that module is in every page's first load,
// and this belongs to the code that loads later.

/** The cache that keeps the data of stories opened or kept offline, outside the precache. */
export const STORY_CACHE = 'factdeck-stories';

/**
 * How many stories that were only opened (not kept with "Keep offline") stay in that cache. Past
 * it the least recently opened is let go when another is opened: a story's data is about 10 KB,
 * so this bounds them to about half a megabyte, while the stories a learner kept with one tap
 * stay until they remove them. Fifty is more sets than a learner works on at once; the newest
 * stories come with the app besides (PRECACHED_STORIES in config.js).
 */
export const OPENED_STORIES_KEPT = 50;
