/**
 * Text helpers shared by the question types: normalising for comparison, capitalisation,
 * building reported-speech clauses, and measuring how alike two statements are.
 */
import { wordsAt } from '../regexp';
import { remembered } from '../remember';

/** Lower case, straight quotes and apostrophes, single spaces: for comparing, never for display. */
export function normalise(text: string): string {
	return remembered(normalised, text, (t) =>
		t
			.toLowerCase()
			.replace(/[‘’`´]/g, "'")
			.replace(/[“”„«»]/g, '"')
			.replace(/[‐‑‒–—]/g, '-')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Remembered results of normalise: items are compared pairwise, so texts come back often. */
const normalised = new Map<string, string>();

const STOPWORDS = new Set(
	(
		'a an the and or but of to in on at by for from with as is are was were be been being it its ' +
		'this that these those he she they we i you his her their our my your them him us me not no ' +
		'has have had will would can could should may might must do does did than then so such also ' +
		'into over under about after before since said says told'
	).split(' ')
);

/**
 * Remembered results of contentWords: facts are compared with each other pairwise, so the same
 * texts come back again and again (a long article spent most of its time here). Bounded, so a
 * long-lived worker does not grow without end.
 */
const wordsCache = new Map<string, string[]>();

/** Content words, lower-cased and roughly singular, for overlap measures. */
export function contentWords(text: string): string[] {
	return remembered(wordsCache, text, (t) =>
		(normalise(t).match(/[a-z0-9][a-z0-9'-]*/g) ?? [])
			.map((w) => w.replace(/'s$/, ''))
			.filter((w) => !STOPWORDS.has(w) && w.length > 1)
			.map((w) => (w.length > 3 ? w.replace(/s$/, '') : w))
	);
}

/** Jaccard overlap of content words, 0..1; used to tell "the same fact" in two reports. */
export function similarity(a: string, b: string): number {
	const x = new Set(contentWords(a));
	const y = new Set(contentWords(b));
	if (x.size === 0 || y.size === 0) return 0;
	let both = 0;
	for (const w of x) if (y.has(w)) both++;
	return both / (x.size + y.size - both);
}

/** True when the words of `needle` occur as whole words in `hay` (case and quote style ignored). */
export function containsWords(hay: string, needle: string): boolean {
	const n = normalise(needle).replace(/[.,;:!?]+$/, '');
	return n !== '' && standsIn(normalise(hay), n);
}

const NO_ALNUM_BEFORE = /(?<![a-z0-9])/y;
const NO_ALNUM_AFTER = /(?![a-z0-9])/y;

/** `words` occur in `text` with no letter or digit joined on (both already normalised). */
export function standsIn(text: string, words: string): boolean {
	return wordsAt(text, words, NO_ALNUM_BEFORE, NO_ALNUM_AFTER).length > 0;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Strips trailing spaces and sentence punctuation (a quote's closing comma or full stop). */
export function trimEnd(text: string): string {
	// "is “almost nonexistent right now.”" ends a clause inside its closing quotation mark.
	return text
		.replace(/[\s,;:.…]+$/, '')
		.replace(/[,;:.…]+(["”’])$/, '$1')
		.trimEnd();
}

/**
 * Lower-cases the first word of a clause when the article itself uses that word in lower case
 * (so "The plan..." becomes "the plan..." after "said that", while names keep their capitals).
 */
export function clauseStart(text: string, body: string): string {
	const first = text.match(/^[A-Z][a-z]+\b/)?.[0];
	if (!first) return text;
	const lower = first.toLowerCase();
	if (STOPWORDS.has(lower)) return lower + text.slice(first.length);
	// "Justice Minister": a title in capitals keeps them, however the body uses "justice".
	if (/^\s+\p{Lu}/u.test(text.slice(first.length))) return text;
	const usedLower = new RegExp(`(^|[^A-Za-z])${lower}([^A-Za-z]|$)`).test(body);
	// "witness Dominic Long": a word the article capitalises mid-sentence is a name there too.
	const usedAsName = new RegExp(`[^.!?:"“\\s]\\s+${first}\\b`).test(body);
	return usedLower && !usedAsName ? lower + text.slice(first.length) : text;
}

const OPENER =
	/^(?:meanwhile|however|moreover|furthermore|also|still|separately|elsewhere|in addition),\s+/i;

/** Verbs that take a whole clause without "that" ("told reporters", "said in a statement"). */
const CLAUSE_CUE =
	/^(?:said|says|say|stated|states|told(?:\s+[\p{L} .'’-]+)?|noted|notes|added|adds|explained|explains|believes?|believed|thinks?|thought|argued|argues|claimed|claims|insisted|announced|confirmed|acknowledged|agreed|reported|estimated|found|finds)(?:\s+(?:in|on|during)\s+[\p{L} .'’-]+)?$/iu;
/** Starts that are not a clause's subject: a question word, a conjunction, a preposition. */
const NO_SUBJECT_START =
	/^(?:why|how|what|when|where|whether|if|although|though|while|because|since|as|after|before|during|on|in|at|by|for|with|to|from|of|about|but|and|or)\b/i;

const NO_SUBJECT_VERB =
	/^(?:would|will|could|should|can|may|might|must|is|was|were|are|has|have|had|be|been)\b/i;
const CUT_END =
	/\b(?:be|to|the|a|an|of|and|or|that|which|with|for|by|is|was|are|were|has|have|had|would|will|could)[.,;:]?$/i;

const PRONOUN_START = /^(he|she|they|it|we|i|you|his|her|their)\b/i;

/**
 * A reported clause that can follow "said that", or null when the extracted text is not one
 * (a noun phrase, a whole sentence with its own subject pronoun, or a fragment).
 */
export function reportedClause(text: string, cue: string | null, body: string): string | null {
	// "Meanwhile, the port closed, according to X": the opener links the sentence to the one
	// before, not to what X said.
	const clause = trimEnd(text.trim()).replace(OPENER, '');
	if (!cue || clause.split(/\s+/).length < 5) return null;
	if (PRONOUN_START.test(clause) || /^["“”'‘’]/.test(clause)) return null;
	if (!/\bthat$/i.test(cue.trim()) && !/^according to\b/i.test(cue.trim())) {
		// "said the plan would fail": a clause without "that" only after a verb of saying or
		// thinking, and only when it starts with its subject.
		if (!CLAUSE_CUE.test(cue.trim()) || NO_SUBJECT_START.test(clause)) return null;
	}
	if (/["“”]/.test(clause) && !balancedQuotes(clause)) return null;
	// "would be given the orbiters", "… is to be": a clause cut before its subject or its end.
	if (NO_SUBJECT_VERB.test(clause) || CUT_END.test(clause)) return null;
	// "… stomach cancer and said that the leader had": a second report inside the clause.
	if (/\b(?:said|says|added|denied|told \S+) that\b/i.test(clause)) return null;
	return clauseStart(clause, body);
}

/** Quotation marks in `text` are paired: straight ones even, curly ones opened and closed. */
export function balancedQuotes(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length;
	const open = (text.match(/“/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	return straight % 2 === 0 && open === close;
}

/** `before` (a sentence up to some point) leaves a quotation open: that point is in someone's words. */
export function insideQuotes(before: string): boolean {
	const straight = (before.match(/"/g) ?? []).length;
	const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	return straight % 2 === 1 || curly > 0;
}

/** Wraps quoted words in curly quotes, dropping a trailing comma that belonged to the sentence. */
export function quoted(text: string): string {
	const words = text.trim().replace(/[,;:]+$/, '');
	return `“${words}”`;
}

/** The words of a name, for checking a prompt does not give it away. */
export function nameParts(name: string): string[] {
	return name
		.split(/[\s-]+/)
		.map((p) => p.replace(/[^\p{L}\p{N}'.]/gu, ''))
		.filter((p) => p.length >= 3 && /^\p{Lu}/u.test(p));
}

/** Some part of `name` ("Silva" of "Ana Silva") stands as a word in `text`. */
export function namedIn(text: string, name: string): boolean {
	return nameParts(name).some((part) => containsWords(text, part));
}

/** The last word of a person's name ("Silva" for "Ana Maria Silva"). */
export function surname(name: string): string {
	const parts = name.trim().split(/\s+/);
	return parts[parts.length - 1] ?? name;
}

/**
 * A number as the article writes numbers: 3400 -> "3,400" when `grouped` (the article's
 * figure has thousands separators, or is large), else "3400".
 */
export function formatNumber(value: number, grouped = Math.abs(value) >= 10000): string {
	const [whole = '', fraction] = String(Math.abs(value)).split('.');
	const digits = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
	return (value < 0 ? '-' : '') + digits + (fraction ? '.' + fraction : '');
}

/**
 * The outlet as a reader names it: "Example Wire (example.org), Money section" -> "Example Wire".
 * Site addresses, sections and taglines after a comma, dash or bar are page furniture.
 */
export function shortOutlet(outlet: string): string {
	const short = outlet
		.replace(/\s*\([^)]*\)/g, '')
		.split(/\s*(?:,|\s[-–—|:]\s)\s*/)[0]
		?.trim();
	return short || outlet.trim();
}

/** Word count of a text, for budgets. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
