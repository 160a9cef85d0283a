/** What the quote rules share: the sentence being read, subjects, speakers, quote records. */
import type { Quote, Sentence } from '../facts';
import type { Coref, Speaker } from './coref';
import { CUE_VERBS, FRAME_NOUNS } from './lexicon';

export const words = (s: Set<string>): string => [...s].join('|');
export const CUE = words(CUE_VERBS);
// "New York-based", "Saudi-led": a hyphenated participle is an adjective, not the verb.
export const FINITE =
	/(?<!-)\b(?:\p{Ll}+ed|said|says|told|made|gave|took|kept|held|met|left|began|won|lost|cut|set|put|rose|fell|grew|hit|sent|spent|saw|found|brought|led|ran|paid|sold|built|came|went|got|has|have|had|is|was|are|were|will|would|can|could|warns)\b/u;

/** A document or channel that carries someone's words: "a statement from", "a post by". */
const FRAME_OWNER = new RegExp(
	`^(?:an?|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:${words(FRAME_NOUNS)})\\s+(?:from|by|of|issued by|released by)\\s+`,
	'iu'
);
/** "the study published in Nature" -> "the study"; "a statement from the ministry" -> "the ministry". */
export const sourceName = (np: string): string =>
	np
		.replace(FRAME_OWNER, '')
		.split(/\s+(?:published|released|issued|seen|obtained|cited|who|which|that|by|from)\s/)[0]
		?.trim() ?? '';

/** "according to the study published in Nature" -> a source named "the study". */
export function source(np: string): Speaker | null {
	const name = sourceName(np);
	const n = name.split(/\s+/).length;
	return n >= 1 && n <= 6 && /[\p{L}]/u.test(name)
		? { name, role: null, kind: 'organisation', person: null }
		: null;
}

export interface Ctx {
	coref: Coref;
	sentence: Sentence;
	index: number;
	/** Sentence text with quotation-mark contents blanked, so rules never fire inside quotes. */
	masked: string;
	/** The next sentence of the same paragraph, which may name the speaker of a quotation. */
	next?: Sentence;
}

/** The subject of the clause ending at `at`: from the last clause break to the verb. */
export function subjectBefore(masked: string, at: number): string {
	const pre = masked.slice(0, at);
	const cut = Math.max(
		pre.lastIndexOf(';'),
		pre.lastIndexOf(':'),
		pre.lastIndexOf('_'),
		// The last "that": "despite the assertion that X was fired, Y told NBC that" is Y's.
		pre.search(/\bthat\s+(?![^]*\bthat\s)[^]*$/)
	);
	return withoutApposition(
		pre
			.slice(cut + 1)
			.replace(/^\s*(?:that|and|but)\s+/, '')
			// "Ana Lima, who worked on the Ben Ode case, said": the speaker is before the clause,
			// however many commas the clause holds ("…, who is in Doha, Qatar, meeting X, said").
			.replace(/,\s*(?:who|whose)\b.*,\s*$/, ' ')
	);
}

/** The sentence's main subject: everything before its first finite verb. */
export function mainSubject(masked: string): string {
	// "He also criticises Bush for …": a sentence that starts with a pronoun and its verb has that
	// subject, whatever verb it is.
	const pronoun = /^\s*(He|She|They)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)*\p{Ll}/u.exec(
		masked
	);
	if (pronoun?.[1]) return pronoun[1];
	const m = FINITE.exec(masked);
	return withoutApposition(m ? masked.slice(0, m.index) : '');
}

/** "The director of X, a group for veterans of Iraq, described …": the head, not the apposition. */
function withoutApposition(subject: string): string {
	return /^(.{3,}?),\s+(?:a|an)\s[^,]*,\s*$/.exec(subject)?.[1] ?? subject;
}

export function speakerFor(ctx: Ctx, phrase: string): Speaker | null {
	const s = ctx.sentence;
	return ctx.coref.resolve(phrase, { sentence: ctx.index, start: s.start, end: s.end });
}

export function make(
	ctx: Ctx,
	sp: Speaker,
	a: number,
	b: number,
	direct: boolean,
	kind: Quote['kind'],
	cue: string | null
): Quote | null {
	const raw = ctx.sentence.text.slice(a, b);
	const lead = raw.length - raw.trimStart().length;
	let text = raw
		.trim()
		.replace(/[,;:]$/, '')
		.trim();
	if (text.split(/\s+/).length < 2 && !direct) return null;
	if (!/[\p{L}]/u.test(text)) return null;
	text = text.replace(/\s+as$/, '');
	const start = ctx.sentence.start + a + lead;
	return {
		sentence: ctx.index,
		start,
		end: start + text.length,
		speaker: sp.name,
		role: sp.role,
		speakerKind: sp.kind,
		text,
		direct,
		kind,
		cue
	};
}
