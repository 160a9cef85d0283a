/**
 * Byte-level helpers shared by quiz links and result codes: base64url, deflate-raw through the
 * platform's CompressionStream (native in browsers and Node 20, so no dependency), a capped
 * inflate that refuses zip bombs, SHA-256 short hashes and canonical JSON for stable ids.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]));

/** base64url without padding: the characters a URL fragment and a QR code carry unchanged. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** The bytes of a base64url text, or null when it holds a character or length base64 cannot. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const char of text) {
		const digit = LOOKUP.get(char);
		if (digit === undefined) return null;
		value = ((value << 6) | digit) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >> bits) & 0xff;
		}
	}
	return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number) {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		// Stop reading as soon as the cap is passed: a few KB of deflate can expand to gigabytes.
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
	return new Blob([bytes]).stream();
}

export async function deflate(text: string): Promise<Uint8Array> {
	const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(
		new CompressionStream('deflate-raw')
	);
	return (await readAll(stream, Number.MAX_SAFE_INTEGER)) ?? new Uint8Array();
}

export type InflateResult =
	{ ok: true; text: string } | { ok: false; error: 'damaged' | 'too-large' };

/** The UTF-8 text inside deflate-raw bytes; never more than `maxBytes` of output is produced. */
export async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	maxBytes: number
): Promise<InflateResult> {
	try {
		const stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
		const out = await readAll(stream, maxBytes);
		if (!out) return { ok: false, error: 'too-large' };
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
	} catch {
		// Truncated or altered deflate data, or bytes that are not UTF-8 text.
		return { ok: false, error: 'damaged' };
	}
}

/** The first `chars` base64url characters of the SHA-256 of `text`. */
export async function shortHash(text: string, chars: number): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return toBase64Url(new Uint8Array(digest)).slice(0, chars);
}

/** JSON with object keys sorted and undefined fields left out, so equal content hashes equally. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value))
		return `[${value.map((entry) => canonicalJson(entry ?? null)).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, entry]) => entry !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Remove the spaces and line breaks that e-mail, chat apps or a paste add inside a code. */
export function stripWhitespace(text: string): string {
	return text.replace(/\s+/g, '');
}
