// Settings that both SvelteKit and the service-worker build must agree on.

/** Pages live at /about, /sets/x (no trailing slash): Kit writes about.html, Workbox maps it back. */
export const TRAILING_SLASH = 'never';

export const APP_NAME = 'Factdeck';
export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#ffffff';

/**
 * How many of the newest stories the service worker precaches with the app. Any other story is
 * kept on the device once it is opened or kept with "Keep offline" (src/lib/pwa/offlineStories.svelte.ts).
 */
export const PRECACHED_STORIES = 20;
