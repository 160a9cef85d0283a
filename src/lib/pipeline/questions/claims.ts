/**
 * How a quote can be shown in a prompt or an option: direct words in quotation marks, or a
 * reported clause after "said that". Returns null when neither reads as good English.
 */
import type { Quote } from '../facts';
import { balancedQuotes, quoted, reportedClause } from './text';

export type ClaimForm = 'words' | 'clause';

export interface Claim {
	form: ClaimForm;
	/** `“words”` or a clause without the leading "that". */
	text: string;
}

const MAX = 400;

export function claimOf(quote: Quote, body: string): Claim | null {
	if (quote.text.length > MAX) return null;
	if (quote.direct) {
		const words = quote.text.trim();
		if (words.split(/\s+/).length < 3 || !balancedQuotes(words) || /["“”]/.test(words)) return null;
		return { form: 'words', text: quoted(words) };
	}
	const clause = reportedClause(quote.text, quote.cue, body);
	return clause ? { form: 'clause', text: clause } : null;
}

/** True when the quoted words start a sentence of their own (not a fragment like "essentially slaves"). */
export function isWholeSentence(quote: Quote): boolean {
	return quote.direct && /^\p{Lu}/u.test(quote.text.trim());
}
