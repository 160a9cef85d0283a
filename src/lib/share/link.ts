/**
 * Quiz links: `${origin}/play/#q=<payload>`. The quiz sits in the URL fragment, which browsers
 * never send to a server. Payload = one version character + base64url(deflate-raw(wire JSON)).
 * The same payload text, saved to a file, is how a quiz too long for a QR code travels.
 */
import * as v from 'valibot';
import { deflate, fromBase64Url, inflate, shortHash, stripWhitespace, toBase64Url } from './codec';
import { makeShareQuiz, ShareQuizSchema, type ShareQuiz, type ShareQuizContent } from './quiz';
import { quizFromWire, quizToWire } from './wire';

export const LINK_VERSION = '1';
/** About what one QR code on a projector still scans reliably. */
export const MAX_URL_LENGTH = 2000;
/** Caps applied before any work: a link (or quiz file) longer than this is not even inflated. */
export const MAX_PAYLOAD_CHARS = 200_000;
export const MAX_JSON_BYTES = 2_000_000;
const CHECK_LENGTH = 6;

export type LinkError = 'damaged' | 'newer-version' | 'too-large';
export type DecodedLink =
	{ ok: true; quiz: ShareQuiz } | { ok: false; error: LinkError; message: string };
export type ShareUrl =
	| { ok: true; url: string; length: number }
	| { ok: false; reason: 'too-long'; length: number }
	| { ok: false; reason: 'invalid'; message: string };

/** The payload for a quiz (what follows `#q=`). Throws when the content breaks the schema. */
export async function encodeShareLink(quiz: ShareQuizContent): Promise<string> {
	const content = v.parse(ShareQuizSchema, quiz);
	const body = LINK_VERSION + toBase64Url(await deflate(JSON.stringify(quizToWire(content))));
	return body + (await shortHash(body, CHECK_LENGTH));
}

/** The full link, or why there is none: too long for one QR code, or content the schema refuses. */
export async function buildShareUrl(
	origin: string,
	quiz: ShareQuizContent,
	path = '/play/'
): Promise<ShareUrl> {
	const checked = await makeShareQuiz(quiz);
	if (!checked.ok) return { ok: false, reason: 'invalid', message: checked.message };
	const url = `${origin.replace(/\/+$/, '')}${path}#q=${await encodeShareLink(checked.quiz)}`;
	if (url.length > MAX_URL_LENGTH) return { ok: false, reason: 'too-long', length: url.length };
	return { ok: true, url, length: url.length };
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
		if (/^[2-9]$/.test(version)) {
			return {
				ok: false,
				error: 'newer-version',
				message:
					'This link was made by a newer version of Factdeck. Update the app, then open it again.'
			};
		}
		if (version !== LINK_VERSION) return damaged('it does not start like a Factdeck quiz');
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
	} catch {
		return damaged('it could not be read');
	}
}

function tooLarge(): DecodedLink {
	return {
		ok: false,
		error: 'too-large',
		message: 'This link is too large to be a Factdeck quiz, so it was not opened.'
	};
}
