/**
 * True or false that makes a student think. A True statement is built from a fact's parts (an
 * event and its date), never the article's sentence repeated. A False statement changes one
 * element to a plausible alternative from the same story that clearly contradicts the article:
 * another speaker, figure or year. A bound ("more than 2 million") is never changed: a changed
 * bound may still be true.
 */
import type { Citation, Item } from '../schema';
import { hashString } from '../random';
import { clearlyAttributed } from './attribution';
import { cite, citeQuote, sentenceOf } from './citations';
import { claimOf } from './claims';
import { digitsIn, gapInSentence, replaceInSentence, standAlone } from './cloze';
import { corroboratedBy, primary, speakerOf, type Ref, type StoryContext } from './context';
import { explicitDate, formatDate } from './dates';
import { ROLE_ONLY, dateDistractors, numberDistractors, speakerDistractors } from './distractors';
import { hedged, insideQuote, isRangeEnd, namesAThing } from './howMany';
import { itemId } from './ids';
import { figureRank } from './salience';
import { speakerPhrase } from './speakers';
import { capitalise, formatNumber } from './text';
import { comparedDate, eventLabel } from './events';
import { statedDate } from './when';
import type { NumberFact } from '../facts';

/** One fact, stated truly (from its parts) and/or falsely (one element changed). */
interface Candidate {
	id: string;
	trueStatement?: string;
	falseStatement?: string;
	trueNote?: string;
	falseNote?: string;
	citations: Citation[];
	corroborated?: string[];
}

/**
 * A quote credited to another speaker of the story: only ever False. "X said: <their exact words>"
 * marked True is the article repeated, which blind reviewers reject as trivially true.
 */
function fromQuotes(ctx: StoryContext): Candidate[] {
	const out: Candidate[] = [];
	for (const ref of primary(ctx.quotes)) {
		const speaker = speakerOf(ctx, ref.fact);
		const claim = claimOf(ref.fact, ref.article.facts.body);
		const citations = citeQuote(ref.article, ref.fact, ref.fact.speaker);
		if (
			!speaker ||
			!claim ||
			claim.denied ||
			!citations ||
			!clearlyAttributed(ref.article.facts, ref.fact)
		)
			continue;
		if (claim.form === 'words' && !/^“\p{Lu}/u.test(claim.text)) continue;
		const id = itemId('true-false', ref.id);
		const swap = speakerDistractors(ctx, ref.fact, id, 1)[0];
		if (!swap || ROLE_ONLY.test(speaker.name)) continue;
		const body = ref.article.facts.body;
		const said = claim.form === 'clause' ? `said that ${claim.text}.` : `said: ${claim.text}`;
		out.push({
			id,
			falseStatement: `${capitalise(speakerPhrase(swap, speaker.kind, body))} ${said}`,
			falseNote: `${ref.article.outlet} reports that ${speakerPhrase(speaker.name, speaker.kind, body)} said this, not ${speakerPhrase(swap, speaker.kind, body)}.`,
			citations,
			corroborated: corroboratedBy(ref, ctx.quotes)
		});
	}
	return out;
}

/** "an 7-year lull" -> "a 7-year lull", "a 8-hour shift" -> "an 8-hour shift". */
export function aBeforeFigures(text: string): string {
	return text.replace(/\b([Aa])n?(\s+)(\d[\d,]*)/g, (_, a: string, space: string, n: string) => {
		const plain = n.replace(/,$/, '');
		const vowel = /^8/.test(plain) || /^1[18](?:,\d{3})*$/.test(plain) || /^1[18]$/.test(plain);
		return `${a}${vowel ? 'n' : ''}${space}${n}`;
	});
}

/** Another figure of the same article in the same unit and of a like size, else a scaled one. */
function otherFigure(ctx: StoryContext, ref: Ref<NumberFact>, value: number): number | undefined {
	const avoid = ctx.numbers.filter((r) => r.group === ref.group).map((r) => r.fact.value);
	// A figure the same sentence gives for something else makes the statement contradict itself.
	for (const n of ref.article.facts.numbers)
		if (n.sentence === ref.fact.sentence) avoid.push(n.value);
	const near = ref.article.facts.numbers.find(
		(n) =>
			n !== ref.fact &&
			n.sentence !== ref.fact.sentence &&
			(n.unit ?? '') === (ref.fact.unit ?? '') &&
			n.value / value >= 0.3 &&
			n.value / value <= 3 &&
			Math.abs(n.value - value) > value * 0.2 &&
			!avoid.includes(n.value) &&
			Number.isInteger(n.value) === Number.isInteger(value)
	);
	return near?.value ?? numberDistractors(value, avoid, 1)[0];
}

/** A bound or a hedge: "more than", "at least", "nearly", "up to"... changing it may stay true. */
const BOUND =
	/\b(?:more|fewer|less|over|under|at least|at most|up to|nearly|almost|above|below|exceed\w*|than)\b/i;

function fromNumbers(ctx: StoryContext): Candidate[] {
	const out: Candidate[] = [];
	for (const ref of primary(ctx.numbers)) {
		const { fact, article } = ref;
		const digits = digitsIn(fact.text);
		if (!digits || (/^\d{4}$/.test(digits.text) && digits.value >= 1800 && digits.value <= 2100))
			continue;
		const before = article.facts.body.slice(Math.max(0, fact.start - 14), fact.start);
		if (BOUND.test(fact.qualifier ?? '') || BOUND.test(fact.text) || BOUND.test(before)) continue;
		if (isRangeEnd(article.facts.body, fact) || figureRank(article, fact) === null) continue;
		const sentence = sentenceOf(article, fact);
		const wrong = otherFigure(ctx, ref, digits.value);
		// "1 yellow cards": a figure changed to one leaves its noun plural.
		if (!sentence || wrong === undefined || wrong === 1) continue;
		// A changed figure inside someone's words would misquote them; a long sentence with one
		// figure changed is a reading test, not a question.
		if (
			article.facts.quotes.some((q) => q.direct && fact.start >= q.start && fact.start < q.end) ||
			// Words no rule credited to anyone ("Another added: “… for 30 years”") are still words.
			insideQuote(article.facts.body, sentence, fact.start)
		)
			continue;
		if (sentence.text.split(/\s+/).length > 32) continue;
		const start = fact.start + digits.index;
		if (namesAThing(article.facts.body, start, digits.text, digits.value)) continue;
		// "40 miles (64 km)": the conversion left as it was shows the changed figure false.
		const after = article.facts.body.slice(
			start + digits.text.length,
			start + digits.text.length + 30
		);
		if (/^\s*[\p{L}.]*\s*\([^()]*\d/u.test(after)) continue;
		// "__ … dropped to 56": a changed figure below 56 contradicts its own sentence.
		const gapped = gapInSentence(article.facts.body, sentence, start, digits.text);
		// "more than 1,300": a changed figure below it would still be true.
		const { min, max } = gapped ? hedged(gapped, digits.value) : {};
		if ((min !== undefined && wrong <= min) || (max !== undefined && wrong > max)) continue;
		const grouped = digits.text.includes(',') || digits.value >= 10000;
		const changed = replaceInSentence(
			article.facts.body,
			sentence,
			start,
			start + digits.text.length,
			formatNumber(wrong, grouped)
		);
		const falsely = changed && standAlone(aBeforeFigures(changed), sentence, article.facts.people);
		if (!falsely) continue;
		out.push({
			id: itemId('true-false', ref.id),
			falseStatement: `According to ${article.outlet}: ${falsely}`,
			falseNote: `${article.outlet} gives ${digits.text}, not ${formatNumber(wrong, grouped)}.`,
			citations: [cite(article, sentence)],
			corroborated: corroboratedBy(ref, ctx.numbers)
		});
	}
	return out;
}

/** "The council extended the embargo in 2023." from the event and its year, and a wrong year. */
function fromDates(ctx: StoryContext): Candidate[] {
	const out: Candidate[] = [];
	for (const ref of primary(ctx.dates)) {
		const { fact, article } = ref;
		const stated = statedDate(fact);
		const label = eventLabel(fact.what);
		const sentence = sentenceOf(article, fact);
		if (!stated || !label || !sentence || !explicitDate(fact.text)) continue;
		if (comparedDate(article.facts.body, fact)) continue;
		if (fact.when === article.facts.meta.published || fact.when > article.facts.meta.published)
			continue;
		if (!/^\p{Lu}/u.test(fact.what.trim()) || /^(?:he|she|they|it|this|these)\b/i.test(label))
			continue;
		const wrong = dateDistractors(stated.parts, article.facts.meta.published, [fact.when])[0];
		if (!wrong) continue;
		// "has been under sanctions since 2006" is not "under sanctions in 2006".
		const since = /^since\b/i.test(fact.text);
		const at = (d: typeof wrong) =>
			`${label}${since ? ' since' : d.day !== undefined ? ' on' : ' in'} ${formatDate(d, stated.withYear || d.day === undefined)}.`;
		out.push({
			id: itemId('true-false', ref.id),
			trueStatement: `According to ${article.outlet}: ${at(stated.parts)}`,
			falseStatement: `According to ${article.outlet}: ${at(wrong)}`,
			trueNote: `${article.outlet} dates this to ${formatDate(stated.parts, stated.withYear)}.`,
			falseNote: `${article.outlet} dates this to ${formatDate(stated.parts, stated.withYear)}, not ${formatDate(wrong, stated.withYear)}.`,
			citations: [cite(article, sentence)],
			corroborated: corroboratedBy(ref, ctx.dates)
		});
	}
	return out;
}

export function trueFalseItems(ctx: StoryContext): Item[] {
	const list = [...fromDates(ctx), ...fromQuotes(ctx), ...fromNumbers(ctx)].sort(
		(a, b) => hashString(a.id) - hashString(b.id)
	);
	let both = 0;
	return list.map((c) => {
		// Alternating where both exist, so a set mixes True and False and the seed does not matter.
		const truth = c.trueStatement !== undefined && (!c.falseStatement || both++ % 2 === 0);
		const statement = truth ? c.trueStatement : c.falseStatement;
		const note = truth ? c.trueNote : c.falseNote;
		return {
			id: c.id,
			type: 'true-false',
			format: 'choice',
			prompt: `True or false? ${statement ?? ''}`,
			answer: truth ? 'True' : 'False',
			options: ['True', 'False'],
			explanation: `${truth ? 'True' : 'False'}: ${note ?? ''}`,
			citations: c.citations,
			corroborated: c.corroborated
		};
	});
}
