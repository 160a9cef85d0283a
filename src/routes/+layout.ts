import { TRAILING_SLASH } from '$lib/config.js';

export const prerender = true;
export const trailingSlash = TRAILING_SLASH;
