/**
 * compromise's reading of a text, tagged once. Tagging is the largest cost of making questions
 * from an article, and the extractor and the question types ask about the same texts:
 * a person's given name is looked up by personhood, the distractors and who-did, a timeline
 * label is read for its first word and then for its verbs. Each caller asks here instead of
 * tagging the text again. What is kept is small (tags and verb positions, not compromise's
 * documents), and bounded, so a long-lived worker does not grow without end.
 */
import nlp from 'compromise';
import { remembered } from './remember';

type Doc = ReturnType<typeof nlp>;

/** The last few documents: callers ask several things of one text in a row. */
const recent = new Map<string, Doc>();

/** The tagged document of `text` (tagged once while it is recent). */
export function tagged(text: string): Doc {
	let doc = recent.get(text);
	if (!doc) {
		doc = nlp(text);
		if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
		recent.set(text, doc);
	}
	return doc;
}

const termTags = new Map<string, string[][]>();

/** The tags of each word of `text`, in order, read in the text's own context. */
function tagsOfTerms(text: string): string[][] {
	return remembered(termTags, text, (t) =>
		(tagged(t).json() as { terms: { tags: string[] }[] }[]).flatMap((s) =>
			s.terms.map((term) => term.tags)
		)
	);
}

/** `nlp(text).has('#Tag')`: some word of the text bears the tag. */
export function hasTag(text: string, tag: string): boolean {
	return tagsOfTerms(text).some((tags) => tags.includes(tag));
}

/** The tags of the first word of `text`, in context; [] for an empty text. */
export function firstWordTags(text: string): string[] {
	return tagsOfTerms(text)[0] ?? [];
}

export interface VerbAt {
	/** The verb phrase as written ("have been strained"). */
	text: string;
	/** Where it starts in `text`. */
	start: number;
}

const verbs = new Map<string, VerbAt[]>();

/**
 * The verb phrases of `text` and where they start. Read without compromise's conjugations
 * (`verbs().json()` conjugates every verb, which cost more than tagging).
 */
export function verbsOf(text: string): VerbAt[] {
	return remembered(verbs, text, (t) =>
		(
			verbPhrases(tagged(t)).toView(null).json({ offset: true }) as {
				text: string;
				offset: { start: number };
			}[]
		).map((v) => ({ text: v.text, start: v.offset.start }))
	);
}

/** A match statement parsed once (compromise parses a string on every call). */
const parsed = (match: string): object[] => nlp.parseMatch(match);

/** The rules of compromise 14's `verbs()` (src/3-three/verbs/find.js), each parsed once. */
const VERB = {
	phrase: parsed('<Verb>'),
	conjunction: parsed('#Conjunction'),
	preposition: parsed('#Preposition'),
	comma: parsed('@hasComma'),
	isIs: parsed('[(do|did|am|was|is|will)] (is|was)'),
	being: parsed('(#Verb && !#Copula) [being] #Verb'),
	toBe: parsed('#Verb [to be] #Verb'),
	help: parsed('[help] #PresentTense'),
	copulaEnd: parsed('(#PresentTense|#PastTense) [#Copula]$'),
	willBe: parsed('(#PresentTense|#PastTense) [will be]$'),
	had: parsed('(#PresentTense|#PastTense) [(had|has)]'),
	reflexive: parsed('#Reflexive$'),
	adjective: parsed('#Adjective'),
	pastPast: parsed('[#PastTense] #PastTense'),
	pastAuxPast: parsed('[#PastTense] #Auxiliary+ #PastTense'),
	gerund: parsed('#Copula [#Gerund] #PastTense'),
	verb: parsed('#Verb'),
	twoVerbs: parsed('(#Verb && !#Auxiliary) #Adverb+? #Copula'),
	copula: parsed('#Copula')
};

/**
 * What `doc.verbs()` finds, with its match statements parsed once instead of on every call
 * (parsing them was half the cost of reading a text's verbs). tags.spec.ts holds it to
 * compromise's own.
 */
function verbPhrases(doc: Doc): ReturnType<Doc['match']> {
	let m = doc.match(VERB.phrase);
	m = m.not(VERB.conjunction);
	m = m.not(VERB.preposition);
	m = m.splitAfter(VERB.comma);
	m = m.splitAfter(VERB.isIs, 0);
	m = m.splitBefore(VERB.being, 0);
	m = m.splitBefore(VERB.toBe, 0);
	m = m.splitAfter(VERB.help, 0);
	m = m.splitBefore(VERB.copulaEnd, 0);
	m = m.splitBefore(VERB.willBe, 0);
	m = m.splitBefore(VERB.had, 0);
	m = m.not(VERB.reflexive);
	m = m.not(VERB.adjective);
	m = m.splitAfter(VERB.pastPast, 0);
	m = m.splitAfter(VERB.pastAuxPast, 0);
	m = m.splitAfter(VERB.gerund, 0);
	m = m.if(VERB.verb);
	if (m.has(VERB.twoVerbs)) m = m.splitBefore(VERB.copula);
	return m;
}
