// Shared by the service worker's build (vite.config.ts) and the page that reads and fills the
// cache (offlineStories.svelte.ts). Not in config.js: that module is in every page's first load,
// and this belongs to the code that loads later.

/** The cache that keeps the data of stories opened or kept offline, outside the precache. */
export const STORY_CACHE = 'factdeck-stories';
