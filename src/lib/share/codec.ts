/**
 * Byte-level helpers shared by quiz links and result codes: base64url and base41, deflate-raw
 * through the platform's CompressionStream (result codes, version-1 links) and through fflate
 * where a preset dictionary is needed (version-2 links), capped inflates that refuse zip bombs,
 * SHA-256 short hashes and canonical JSON for stable ids.
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

/**
 * Version-2 link text: the 45 characters a QR code carries in alphanumeric mode (5.5 bits each,
 * against 8 for any other character) less those a URL fragment or a chat app would change:
 * space and "%" are escaped in URLs, "*" turns text bold in chat apps, and a "+" is read as a
 * space by form decoders. Two bytes are three characters (41^3 = 68,921 ≥ 65,536), like Base45
 * (RFC 9285): 1.5 characters a byte, 8.25 bits a byte in the QR code.
 *
 * The trade-off, per byte of payload (scripts/bench-link.ts measures it on real quizzes):
 *   base64url (byte mode)    1.33 characters  10.67 QR bits
 *   base36    (alphanumeric) 1.60 characters   8.80 QR bits
 *   base41    (alphanumeric) 1.50 characters   8.25 QR bits   <- links
 *   decimal   (numeric)      2.41 characters   8.03 QR bits
 * Base41 gives up 12 % of link length against base64url for 23 % fewer QR bits; decimal would
 * save 3 % more in the QR code at 60 % more characters.
 */
export const BASE41 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$-./:';
const BASE41_VALUE = new Map([...BASE41].map((char, index) => [char, index]));

export function toBase41(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		const n = bytes[i]! * 256 + bytes[i + 1]!;
		out += BASE41[Math.floor(n / 1681)]! + BASE41[Math.floor(n / 41) % 41] + BASE41[n % 41];
	}
	if (bytes.length % 2) {
		const n = bytes[bytes.length - 1]!;
		out += BASE41[Math.floor(n / 41)]! + BASE41[n % 41];
	}
	return out;
}

/** The bytes of base41 text, or null for a character, a length or a group base41 never writes. */
export function fromBase41(text: string): Uint8Array<ArrayBuffer> | null {
	if (text.length % 3 === 1) return null;
	const digits = Array.from(text, (char) => BASE41_VALUE.get(char) ?? -1);
	if (digits.includes(-1)) return null;
	const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 ? 1 : 0));
	let at = 0;
	for (let i = 0; i < digits.length; i += 3) {
		if (i + 2 >= digits.length) {
			const n = digits[i]! * 41 + digits[i + 1]!;
			if (n > 255) return null;
			out[at++] = n;
		} else {
			const n = digits[i]! * 1681 + digits[i + 1]! * 41 + digits[i + 2]!;
			if (n > 65535) return null;
			out[at++] = n >> 8;
			out[at++] = n & 255;
		}
	}
	return out;
}

/**
 * The first `chars` characters, in 0-9 A-Z, of the SHA-256 of `text`: the check at the end of
 * a version-2 link. Letters and digits only, so a chat app that leaves a closing "." or ":"
 * out of a link it underlines never cuts the link short.
 */
export async function shortHash36(text: string, chars: number): Promise<string> {
	const digest = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
	);
	let out = '';
	for (let i = 0; i < chars; i++) out += BASE41[digest[i]! % 36];
	return out;
}

/**
 * Deflate with a preset dictionary. CompressionStream has no dictionary option (the Compression
 * Streams standard takes only a format name), so this uses fflate, which the app already ships
 * for zip files; it loads with the first link made or opened.
 */
export async function deflateWithDictionary(
	bytes: Uint8Array,
	dictionary: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	const { deflateSync } = await import('fflate');
	return deflateSync(bytes, { level: 9, dictionary });
}

export type InflateBytesResult =
	{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: 'damaged' | 'too-large' };

/** The input is fed 1 KB at a time: deflate expands at most ~1,032 times, so 1 MB per step. */
const INFLATE_STEP = 1024;

/** Inflate with a preset dictionary, stopping as soon as the output passes `maxBytes`. */
export async function inflateWithDictionary(
	bytes: Uint8Array,
	dictionary: Uint8Array,
	maxBytes: number
): Promise<InflateBytesResult> {
	const { Inflate } = await import('fflate');
	const chunks: Uint8Array[] = [];
	let total = 0;
	let ended = false;
	const inflater = new Inflate({ dictionary }, (chunk, final) => {
		total += chunk.length;
		if (total <= maxBytes) chunks.push(chunk);
		ended = final;
	});
	try {
		for (let at = 0; at < bytes.length && total <= maxBytes; at += INFLATE_STEP)
			inflater.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
	} catch {
		// Truncated or altered deflate data.
		return { ok: false, error: 'damaged' };
	}
	if (total > maxBytes) return { ok: false, error: 'too-large' };
	if (!ended) return { ok: false, error: 'damaged' };
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return { ok: true, bytes: out };
}
