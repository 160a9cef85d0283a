/**
 * When: a date fact -> the year, month or day, exactly as precise as the article states it.
 * Relative dates ("last month", "on Monday") are left to the timeline: a reader cannot name
 * their date from the sentence alone.
 */
import type { DateFact } from '../facts';
import type { Item } from '../schema';
import { cite, sentenceOf } from './citations';
import { gapInSentence, standAlone } from './cloze';
import { corroboratedBy, primary, sameFact, type Ref, type StoryContext } from './context';
import { dateDistractors } from './distractors';
import { explicitDate, formatDate, parseWhen, type DateParts } from './dates';
import { itemId } from './ids';

const NOUN = { 4: 'year', 7: 'month and year', 10: 'date' } as const;

const YEAR_LIST = /\b\d{4},\s*____|____,\s*\d{4}\b|____,?\s+and\s+\d{4}\b|\b\d{4},?\s+and\s+____/;

/** The date in the form the article states it, or null when it states no date outright. */
export function statedDate(fact: DateFact): { parts: DateParts; withYear: boolean } | null {
	const parts = parseWhen(fact.when);
	const stated = explicitDate(fact.text);
	if (!parts || !stated) return null;
	if (stated.hasYear && !stated.text.includes(String(parts.year))) return null;
	// The text must be as precise as the fact: "2022" cannot answer "February 2022".
	const hasMonth = /[A-Za-z]/.test(stated.text);
	const hasDay = /(^|\s)\d{1,2}(st|nd|rd|th)?\b(?!\d)/.test(stated.text.replace(/\d{4}/, ''));
	if ((parts.month !== undefined) !== hasMonth || (parts.day !== undefined) !== hasDay) return null;
	if (!stated.hasYear && parts.day === undefined) return null;
	return { parts, withYear: stated.hasYear };
}

/** Dates any report gives for the same event, never offered as wrong answers. */
function datesFor(ctx: StoryContext, ref: Ref<DateFact>): string[] {
	return sameFact(ctx.dates, ref).map((r) => r.fact.when);
}

export function whenItems(ctx: StoryContext): Item[] {
	const items: Item[] = [];
	for (const ref of primary(ctx.dates)) {
		const { fact, article } = ref;
		const stated = statedDate(fact);
		const sentence = sentenceOf(article, fact);
		if (!stated || !sentence || fact.when === article.facts.meta.published) continue;
		// The year the report came out, asked on its own, is given by its date line.
		if (fact.when === article.facts.meta.published.slice(0, 4)) continue;
		const found = explicitDate(fact.text);
		if (!found) continue;
		const start = fact.start + found.index;
		const raw = gapInSentence(article.facts.body, sentence, start, found.text);
		const gapped = raw && standAlone(raw, sentence, article.facts.people);
		// "the World Cups of ____, 2010 and 2014": one of a list of years is no event's date, and
		// wrong years ignore the list's rhythm.
		if (!gapped || YEAR_LIST.test(gapped)) continue;
		const wrong = dateDistractors(
			stated.parts,
			article.facts.meta.published,
			datesFor(ctx, ref),
			ref.id
		).map((d) => formatDate(d, stated.withYear));
		if (wrong.length < 3) continue;
		const answer = formatDate(stated.parts, stated.withYear);
		const noun = stated.withYear ? NOUN[fact.when.length as 4 | 7 | 10] : 'date';
		items.push({
			id: itemId('when', ref.id),
			type: 'when',
			format: 'choice',
			prompt: `Which ${noun} ${noun.includes(' and ') ? 'fill' : 'fills'} the gap in this sentence from ${article.outlet}? ${gapped}`,
			answer,
			options: [answer, ...wrong],
			explanation: `${article.outlet} gives the ${noun} as ${found.text}.`,
			citations: [cite(article, sentence)],
			corroborated: corroboratedBy(ref, ctx.dates)
		});
	}
	return items;
}
