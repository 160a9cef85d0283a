/**
 * Which sentences of an article carry the story: the lead, what the headline is about, the main
 * actors, the speakers and their claims, causes and consequences. A set asks about these first.
 */
import type { Facts, NumberFact, Sentence } from '../facts';
import type { ArticleInput, StoryContext } from './context';
import { contentWords, insideQuotes } from './text';

/** Page furniture and bylines: never worth a question. */
const FURNITURE =
	/^(?:by|reporting by|editing by|writing by|additional reporting|photo|image|click here|read more|sign up|subscribe)\b|contributed to this report|\bcopyright\b|©|all rights reserved/i;

/** "because", "after", "as a result of": a sentence that gives a cause or a consequence. */
export const CAUSAL =
	/\b(?:because(?: of)?|as a result of|in response to|due to|owing to|after|following|so that|which led to|prompting|forcing)\b/i;

/** "ROME, May 2 (Wire) –" or "Cathedral Square, Sydney —" at the start of the first sentence. */
export const DATELINE =
	/^(?:[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*|[\p{Lu}][\p{L}.'’-]*(?:,?\s+[\p{Lu}][\p{L}.'’-]*){0,5}\s+[–—]\s+)/u;

export function isFurniture(text: string): boolean {
	return FURNITURE.test(text.trim());
}

/** The sentence a reporter puts the news in: the first real sentence of the body. */
export function leadIndex(facts: Facts): number {
	const i = facts.sentences.findIndex(
		(s) => !isFurniture(s.text) && s.text.replace(DATELINE, '').split(/\s+/).length >= 8
	);
	return Math.max(0, i);
}

/** How often each person is referred to: the main actors are the most mentioned. */
function mainActors(facts: Facts): Set<number> {
	const ranked = facts.people
		.filter((p) => p.kind === 'person' && p.mentions.length >= 2)
		.sort((a, b) => b.mentions.length - a.mentions.length)
		.slice(0, 2);
	return new Set(ranked.flatMap((p) => p.mentions.map((m) => m.sentence)));
}

/** A score per sentence: higher is more worth asking about. */
export function sentenceScores(article: ArticleInput): number[] {
	const { facts } = article;
	const lead = leadIndex(facts);
	const leadParagraph = facts.sentences[lead]?.paragraph ?? 0;
	const title = new Set(contentWords(facts.meta.title ?? ''));
	const actors = mainActors(facts);
	const quoted = new Set(
		facts.quotes.filter((q) => /^\p{Lu}/u.test(q.speaker)).map((q) => q.sentence)
	);
	return facts.sentences.map((s: Sentence, i) => {
		if (isFurniture(s.text)) return -10;
		let score = i === lead ? 5 : 0;
		score += Math.max(0, 3 - Math.max(0, s.paragraph - leadParagraph)) * 0.8;
		const shared = new Set(contentWords(s.text).filter((w) => title.has(w))).size;
		score += Math.min(3, shared);
		if (actors.has(i)) score += 1;
		if (quoted.has(i)) score += 1;
		if (CAUSAL.test(s.text)) score += 0.7;
		if (s.text.split(/\s+/).length > 60) score -= 1;
		// Later sentences matter a little less: reports put the news first.
		return score - i * 0.05;
	});
}

/** Sentence scores of every article of the story, by "article@start". */
export function storySalience(ctx: StoryContext): Map<string, number> {
	const out = new Map<string, number>();
	for (const article of ctx.articles) {
		const scores = sentenceScores(article);
		article.facts.sentences.forEach((s, i) =>
			out.set(sentenceKey(article.id, s.start), scores[i] ?? 0)
		);
	}
	return out;
}

export const sentenceKey = (article: string, start: number) => `${article}@${start}`;

const CALENDAR =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/**
 * A number that names a thing rather than counting it: "Publication 926", "Form 1040",
 * "Expedition 72", "Section 5": a capitalised word (not the sentence's first, not a month) right
 * before the figure.
 */
/**
 * Words of a game's play-by-play next to a figure: yards, downs, drives, plays, laps, innings.
 * A down is only a first-to-fourth down: "shut down", "down from" are no game.
 */
const PLAY_BY_PLAY =
	/\b(?:yards?|yard[- ]line|(?:1st|2nd|3rd|4th|first|second|third|fourth)[- ](?:and[- ]\w+|downs?)|\d[- ]and[- ]out|possessions?|drives?|plays|laps|innings?|three[- ]and[- ]out|touchbacks?|rebounds|assists|incomplete passes|completions|interceptions)\b/i;

/** "Executive order 13769", "on lap 81", "Flight 17": a singular noun that numbers its kind. */
const NUMBERED_NOUN =
	/\b(?:order|resolution|flight|lap|game|route|highway|interstate|section|article|chapter|page|room|gate|platform|channel|exit|seat|row|pier|episode|volume|version|model|number|no\.)\s+$/i;

function isLabel(article: ArticleInput, fact: NumberFact): boolean {
	const { body, sentences } = article.facts;
	const after = body.slice(fact.end, fact.end + 12);
	const before = body.slice(Math.max(0, fact.start - 40), fact.start);
	// "a 401(k) plan", "a 501(c)(3) charity": the figure is part of a name.
	if (/^\(\p{L}{1,2}\)/u.test(after)) return true;
	if (NUMBERED_NOUN.test(before)) return true;
	// "on September 19 or 20": the second day of a date; "victories in 97 [...]": a year.
	if (
		/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*(?:or|and|to|-|–)\s*$/.test(
			before
		)
	)
		return true;
	if (/^\d{2}$/.test(fact.text) && /\bin\s+$/.test(before) && /^\s*[[.,;)]/.test(after))
		return true;
	// "the 747, which …", "Delta 4 Heavy": a number with no noun to count is a model's name.
	if (/\bthe\s+$/i.test(before) && /^\s*(?:[,.;]|which\b)/.test(after)) return true;
	if (
		/\p{Lu}[\p{L}-]*\s+$/u.test(before) &&
		/^\s+\p{Lu}\p{Ll}/u.test(after) &&
		!/(?:^|\s)(?:The|A|An|About|Some|Nearly|Over|Around)\s+$/.test(before)
	)
		return true;
	const sentence = sentences[fact.sentence];
	const head = /(\p{Lu}[\p{L}.]*)\s+(?:No\.\s*)?$/u.exec(
		body.slice(Math.max(sentence?.start ?? 0, fact.start - 30), fact.start)
	);
	if (!head || CALENDAR.test(head[1] ?? '')) return false;
	const at = fact.start - (head[0]?.length ?? 0);
	return at > (sentence?.start ?? 0);
}

/**
 * "Ana Silva, 42, of Porto", "a 20-year-old striker": a person's age in passing is not what the
 * story is about.
 */
function isAge(body: string, fact: NumberFact): boolean {
	if (/^\d+[-\s]years?[-\s]old\b/i.test(body.slice(fact.start, fact.end + 12))) return true;
	// "survived by his parents, both 60."
	if (
		/,\s*both\s+$/i.test(body.slice(Math.max(0, fact.start - 8), fact.start)) &&
		/^\d{1,3}\s*[.,;]/.test(body.slice(fact.start, fact.end + 2))
	)
		return true;
	return (
		/\p{L},\s*$/u.test(body.slice(Math.max(0, fact.start - 3), fact.start)) &&
		/^\d{1,3},/.test(body.slice(fact.start, fact.end + 1))
	);
}

const labels = new WeakMap<ArticleInput['facts'], Set<string>>();

/** The numbers an article uses as names somewhere, read once per article, not once per figure. */
function labelsOf(article: ArticleInput): Set<string> {
	let found = labels.get(article.facts);
	if (!found) {
		found = new Set(article.facts.numbers.filter((n) => isLabel(article, n)).map((n) => n.text));
		labels.set(article.facts, found);
	}
	return found;
}

/**
 * A figure worth a question: not a conversion in brackets ("300 miles (480 km)"), not a later
 * figure in a list of several (vote counts, a list of percentages).
 */
export function figureRank(article: ArticleInput, fact: NumberFact): number | null {
	const { body } = article.facts;
	const before = body.slice(Math.max(0, fact.start - 40), fact.start);
	// A number the report once uses as a name ("Climb Up the 50, …") is that name everywhere.
	if (labelsOf(article).has(fact.text) || isAge(body, fact)) return null;
	// "a 44-yard field goal", "an eight year study", "the 131-page report": a measure used as an
	// adjective describes a thing in passing; blind reviews threw every one out as trivia.
	if (
		/^[-\s](?:yard|metre|meter|foot|inch|mile|kilometre|kilometer|km|page|minute|second|hour|day|week|month|year|kg|kilogram|pound|ton|tonne|storey|story)[-\s]+(?!old\b)\p{L}/iu.test(
			body.slice(fact.start, fact.start + 40).replace(/^(?:\d[\d,.]*|\p{L}+)/u, '')
		)
	)
		return null;
	// "On 80 minutes, X was hauled down", "in the 71st minute": the clock of a match; reviews threw
	// every one out as trivia.
	if (
		/\b(?:on|in|at)\s+(?:the\s+)?$/i.test(before) &&
		/^\d+(?:(?:th|st|nd|rd)\s+minute\b|\s+minutes?\s*,)/i.test(
			body.slice(fact.start, fact.end + 14)
		)
	)
		return null;
	// "a 34-yard return", "4th and 7", "after 12 plays": the moves of a game, not its story.
	if (PLAY_BY_PLAY.test(body.slice(Math.max(0, fact.start - 12), fact.end + 30))) return null;
	// "#2 browser" is a rank label; "24 hours ago" only dates the report.
	if (body.charAt(fact.start - 1) === '#' || fact.text.startsWith('#')) return null;
	const span = body.slice(fact.start, fact.end + 20);
	if (/\d[\d,.]*\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago\b/i.test(span)) return null;
	// A row of a table ("Married filing jointly | $250,000") is not a sentence to ask about.
	if (article.facts.sentences[fact.sentence]?.text.includes('|')) return null;
	const open = before.lastIndexOf('(');
	if (open >= 0 && before.indexOf(')', open) < 0) return null;
	// "(about 480 kilometres)": inside brackets that close after it.
	const same = article.facts.numbers.filter((n) => n.sentence === fact.sentence);
	if (same.length >= 4) return same.indexOf(fact) === 0 ? 1 : null;
	return same.indexOf(fact);
}

/** Nouns of the people and things a story counts: the toll, the arrests, the jobs, the votes. */
const COUNTED =
	/^\s*(?:[\p{L}-]+\s+){0,2}(?:people|persons|dead|deaths|killed|injured|wounded|workers|employees|staff|soldiers|troops|policemen|officers|students|children|residents|passengers|refugees|members|voters|votes|arrests|patients|cases|victims|civilians|protesters|demonstrators|jobs|homes|houses|families|fighters|militants|prisoners|inmates|migrants|tourists|visitors|seats)\b/iu;
const MONEY_BEFORE = /(?:[$£€¥]|\b(?:US|A|C|NZ|HK)\$)\s*$/;
const MONEY_AFTER =
	/^\s*(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|yuan|rupees|yen|francs|pesos)\b/i;
const CASUALTY =
	/^[^.;]{0,40}\b(?:killed|died|dead|injured|wounded|arrested|evacuated|displaced|missing|rescued|charged|convicted)\b/i;
/** "three months ago", "in the last ten years": how long ago dates a fact rather than stating it. */
const SPAN_AFTER = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:ago|earlier|later)\b/i;
const SPAN_AROUND = /\b(?:in|for|within|over|during)\s+(?:the\s+)?(?:last|past|next)\s+$/i;
const MEASURE_AFTER =
	/^\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|inches|centimet(?:er|re)s?)\b|^\s*%?\s*(?:per ?cent\s+)?chance\b/i;

/** "20 of the ____ employees", "100 million of India's ____ billion": the whole, not the news. */
const TOTAL_BEFORE =
	/\d[\d.,]*\s*(?:hundred|thousand|million|billion)?\s+of\s+(?:the\s+|its\s+|their\s+|[\p{Lu}][\p{L}.-]*(?:'s|’s)\s+)?[^\d\s]{0,4}$/u;
/** "aged ____", "at age ____", "a ____-year-old": an age in passing. */
const AGE_AROUND = /\b(?:aged|age|ages)\s+#|#[-\s]years?[-\s]old\b/i;

/**
 * What a gapped figure is worth to a teacher, read off the words around the gap: money and counts
 * of people carry a story; a span of time, a distance or a forecast's odds seldom do. Blind
 * reviews kept the first and threw out the second as trivia.
 */
export function figureWorth(gapped: string, gap: string): number {
	const at = gapped.indexOf(gap);
	if (at < 0) return 0;
	const before = gapped.slice(0, at);
	const after = gapped.slice(at + gap.length);
	if (
		SPAN_AFTER.test(after) ||
		SPAN_AROUND.test(before) ||
		MEASURE_AFTER.test(after) ||
		TOTAL_BEFORE.test(before) ||
		AGE_AROUND.test(`${before}#${after}`)
	)
		return -1;
	// "my daughter, at age ____, died": a figure in someone's words is theirs to tell.
	if (insideQuotes(before)) return 0;
	if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return 1;
	if (COUNTED.test(after) || CASUALTY.test(after)) return 1;
	return 0;
}

/**
 * "At least one source from ____ said", "On ____, the authority announced", "The minister said
 * on ____ that": the date of someone's telling or announcing, not of the news.
 */
const TELLING =
	'said|says|told|reported|wrote|stated|announced|confirmed|declared|issued a statement';
const TELLING_AFTER = new RegExp(
	`^(?:[^.;,]{0,12}|,\\s+[\\p{L}\\s'’-]{0,40}?)\\b(?:${TELLING})\\b`,
	'iu'
);
const TELLING_BEFORE = new RegExp(
	`\\b(?:${TELLING})\\s+(?:late\\s+|early\\s+)?(?:on|in)\\s+$`,
	'i'
);

/** What a gapped date is worth: the day an event happened, not the day a source spoke of it. */
export function dateWorth(gapped: string, gap: string): number {
	const at = gapped.indexOf(gap);
	if (at < 0) return 0;
	return TELLING_AFTER.test(gapped.slice(at + gap.length)) ||
		TELLING_BEFORE.test(gapped.slice(0, at))
		? -1
		: 0;
}
