/**
 * Quiz links: `${origin}/play/#q=<payload>`. The quiz sits in the URL fragment, which browsers
 * never send to a server. The same payload text, saved to a file, travels as a file too.
 *
 * Version 2 (made today): "2" + base41(deflate-raw(packed quiz, preset dictionary)) + a 6-character
 * check, all in the characters a QR code packs densest (see packed.ts, dictionary.ts, codec.ts).
 * Version 1 (made until 2026): "1" + base64url(deflate-raw(wire JSON)) + check; still opened.
 */
import * as v from 'valibot';
import {
	deflateWithDictionary,
	fromBase41,
	fromBase64Url,
	inflate,
	inflateWithDictionary,
	shortHash,
	shortHash36,
	stripWhitespace,
	toBase41
} from './codec';
import { BytesError } from './bytes';
import { LINK_DICTIONARY } from './dictionary';
import { NewerLinkError, quizFromBytes, quizToBytes } from './packed';
import { makeShareQuiz, ShareQuizSchema, type ShareQuiz, type ShareQuizContent } from './quiz';
import { quizFromWire } from './wire';

export const LINK_VERSION = '2';
const JSON_VERSION = '1';
/**
 * About what one QR code on a projector still scans reliably. A longer link is still offered
 * (to copy and send), with the quiz as a file beside it.
 */
export const MAX_URL_LENGTH = 2000;
/** Caps applied before any work: a link (or quiz file) longer than this is not even inflated. */
export const MAX_PAYLOAD_CHARS = 200_000;
export const MAX_JSON_BYTES = 2_000_000;
const CHECK_LENGTH = 6;

export type LinkError = 'damaged' | 'newer-version' | 'too-large';
export type DecodedLink =
	{ ok: true; quiz: ShareQuiz } | { ok: false; error: LinkError; message: string };
export type ShareUrl =
	| {
			ok: true;
			url: string;
			length: number;
			/** Longer than one QR code on a projector reads well: offer the quiz as a file too. */
			long: boolean;
	  }
	| { ok: false; reason: 'invalid'; message: string };

/** The payload for a quiz (what follows `#q=`). Throws when the content breaks the schema. */
export async function encodeShareLink(quiz: ShareQuizContent): Promise<string> {
	const content = v.parse(ShareQuizSchema, quiz);
	const packed = await deflateWithDictionary(quizToBytes(content), LINK_DICTIONARY);
	const body = LINK_VERSION + toBase41(packed);
	return body + (await shortHash36(body, CHECK_LENGTH));
}

/** The full link, whatever its length, or why there is none: content the schema refuses. */
export async function buildShareUrl(
	origin: string,
	quiz: ShareQuizContent,
	path = '/play/'
): Promise<ShareUrl> {
	const checked = await makeShareQuiz(quiz);
	if (!checked.ok) return { ok: false, reason: 'invalid', message: checked.message };
	const url = `${origin.replace(/\/+$/, '')}${path}#q=${await encodeShareLink(checked.quiz)}`;
	return { ok: true, url, length: url.length, long: url.length > MAX_URL_LENGTH };
}

const damaged = (why: string): DecodedLink => ({
	ok: false,
	error: 'damaged',
	message: `This link is damaged (${why}). Ask for the link or QR code again.`
});

/** A link that decodes but holds content Factdeck will not open; `why` names the field. */
const refused = (why: string): DecodedLink => ({
	ok: false,
	error: 'damaged',
	message: `This link holds a quiz Factdeck cannot open (${why}). Ask for a new link.`
});

/** The payload inside a full URL, a `#q=…` hash, or the bare payload (as pasted or in a file). */
export function payloadOf(input: string): string {
	const text = stripWhitespace(input);
	const hash = text.includes('#') ? text.slice(text.lastIndexOf('#') + 1) : text;
	const param = hash.split('&').find((part) => part.startsWith('q='));
	return param ? param.slice(2) : hash;
}

/** A quiz from a link, hash or payload. Never throws: every failure is a plain-English error. */
export async function decodeShareLink(hashOrUrl: string): Promise<DecodedLink> {
	try {
		if (typeof hashOrUrl !== 'string') return damaged('it is not text');
		if (hashOrUrl.length > MAX_PAYLOAD_CHARS * 2) return tooLarge();
		const payload = payloadOf(hashOrUrl);
		if (payload.length > MAX_PAYLOAD_CHARS) return tooLarge();
		if (payload.length === 0) return damaged('it holds no quiz');
		const version = payload[0] ?? '';
		if (version === LINK_VERSION) return await decodePacked(payload);
		if (version === JSON_VERSION) return await decodeJson(payload);
		if (/^[3-9]$/.test(version)) return newer();
		return damaged('it does not start like a Factdeck quiz');
	} catch {
		return damaged('it could not be read');
	}
}

async function decodePacked(payload: string): Promise<DecodedLink> {
	// Only capitals and digits are ever written: a link typed in lower case still opens.
	const text = payload.toUpperCase();
	const body = text.slice(0, -CHECK_LENGTH);
	const bytes = fromBase41(body.slice(1));
	if (!bytes) return damaged('it contains characters a quiz link never has');
	if (text.slice(-CHECK_LENGTH) !== (await shortHash36(body, CHECK_LENGTH)))
		return damaged('it was cut short or altered');
	const inflated = await inflateWithDictionary(bytes, LINK_DICTIONARY, MAX_JSON_BYTES);
	if (!inflated.ok)
		return inflated.error === 'too-large' ? tooLarge() : damaged('it is cut short or altered');
	let content: unknown;
	try {
		content = quizFromBytes(inflated.bytes);
	} catch (error) {
		if (error instanceof NewerLinkError) return newer();
		if (error instanceof BytesError) return damaged('its content is not readable');
		throw error;
	}
	const checked = await makeShareQuiz(content);
	if (!checked.ok) return refused(checked.message);
	return { ok: true, quiz: checked.quiz };
}

async function decodeJson(payload: string): Promise<DecodedLink> {
	const body = payload.slice(0, -CHECK_LENGTH);
	const bytes = fromBase64Url(body.slice(1));
	if (!bytes) return damaged('it contains characters a quiz link never has');
	if (payload.slice(-CHECK_LENGTH) !== (await shortHash(body, CHECK_LENGTH))) {
		return damaged('it was cut short or altered');
	}
	const inflated = await inflate(bytes, MAX_JSON_BYTES);
	if (!inflated.ok)
		return inflated.error === 'too-large' ? tooLarge() : damaged('it is cut short or altered');
	let wire: unknown;
	try {
		wire = JSON.parse(inflated.text);
	} catch {
		return damaged('its content is not readable');
	}
	const checked = await makeShareQuiz(quizFromWire(wire));
	if (!checked.ok) return refused(checked.message);
	return { ok: true, quiz: checked.quiz };
}

function newer(): DecodedLink {
	return {
		ok: false,
		error: 'newer-version',
		message:
			'This link was made by a newer version of Factdeck. Update the app, then open it again.'
	};
}

function tooLarge(): DecodedLink {
	return {
		ok: false,
		error: 'too-large',
		message: 'This link is too large to be a Factdeck quiz, so it was not opened.'
	};
}
