import type { DateFact, Facts, NumberFact, Place, Quote } from '../facts';
import { parseArticle, type ArticleOptions } from './article';
import { segment } from './segment';
import { findPeople, PeopleRegistry } from './people';
import { Coref } from './coref';
import { quotesInSentence } from './quotes';
import { datesInSentence } from './dates';
import { numbersInSentence } from './numbers';
import { placesInSentence, uniquePlaces } from './places';
import { keepPeople } from './personhood';
import { canonicalSpeakers } from './speakers';
import { interviewAnswers } from './interview';

export { parseArticle, type ArticleOptions } from './article';

/** Sentences longer than this are run-on garbage (no full stop for pages): rules skip them. */
const MAX_SENTENCE = 3000;

/** Share of characters that are control or replacement characters: high means binary input. */
function binaryShare(text: string): number {
	const sample = text.slice(0, 4000);
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) bad++;
	}
	return sample.length ? bad / sample.length : 0;
}

/** One fact per distinct date, at its first mention; later mentions are kept as its mentions. */
function distinctDates(dates: DateFact[]): DateFact[] {
	const byWhen = new Map<string, DateFact>();
	for (const d of dates) {
		const first = byWhen.get(d.when);
		if (!first) byWhen.set(d.when, { ...d, mentions: [] });
		else first.mentions?.push({ sentence: d.sentence, start: d.start, end: d.end });
	}
	return [...byWhen.values()];
}

/**
 * Reads an article and finds its people, quotes, numbers, dates and places, each with the
 * sentence and body offsets it came from. Throws only when no publication date is known.
 */
export function extractFacts(text: string, opts: ArticleOptions = {}): Facts {
	const article = parseArticle(typeof text === 'string' ? text : '', opts);
	const { meta, body } = article;
	const warnings = [...article.warnings];
	const facts: Facts = {
		meta,
		body,
		sentences: [],
		quotes: [],
		numbers: [],
		dates: [],
		people: [],
		places: [],
		warnings
	};
	if (!body.trim()) {
		warnings.push('the article body is empty');
		return facts;
	}
	if (binaryShare(body) > 0.05) {
		warnings.push('the text looks binary (many control characters): nothing was extracted');
		return facts;
	}
	const seg = segment(body);
	facts.sentences = seg.sentences;
	const registry = new PeopleRegistry();
	const coref = new Coref(registry, body);
	const quotes: Quote[] = [];
	const numbers: NumberFact[] = [];
	const dates: DateFact[] = [];
	const places: Place[] = [];
	let q = 0;
	let skipped = 0;
	seg.sentences.forEach((s, i) => {
		const spans = [];
		while (q < seg.quotes.length && (seg.quotes[q]?.start ?? Infinity) < s.end)
			spans.push(seg.quotes[q++]!);
		if (s.text.length > MAX_SENTENCE) {
			skipped++;
			return;
		}
		coref.enter(s.paragraph, s.start);
		const dateline = seg.datelines.has(i);
		// A dateline names the agency, never a person.
		if (!dateline)
			for (const c of findPeople(s.text))
				registry.add(c, { sentence: i, start: s.start + c.start, end: s.start + c.end });
		const ds = datesInSentence(s, i, meta.published, dateline);
		dates.push(...ds);
		numbers.push(
			...numbersInSentence(
				s,
				i,
				ds.map((d) => [d.start, d.end])
			)
		);
		places.push(...placesInSentence(s, i, dateline));
		const next = seg.sentences[i + 1];
		const sameParagraph = next?.paragraph === s.paragraph ? next : undefined;
		if (!dateline) quotes.push(...quotesInSentence(coref, s, i, spans, sameParagraph));
	});
	if (skipped) warnings.push(`${skipped} over-long sentence(s) without full stops were skipped`);
	facts.people = keepPeople(registry.people, quotes, coref.referred, body);
	// Being interviewed is a sign of a person: the interviewee is looked for among all names.
	const answers = interviewAnswers(seg.sentences, registry.people, meta.title ?? '', quotes);
	const interviewed = new Set(answers.map((a) => a.speaker));
	for (const p of registry.people)
		if (interviewed.has(p.name) && !facts.people.some((kept) => kept.name === p.name))
			facts.people.push(p);
	if (answers.length) {
		quotes.push(...answers);
		quotes.sort((a, b) => a.start - b.start);
	}
	facts.speakers = canonicalSpeakers(quotes, facts.people, body);
	facts.quotes = quotes;
	facts.numbers = numbers;
	facts.dates = distinctDates(dates);
	facts.places = uniquePlaces(places);
	if (!quotes.length && !numbers.length && !dates.length)
		warnings.push('no quotes, numbers or dates were found in the text');
	return facts;
}
