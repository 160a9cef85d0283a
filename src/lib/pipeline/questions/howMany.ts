/**
 * How many: a number fact -> the value, as a multiple choice with distractors of the same
 * magnitude and as a typed number with a tolerance.
 */
import { hasTag } from '../tags';
import type { Item } from '../schema';
import { cite, sentenceOf } from './citations';
import {
	digitsIn,
	GAP,
	gapInSentence,
	numberWord,
	replaceInSentence,
	standAlone,
	wordNumberIn
} from './cloze';
import { figureRank } from './salience';
import { corroboratedBy, primary, sameFact, type Ref, type StoryContext } from './context';
import { roundLike, nearbyDistractors, numberDistractors, type Scale } from './distractors';
import { itemId } from './ids';
import type { NumberFact } from '../facts';
import { containsWords, formatNumber, insideQuotes } from './text';

/**
 * Hedged figures ("about 210 million") accept answers within 5%; a bound ("over 37,000") still
 * states an exact figure, so it is typed exactly.
 */
const APPROXIMATE =
	/\b(about|around|nearly|almost|roughly|some|approximately|close to|an estimated|estimated)\b/i;

/** Values any report gives for the same thing, which a wrong option must never be. */
function valuesFor(ctx: StoryContext, ref: Ref<NumberFact>): number[] {
	return sameFact(ctx.numbers, ref).map((r) => r.fact.value);
}

/**
 * "aged 13 to 16", "a 3-1 win", "507-19", "either 21 or 22": one end cannot be asked (or changed)
 * on its own.
 */
/** Counts written as words: "three to five days" is a range too. */
const WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';

/** "to", "-", "–", and the hyphenated "12-to-18" and "12- to 18-month". */
const RANGE_JOIN = '(?:-\\s*to\\s*-?|to\\s*-|to|or|-|–)';

export function isRangeEnd(body: string, fact: NumberFact): boolean {
	const before = body.slice(Math.max(0, fact.start - 12), fact.start);
	const after = body.slice(fact.end, fact.end + 12);
	return (
		new RegExp(`(?:\\d|\\b(?:${WORDS}))\\s*(?:${RANGE_JOIN}|and)\\s*[£$€]?$`, 'i').test(before) ||
		new RegExp(`^\\s*(?:%\\s*)?${RANGE_JOIN}\\s*(?:[£$€]?\\d|(?:${WORDS})\\b)`, 'i').test(after)
	);
}

/**
 * Limits the sentence itself puts on the missing figure, so no option contradicts it: "____ of the
 * 12 members" (at most 12), "____%" (at most 100).
 */
export function boundsIn(gapped: string): { max?: number; min?: number } {
	// "____ … dropped to about 56": the earlier figure was higher; "rose to 56": lower.
	const to = new RegExp(
		`${GAP}[^.;]{0,80}?\\b(dropped|fell|declined|decreased|slipped|plunged|sank|shrank|rose|grew|increased|climbed|jumped|soared)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:about\\s+|approximately\\s+|around\\s+|nearly\\s+|some\\s+)?([\\d,.]+)`,
		'i'
	).exec(gapped);
	if (to) {
		const value = Number((to[2] ?? '').replace(/,/g, ''));
		if (Number.isFinite(value))
			return /^(?:rose|grew|increased|climbed|jumped|soared)$/i.test(to[1] ?? '')
				? { max: value }
				: { min: value };
	}
	const of = new RegExp(`${GAP}\\s+(?:of|out of)\\s+(?:the\\s+|its\\s+|their\\s+)?([\\d,]+)`).exec(
		gapped
	);
	if (of) return { max: Number((of[1] ?? '').replace(/,/g, '')) };
	// "completed ____ passes out of 276": the whole after the thing counted.
	const outOf = new RegExp(
		`${GAP}\\s+(?:[\\p{L}-]+\\s+){1,3}out of\\s+(?:the\\s+|its\\s+|their\\s+)?([\\d,]*\\d)`,
		'u'
	).exec(gapped);
	if (outOf) return { max: Number((outOf[1] ?? '').replace(/,/g, '')) };
	// "between US$____ and US$30,000": the gap is the lower end; "between 10 and ____", the upper.
	const upper = new RegExp(`between\\s+\\D{0,4}${GAP}\\s+and\\s+\\D{0,4}?([\\d,.]*\\d)`, 'i').exec(
		gapped
	);
	if (upper) return { max: Number((upper[1] ?? '').replace(/,/g, '')) - 1e-9 };
	const lower = new RegExp(`between\\s+\\D{0,4}?([\\d,.]*\\d)\\s+and\\s+\\D{0,4}${GAP}`, 'i').exec(
		gapped
	);
	if (lower) return { min: Number((lower[1] ?? '').replace(/,/g, '')) };
	if (new RegExp(`${GAP}\\s*(?:%|per ?cent|percent)`).test(gapped)) return { max: 100 };
	return {};
}

/**
 * The sentence's limits, and the side a hedge puts the wrong options on: in "more than ____
 * people", a smaller figure would still be true, so every wrong one is larger (and the reverse
 * for "fewer than ____").
 */
export function hedged(gapped: string, answer: number): { max?: number; min?: number } {
	const [a, b] = [boundsIn(gapped), fromTo(gapped, answer)];
	const bounds = {
		min: a.min === undefined ? b.min : Math.max(a.min, b.min ?? -Infinity),
		max: a.max === undefined ? b.max : Math.min(a.max, b.max ?? Infinity)
	};
	const before = (words: string) =>
		new RegExp(`\\b(?:${words})\\s+(?:[£$€]\\s*)?${GAP}`, 'i').test(gapped);
	if (before('more than|over|at least|upwards of|in excess of|as many as'))
		return { ...bounds, min: Math.max(bounds.min ?? -Infinity, answer) };
	if (before('less than|fewer than|under|at most|up to|no more than|below'))
		return { ...bounds, max: Math.min(bounds.max ?? Infinity, answer) };
	return bounds;
}

/**
 * "risen from ____% in 1995 to 17%": a wrong figure stays on the same side of the other end, or
 * the sentence contradicts itself ("risen from 25% to 17%").
 */
function fromTo(gapped: string, answer: number): { max?: number; min?: number } {
	const figure = String.raw`\D{0,4}?([\d,]*\d(?:\.\d+)?)`;
	const gap = String.raw`(?:about\s+|around\s+|nearly\s+)?\D{0,4}${GAP}`;
	const first = new RegExp(String.raw`\bfrom\s+${gap}[^.;]{0,60}?\bto\s+${figure}`, 'i');
	const second = new RegExp(String.raw`\bfrom\s+${figure}[^.;]{0,60}?\bto\s+${gap}`, 'i');
	const other = Number((first.exec(gapped) ?? second.exec(gapped))?.[1]?.replace(/,/g, ''));
	if (!Number.isFinite(other) || other === answer) return {};
	return answer < other ? { max: other - 1e-9 } : { min: other };
}

/** An age, a minute of play, a magnitude or an hour: figures on a scale with natural limits. */
export function scaleOf(gapped: string): Scale | null {
	const at = (pattern: string) => new RegExp(pattern.replace('GAP', GAP), 'i').test(gapped);
	if (at('\\b(?:aged|turns|turned|age of|at age)\\s+GAP') || at('GAP[-\\s]years?[-\\s]old'))
		return 'age';
	// "a magnitude ____ quake", "a(n) ____ earthquake": a figure before the quake is its magnitude.
	if (
		at('\\bmagnitude(?:\\s+of)?\\s+GAP') ||
		at('GAP[-\\s]magnitude') ||
		at('GAP[-\\s](?:earthquake|quake|tremor|aftershock)s?\\b')
	)
		return 'magnitude';
	if (at('\\b(?:on|in|at|after)\\s+(?:the\\s+)?GAP(?:th|st|nd|rd)?\\s+minutes?\\b'))
		return 'minute';
	// "at ____ o'clock", "at ____ p.m.": an hour of the clock.
	if (at("GAP\\s*(?:o[’']clock|a\\.m\\.|p\\.m\\.|am\\b|pm\\b)")) return 'hour';
	return null;
}

/** "17 to 25": a range asked whole, the way a forecast or an age band is stated. */
const RANGE_TAIL = /^(\s*(?:%\s*)?to\s*[£$€]?)(\d[\d,]*(?:\.\d+)?)(?![\d/-])/;

function rangeItem(ref: Ref<NumberFact>, start: number, digits: string, low: number): Item | null {
	const { article, fact } = ref;
	const body = article.facts.body;
	const tail = RANGE_TAIL.exec(body.slice(start + digits.length, start + digits.length + 24));
	const sentence = sentenceOf(article, fact);
	if (!tail || !sentence) return null;
	const high = Number((tail[2] ?? '').replace(/,/g, ''));
	if (!(low >= 1 && high > low && high <= low * 10)) return null;
	const end = start + digits.length + tail[0].length;
	const raw = replaceInSentence(body, sentence, start, end, GAP);
	const gapped = raw && standAlone(raw, sentence, article.facts.people);
	if (!gapped) return null;
	const show = (a: number, b: number) => `${formatNumber(a)} to ${formatNumber(b)}`;
	const answer = show(low, high);
	// Both ends moved by the same factor, so each wrong range is as wide, relatively, as the answer.
	const wrong = numberDistractors(low, [], 3, boundsIn(gapped), ref.id)
		.map((l) => show(l, Math.max(l + 1, roundLike((high * l) / low, high))))
		.filter((w, i, all) => w !== answer && all.indexOf(w) === i && !gapped.includes(w));
	if (wrong.length < 3) return null;
	return {
		id: itemId('how-many', ref.id, 'range'),
		type: 'how-many',
		format: 'choice',
		prompt: `Which range fills the gap in this sentence from ${article.outlet}? ${gapped}`,
		answer,
		options: [answer, ...wrong],
		explanation: `${article.outlet} reports: ${sentence.text.trim()}`,
		citations: [cite(article, sentence)]
	};
}

const LABEL_BEFORE =
	/\b(?:number|no\.|flight|route|train|bus|platform|gate|room|channel|article|section|chapter|page|highway|interstate|resolution|model|version|bill|phoned|dialled|dialed|dial|rang)\s*#?$/i;

/** "the Delta 4 rocket", "Soyuz 7": a figure right after a capitalised word mid-sentence names a thing. */
const NAME_BEFORE =
	/(?:^|[\s(])\p{Ll}+[,;]?\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Over|Than|About|Nearly|Almost|Some|Around|Least|Up|To|Of|For|By|With|In|On|At)\s)\p{Lu}[\p{L}-]*\s$/u;

const MONTH =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "asteroid 21 Lutetia" (a figure before a name), "Castro, 80, handed power …" (an age in
 * apposition): neither is a count worth a question, and an age is read off the other people's.
 */
function nameOrAge(before: string, after: string, value: number): boolean {
	const next = /^\s(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
	if (
		next &&
		!/s$/.test(next) &&
		!MONTH.test(next) &&
		!/^\p{Lu}+$/u.test(next) &&
		!/^(?:Hundred|Thousand|Million|Billion|Trillion|Percent|Per)$/.test(next) &&
		// "2,000 Afghan refugees": an adjective before the counted noun.
		!hasTag(next, 'Demonym') &&
		!hasTag(next, 'Adjective')
	)
		return true;
	return value < 120 && /\p{Lu}[\p{L}'’-]+,\s$/u.test(before) && /^,/.test(after);
}

/** "the annual 420 event", "his first Brickyard 400 win": a figure before a singular noun names it. */
const LABEL_AFTER =
	/^\s(?:event|win|victory|race|title|festival|edition|concert|tour|summit|rally|award|prize|cup|championship|series)\b/i;

/**
 * A figure that labels or names something ("train number 91", "the Delta 4 rocket", "the annual
 * 420 event") or is an age in apposition: not a count, so neither gapped nor changed.
 */
export function namesAThing(body: string, start: number, text: string, value: number): boolean {
	const before = body.slice(Math.max(0, start - 30), start);
	const after = body.slice(start + text.length, start + text.length + 30);
	return (
		LABEL_BEFORE.test(before) ||
		NAME_BEFORE.test(before) ||
		LABEL_AFTER.test(after) ||
		nameOrAge(before, after, value)
	);
}

/** True when `at` falls between quotation marks within its sentence. */
export function insideQuote(body: string, sentence: { start: number }, at: number): boolean {
	return insideQuotes(body.slice(sentence.start, at));
}

export function howManyItems(ctx: StoryContext): Item[] {
	const items: Item[] = [];
	for (const ref of primary(ctx.numbers)) {
		const { fact, article } = ref;
		const sentence = sentenceOf(article, fact);
		const figure = digitsIn(fact.text);
		const inWords = figure ? null : wordNumberIn(fact.text);
		const digits = figure ?? inWords;
		if (!sentence || !digits) continue;
		// A count in words must be the fact's own value ("four regions"), asked in words.
		if (inWords && inWords.value !== fact.value) continue;
		const range = inWords
			? null
			: rangeItem(ref, fact.start + digits.index, digits.text, digits.value);
		if (range && figureRank(article, fact) !== null) {
			items.push(range);
			continue;
		}
		// Years belong to the "when" questions.
		if (/^\d{4}$/.test(digits.text) && digits.value >= 1800 && digits.value <= 2100) continue;
		// Not a conversion in brackets, not a later figure of a list, not one end of a range or score.
		if (figureRank(article, fact) === null || isRangeEnd(article.facts.body, fact)) continue;
		const start = fact.start + digits.index;
		// "train number 91", "Flight 17", "Route 66": a label, not a count.
		if (namesAThing(article.facts.body, start, digits.text, digits.value)) continue;
		// "two hundred": a gap on "two" leaves "____ hundred".
		const body = article.facts.body;
		const before = body.slice(Math.max(0, start - 30), start);
		const after = body.slice(start + digits.text.length, start + digits.text.length + 30);
		if (
			inWords &&
			(/^[\s-]+(?:hundred|thousand|million|billion)\b/i.test(after) ||
				/(?:hundred|thousand|million|billion)[\s-]+(?:and\s+)?$/i.test(before))
		)
			continue;
		// "wave with all five fingers": a small figure in someone's words is a turn of phrase.
		if (digits.value < 10 && insideQuote(article.facts.body, sentence, start)) continue;
		const raw = gapInSentence(article.facts.body, sentence, start, digits.text);
		// "____ miles (800 km)": the conversion beside the gap gives the answer away.
		const unconverted = raw?.replace(
			new RegExp(`(${GAP}[^()]{0,20}?)\\s*\\([^()]*\\d[^()]*\\)`),
			'$1'
		);
		const gapped = unconverted && standAlone(unconverted, sentence, article.facts.people);
		if (!gapped) continue;
		// Options written the way the article writes this figure ("3,400", not "3400").
		const grouped = digits.text.includes(',') || digits.value >= 10000;
		const capital = /^\p{Lu}/u.test(digits.text);
		const written = (n: number) => {
			const word = inWords ? numberWord(n) : formatNumber(n, grouped);
			return word && capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
		};
		const answer = inWords ? digits.text : formatNumber(digits.value, grouped);
		// Another figure of the same sentence as an option reads as a slip, not a wrong answer.
		const avoid = [
			...valuesFor(ctx, ref),
			...article.facts.numbers.filter((n) => n.sentence === fact.sentence).map((n) => n.value)
		];
		const scale = scaleOf(gapped);
		const bounds = hedged(gapped, digits.value);
		// "more than 100 years old": a round figure under a hedge has round wrong options, not 103.
		const roundHedge =
			(bounds.min === digits.value || bounds.max === digits.value) &&
			digits.value >= 20 &&
			digits.value % 10 === 0;
		const wrong = (
			scale && !inWords && !roundHedge
				? nearbyDistractors(digits.value, scale, avoid, bounds, ref.id)
				: numberDistractors(digits.value, avoid, 6, bounds, ref.id)
		)
			.map(written)
			.filter((w): w is string => w !== null)
			.slice(0, 3);
		const citations = [cite(article, sentence)];
		const corroborated = corroboratedBy(ref, ctx.numbers);
		const explanation = `${article.outlet} reports: ${sentence.text.trim()}`;
		if (wrong.length === 3) {
			items.push({
				id: itemId('how-many', ref.id, 'choice'),
				type: 'how-many',
				format: 'choice',
				prompt: `Which number fills the gap in this sentence from ${article.outlet}? ${gapped}`,
				answer,
				options: [answer, ...wrong],
				explanation,
				citations,
				corroborated
			});
		}
		const approximate = APPROXIMATE.test(fact.qualifier ?? '') || APPROXIMATE.test(fact.text);
		items.push({
			id: itemId('how-many', ref.id, 'number'),
			type: 'how-many',
			format: 'number',
			prompt: `Type the number missing from this sentence from ${article.outlet}: ${gapped}`,
			answer: String(digits.value),
			tolerance: approximate ? Math.round(digits.value * 0.05 * 100) / 100 : 0,
			// The unit only when the article writes it after the figure ("210 million euros").
			...(fact.unit && containsWords(gapped, `${GAP} ${fact.unit}`) ? { unit: fact.unit } : {}),
			explanation,
			citations,
			corroborated
		});
	}
	return items;
}
