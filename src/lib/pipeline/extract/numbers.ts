import type { NumberFact, Sentence } from '../facts';
import { NUMBER_WORDS, PHRASE_STOPS, QUALIFIERS, QUALIFYING_VERBS, SCALES } from './lexicon';

const WORDNUM = Object.keys(NUMBER_WORDS)
	.filter((w) => w !== 'one')
	.sort((a, b) => b.length - a.length)
	.join('|');
/** Not counts: clock times ("8:05", "9 p.m.") and ratios or odds ("5/4") are left alone. */
const CLOCK_RE = /^\s?(?:a\.?m\b|p\.?m\b)/i;
const NUM_RE = new RegExp(
	String.raw`(?<![\p{L}\d.,:/-])(?<cur>[$€£¥])?(?:(?<dig>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>${WORDNUM}))` +
		String.raw`(?:\s?(?<scale>million|billion|trillion|thousand|bn|tn)\b|(?<=\d)(?<glued>m|k)\b)?` +
		String.raw`(?:(?<pct>\s?%|\s(?:percent|per cent)\b)|-(?<compound>[a-z]+)\b|(?<=\d)(?<gunit>km|kg|cm|mm|mph|kmh|ft|lb|GW|MW|kW)\b)?(?![\p{L}\d]|[.,:/]\d)`,
	'giu'
);
const QUALIFIER_RE = new RegExp(`(?:^|\\s)(${QUALIFIERS.join('|')})\\s+$`, 'i');
const VERB_RE = new RegExp(`(?:^|\\s)(${[...QUALIFYING_VERBS].join('|')})\\s+$`, 'i');
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const UNIT_WORDS =
	/^(?:dollars?|euros?|pounds?|yuan|yen|rupees?|km|kilometres?|kilometers?|miles?|metres?|meters?|kg|kilograms?|tonnes?|tons?|degrees?|years?|months?|days?|hours?|minutes?|percentage points?|points?|barrels?|acres?|hectares?|feet|square)$/i;

const cleanWord = (w: string): string => w.replace(/[,.;:!?”"’)]+$/, '');

/** Words after the number that name what is counted: "foreign soldiers". */
function nounAfter(rest: string): { phrase: string; unit: string | null } {
	const out: string[] = [];
	let unit: string | null = null;
	const ws = rest.trim().split(/\s+/);
	let i = 0;
	if (ws[0] === 'of') i = 1;
	for (; i < ws.length && out.length < 6; i++) {
		const raw = ws[i] ?? '';
		const w = cleanWord(raw);
		if (!w || PHRASE_STOPS.has(w.toLowerCase()) || /^[“"(]/.test(raw)) break;
		// A word followed by a determiner is a verb ("council means any"), not part of the phrase.
		if (out.length && /^(?:any|the|a|an|this|these|those|no|more)$/i.test(ws[i + 1] ?? '')) break;
		if (out.length && /^\p{Ll}+ed$/u.test(w)) break;
		if (out.length === 0 && UNIT_WORDS.test(w) && !unit) unit = w.toLowerCase();
		out.push(w);
		if (w !== raw) break;
	}
	return { phrase: out.join(' '), unit };
}

/** "... are in Belarus" / "in Texas" after the phrase, kept so the phrase says where. */
function placeAfter(rest: string): string {
	const m =
		/^(?:\s+(?:are|is|were|was))?(?:\s+(?:currently|now|still|already))?\s+(in|across|inside)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)*)/u.exec(
			rest
		);
	return m ? ` ${m[1]} ${(m[2] ?? '').replace(/[.,]$/, '')}` : '';
}

const VERBISH =
	/^(?:\p{Ll}+ed|rose|fell|grew|hit|was|is|were|are|stood|kept|held|put|set|cut|stands|remains|rises|falls|grows)$/u;

/** The noun before the number: "the flood toll exceeded" / "kept its rate at" -> the noun. */
function nounBefore(before: string): string {
	const ws = before.trim().split(/\s+/);
	while (
		ws.length &&
		/^(?:by|to|at|of|from|around|about|some|than|more|less|over|under|nearly|almost|exceeded|topped)$/i.test(
			ws[ws.length - 1] ?? ''
		)
	)
		ws.pop();
	if (VERBISH.test(ws[ws.length - 1] ?? '') || QUALIFYING_VERBS.has(ws[ws.length - 1] ?? ''))
		ws.pop();
	const out: string[] = [];
	for (let i = ws.length - 1; i >= 0 && out.length < 5; i--) {
		const w = out.length ? (ws[i] ?? '') : (ws[i] ?? '').replace(/,$/, '');
		if (/[,;:“”"(]$/.test(w) || /^[“"(]/.test(w) || PHRASE_STOPS.has(w.toLowerCase())) break;
		if (/^(?:the|a|an)$/i.test(w)) break;
		out.unshift(w);
	}
	return out.join(' ');
}

/** Numbers in one sentence, with qualifier and what they count; `skip` holds date spans. */
export function numbersInSentence(
	s: Sentence,
	index: number,
	skip: [number, number][]
): NumberFact[] {
	const out: NumberFact[] = [];
	for (const m of s.text.matchAll(NUM_RE)) {
		const g = m.groups ?? {};
		const start = s.start + m.index;
		const end = start + m[0].length;
		if (skip.some(([a, b]) => start < b && end > a)) continue;
		let value = g.dig
			? Number(g.dig.replace(/,/g, ''))
			: (NUMBER_WORDS[(g.word ?? '').toLowerCase()] ?? NaN);
		if (!Number.isFinite(value)) continue;
		if (g.dig && !g.scale && !g.pct && !g.cur && /^(?:1[89]|20)\d{2}$/.test(g.dig)) continue;
		// "£15m" is millions only after a currency sign; "15m" alone is metres.
		if (g.glued && !g.cur) continue;
		value *= SCALES[(g.scale ?? g.glued ?? '').toLowerCase()] ?? 1;
		const rest = s.text.slice(m.index + m[0].length);
		const before = s.text.slice(0, m.index);
		if (g.word && !/^\s+(?:of\s+)?\p{Ll}/u.test(rest)) continue;
		if (g.dig && CLOCK_RE.test(rest)) continue;
		// "two thirds" is a fraction, not a count.
		if (g.word && /^\s+(?:thirds|quarters|fifths|tenths|halves)\b/.test(rest)) continue;
		if (
			g.word &&
			/^a\s/i.test(g.word) === false &&
			/\b(?:a|the)\s+$/i.test(before) &&
			g.word !== 'dozen'
		)
			continue;
		let qualifier: string | null = null;
		let textStart = m.index;
		const q = QUALIFIER_RE.exec(before) ?? VERB_RE.exec(before);
		if (q?.[1]) {
			qualifier = q[1].toLowerCase();
			if (QUALIFIER_RE.test(before)) textStart = before.length - q[0].trimStart().length;
		}
		let unit: string | null = g.cur
			? (CURRENCY[g.cur] ?? null)
			: g.pct
				? 'percent'
				: (g.gunit?.toLowerCase() ?? null);
		let what: string;
		if (g.compound) {
			const head = nounAfter(rest);
			unit = g.compound;
			what =
				g.compound === 'member'
					? `members of the ${head.phrase}`
					: `${head.phrase} (${g.compound}s)`;
		} else {
			const after = nounAfter(rest);
			unit ??= after.unit;
			what = after.phrase;
			if (!what) what = nounBefore(before);
			what += placeAfter(rest.slice(rest.indexOf(after.phrase) + after.phrase.length));
		}
		what = what.trim();
		if (!what || /^(?:in|across|inside)\b/.test(what))
			what = `${what ? `${unit ?? 'number'} ${what}` : (unit ?? 'number')}`;
		const text = s.text.slice(textStart, m.index + m[0].length);
		out.push({
			sentence: index,
			start: s.start + textStart,
			end,
			value,
			unit,
			qualifier,
			what,
			text
		});
		// "a 3-1 win": the second figure of a score or range is a number too.
		const second = /^[-–](\d{1,3})(?![\d.,]|-\p{L})/u.exec(rest);
		if (g.dig && !g.scale && !g.pct && second?.[1]) {
			const at = s.start + m.index + m[0].length + 1;
			const phrase = nounAfter(rest.slice(second[0].length)).phrase;
			out.push({
				sentence: index,
				start: at,
				end: at + second[1].length,
				value: Number(second[1]),
				unit: null,
				qualifier: null,
				what: phrase || 'score',
				text: second[1]
			});
		}
	}
	return out;
}
