/**
 * The one check for web addresses that come from articles, links and backups. Only http: and
 * https: may reach an `href`: a `javascript:`, `data:` or `vbscript:` address would run script
 * in Factdeck's origin, which holds the learner's whole progress. The address is parsed the way
 * the browser parses an `href` (so " JavaScript:" and "java\tscript:" are caught too) and the
 * parsed form is what gets used.
 */

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** The address as an `href` when it is an absolute http(s) URL, else undefined. */
export function safeHref(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	return WEB_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

/** What a refused address should have been, for messages that name the field. */
export const WEB_URL_MESSAGE = 'a web address starting with http:// or https://';
