/**
 * How a quote can be shown in a prompt or an option: direct words in quotation marks, or a
 * reported clause after "said that". Returns null when neither reads as good English.
 */
import type { Quote } from '../facts';
import { verbsOf } from '../tags';
import { balancedQuotes, quoted, reportedClause } from './text';

export type ClaimForm = 'words' | 'clause';

export interface Claim {
	form: ClaimForm;
	/** `“words”` or a clause without the leading "that". */
	text: string;
	/** "X denied that …": the clause is what the speaker said is not so. */
	denied?: boolean;
}

/** Cues that report a clause as false: "denied that", "rejected claims that". */
const DENIAL =
	/\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|disput(?:e|es|ed))\b/i;

const MAX = 400;
/** A quotation that starts on a word only the sentence around it can complete. */
const CUT_IN =
	/^(?:from|of|to|for|with|by|at|in|on|into|than|and|or|but|that|which|who|whose|is|are|was|were|be|been)\s/;

export function claimOf(quote: Quote, body: string): Claim | null {
	if (quote.text.length > MAX) return null;
	if (quote.direct) {
		const words = quote.text.trim();
		if (words.split(/\s+/).length < 3 || !balancedQuotes(words) || /["“”]/.test(words)) return null;
		// "“possessed powerful evidence”": a fragment of a few words says nothing alone (reviewers
		// accepted 1 of 7 such items); a whole sentence may be short.
		if (!/^\p{Lu}/u.test(words) && words.split(/\s+/).length < 6) return null;
		// "“from WBC is very small”": words cut from inside a clause read as nonsense alone.
		if (CUT_IN.test(words)) return null;
		return { form: 'words', text: quoted(words) };
	}
	const clause = reportedClause(quote.text, quote.cue, body);
	if (!clause || !hasFiniteVerb(clause)) return null;
	// "…, quoting them as saying to air traffic control: “…”": the words it reports were cut off.
	const intoQuote = /^[\s,;:—–-]*[“"]/.test(body.slice(quote.end, quote.end + 4));
	if (intoQuote && /\b(?:saying|quoting|telling|writing)\b(?:\s+\S+){0,7}\s*[:,]?$/i.test(clause))
		return null;
	return DENIAL.test(quote.cue ?? '')
		? { form: 'clause', text: clause, denied: true }
		: { form: 'clause', text: clause };
}

/**
 * "that on October 6 after traveling back from Florida, Montalvo": a reported clause cut before
 * its verb says nothing. Some verb must be neither "-ing" nor after "to".
 */
function hasFiniteVerb(clause: string): boolean {
	return verbsOf(clause).some(
		(v) => !/ing$/i.test(v.text.trim()) && !/\bto\s+$/i.test(clause.slice(0, v.start))
	);
}

/** True when the quoted words start a sentence of their own (not a fragment like "essentially slaves"). */
export function isWholeSentence(quote: Quote): boolean {
	return quote.direct && /^\p{Lu}/u.test(quote.text.trim());
}
