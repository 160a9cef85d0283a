// Settings that both SvelteKit and the service-worker build must agree on.

/** Pages live at /about, /sets/x (no trailing slash): Kit writes about.html, Workbox maps it back. */
export const TRAILING_SLASH = 'never';

export const APP_NAME = 'Factdeck';
export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#ffffff';
