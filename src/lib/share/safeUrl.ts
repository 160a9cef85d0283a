/**
 * Whether a link may reach an `href`: only absolute http: and https: URLs. Anything else
 * (javascript:, data:, vbscript:, blob:, relative paths) could run script in Factdeck's origin
 * or point somewhere the reader cannot see.
 */
export function isSafeUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const { protocol } = new URL(value);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}
