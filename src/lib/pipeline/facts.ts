/**
 * What the extractor finds in an article. Every fact keeps its provenance: the index of the
 * sentence it stands in and character offsets into the article body, so that a question can
 * cite the exact words it was made from.
 */

export interface Span {
	/** Index into `Facts.sentences`. */
	sentence: number;
	/** Character offsets into the article body (end exclusive). */
	start: number;
	end: number;
}

export interface Sentence {
	text: string;
	start: number;
	end: number;
	/** Index of the paragraph the sentence belongs to. */
	paragraph: number;
}

export type SpeakerKind = 'person' | 'country' | 'organisation' | 'group';

export interface Person extends Span {
	name: string;
	/** The role as the article gives it, e.g. "Deputy U.S. Ambassador to the U.N.", or null. */
	role: string | null;
	kind: SpeakerKind;
	gender: 'male' | 'female' | null;
	/** Every place the article refers to this speaker, including surname and pronoun mentions. */
	mentions: Span[];
}

export interface Quote extends Span {
	/** The speaker's name as in `people` (a person, a country, an organisation or a group). */
	speaker: string;
	role: string | null;
	speakerKind: SpeakerKind;
	/** The words: inside the quotation marks for direct quotes, the reported clause otherwise. */
	text: string;
	direct: boolean;
	kind: 'direct' | 'partial' | 'indirect';
	/** The reporting words, e.g. "told the council", "according to". Null for a continuation. */
	cue: string | null;
	/**
	 * True when these words carry on the quotation of the previous quote in `quotes`, left open
	 * at the end of the paragraph before: together they are one quotation.
	 */
	continues?: boolean;
	/** Id of the speaker in `Facts.speakers`. */
	speakerId?: string;
}

/** One speaker however the article names them: every quote by them points at `id`. */
export interface QuoteSpeaker {
	/** Stable within the article: a slug of the name ("maria-lopez"). */
	id: string;
	/** The fullest name the article gives, or the role or body when it gives no name. */
	name: string;
	role: string | null;
	kind: SpeakerKind;
	/** Other ways the article names them: "Lopez", "Ambassador Lopez", "Lopez’s", "the envoy". */
	aliases: string[];
}

export interface NumberFact extends Span {
	value: number;
	unit: string | null;
	/** "over", "about", "nearly", "at least", "exceeded"... or null. */
	qualifier: string | null;
	/** What is counted, as a short noun phrase a quiz can use. */
	what: string;
	/** The exact span of the article, e.g. "over 37,000". */
	text: string;
}

export interface DateFact extends Span {
	/** YYYY, YYYY-MM or YYYY-MM-DD, normalised against the publication date. */
	when: string;
	/** What happened then, as a short clause. */
	what: string;
	text: string;
	/** Where else the article gives the same date (a date is reported once, at its first mention). */
	mentions?: Span[];
}

export interface Place extends Span {
	name: string;
	kind: 'country' | 'city' | 'region' | 'other';
}

export interface ArticleMeta {
	title: string;
	source: string;
	/** YYYY-MM-DD or YYYY-MM. */
	published: string;
	url?: string;
}

export interface Facts {
	meta: ArticleMeta;
	/** The article body the offsets refer to (front matter removed). */
	body: string;
	sentences: Sentence[];
	quotes: Quote[];
	numbers: NumberFact[];
	dates: DateFact[];
	people: Person[];
	places: Place[];
	/** The speakers of `quotes`, one per person or body (quotes point at them by `speakerId`). */
	speakers?: QuoteSpeaker[];
	/** Problems met on the way (empty text, truncated input...), in plain words. */
	warnings: string[];
}
