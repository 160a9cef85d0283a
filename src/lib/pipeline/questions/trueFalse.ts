/**
 * True or false: a fact stated as the article states it, or with one element swapped (the
 * speaker, the number or the date). Which facts are stated falsely is decided from their ids,
 * alternating, so a set holds a mix of both and the choice is stable across seeds.
 */
import type { Citation, Item } from '../schema';
import { hashString } from '../random';
import { cite, citeQuote, sentenceOf } from './citations';
import { claimOf } from './claims';
import { digitsIn, replaceInSentence } from './cloze';
import { corroboratedBy, primary, speakerOf, type Ref, type StoryContext } from './context';
import { explicitDate, formatDate, parseWhen } from './dates';
import { dateDistractors, numberDistractors, speakerDistractors } from './distractors';
import { itemId } from './ids';
import { speakerPhrase } from './speakers';
import { capitalise, formatNumber } from './text';
import { statedDate } from './when';

/** A fact that can be stated truly, and falsely when `falseStatement` is set. */
interface Candidate {
	id: string;
	trueStatement: string;
	falseStatement?: string;
	trueNote: string;
	falseNote?: string;
	citations: Citation[];
	corroborated?: string[];
}

function fromQuotes(ctx: StoryContext): Candidate[] {
	const out: Candidate[] = [];
	for (const ref of primary(ctx.quotes)) {
		const speaker = speakerOf(ctx, ref.fact);
		const claim = claimOf(ref.fact, ref.article.facts.body);
		const citations = citeQuote(ref.article, ref.fact, ref.fact.speaker);
		if (
			!speaker ||
			!claim ||
			!citations ||
			(claim.form === 'words' && !/^“\p{Lu}/u.test(claim.text))
		)
			continue;
		const id = itemId('true-false', ref.id);
		const body = ref.article.facts.body;
		const name = (n: string) => capitalise(speakerPhrase(n, speaker.kind, body));
		const swap = speakerDistractors(ctx, ref.fact, id, 1)[0];
		const said = claim.form === 'clause' ? `said that ${claim.text}.` : `said: ${claim.text}`;
		const reported = `${ref.article.outlet} reports that ${speakerPhrase(speaker.name, speaker.kind, body)} said this`;
		out.push({
			id,
			trueStatement: `${name(speaker.name)} ${said}`,
			falseStatement: swap ? `${name(swap)} ${said}` : undefined,
			trueNote: `${reported}.`,
			falseNote: swap ? `${reported}, not ${speakerPhrase(swap, speaker.kind, body)}.` : undefined,
			citations,
			corroborated: corroboratedBy(ref, ctx.quotes)
		});
	}
	return out;
}

/** The article's sentence, and the same sentence with one span replaced. */
function fromSentence<T extends { start: number; end: number; sentence: number }>(
	ref: Ref<T>,
	list: Ref<T>[],
	found: { text: string; index: number },
	wrongText: string | undefined
): Candidate | null {
	const { article, fact } = ref;
	const sentence = sentenceOf(article, fact);
	if (!sentence) return null;
	const start = fact.start + found.index;
	const end = start + found.text.length;
	if (article.facts.body.slice(start, end) !== found.text) return null;
	const as = (text: string) => replaceInSentence(article.facts.body, sentence, start, end, text);
	const truly = as(found.text);
	const falsely = wrongText ? as(wrongText) : null;
	if (!truly) return null;
	return {
		id: itemId('true-false', ref.id),
		trueStatement: `According to ${article.outlet}: ${truly}`,
		falseStatement: falsely ? `According to ${article.outlet}: ${falsely}` : undefined,
		trueNote: `${article.outlet} states it this way.`,
		falseNote: `${article.outlet} gives ${found.text}, not ${wrongText}.`,
		citations: [cite(article, sentence)],
		corroborated: corroboratedBy(ref, list)
	};
}

function candidates(ctx: StoryContext): Candidate[] {
	const out = fromQuotes(ctx);
	for (const ref of primary(ctx.numbers)) {
		const digits = digitsIn(ref.fact.text);
		if (!digits || (/^\d{4}$/.test(digits.text) && digits.value >= 1800 && digits.value <= 2100))
			continue;
		// One end of a range or score ("aged 13 to 16", "a 3-1 win") cannot change on its own.
		const body = ref.article.facts.body;
		const near = [
			body.slice(Math.max(0, ref.fact.start - 12), ref.fact.start),
			body.slice(ref.fact.end, ref.fact.end + 12)
		];
		if (
			/\d\s*(?:to|and|-|–)\s*[£$€]?$/.test(near[0] ?? '') ||
			/^\s*(?:to|and|-|–)\s*[£$€]?\d/.test(near[1] ?? '')
		)
			continue;
		const avoid = ctx.numbers.filter((r) => r.group === ref.group).map((r) => r.fact.value);
		const wrong = numberDistractors(digits.value, avoid, 1)[0];
		const grouped = digits.text.includes(',') || digits.value >= 10000;
		const made = fromSentence(
			ref,
			ctx.numbers,
			digits,
			wrong === undefined ? undefined : formatNumber(wrong, grouped)
		);
		if (made) out.push(made);
	}
	for (const ref of primary(ctx.dates)) {
		const stated = statedDate(ref.fact);
		const found = explicitDate(ref.fact.text);
		// Only a stated year is swapped: a changed day or month would need the article's own date style.
		if (
			!stated ||
			!found ||
			stated.parts.month !== undefined ||
			ref.fact.when === ref.article.facts.meta.published
		)
			continue;
		const published = parseWhen(ref.article.facts.meta.published)?.year ?? stated.parts.year;
		const wrong = dateDistractors(stated.parts, published, [ref.fact.when])[0];
		const made = fromSentence(ref, ctx.dates, found, wrong ? formatDate(wrong) : undefined);
		if (made) out.push(made);
	}
	return out;
}

export function trueFalseItems(ctx: StoryContext): Item[] {
	const list = candidates(ctx).sort((a, b) => hashString(a.id) - hashString(b.id));
	return list.map((c, i) => {
		const truth = i % 2 === 0 || !c.falseStatement;
		return {
			id: c.id,
			type: 'true-false',
			format: 'choice',
			prompt: `True or false? ${truth ? c.trueStatement : c.falseStatement}`,
			answer: truth ? 'True' : 'False',
			options: ['True', 'False'],
			explanation: `${truth ? 'True' : 'False'}: ${truth ? c.trueNote : c.falseNote}`,
			citations: c.citations,
			corroborated: c.corroborated
		};
	});
}
