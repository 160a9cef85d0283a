import type { DateFact, Sentence } from '../facts';
import { MONTHS, WEEKDAYS } from './lexicon';

const MON = Object.keys(MONTHS)
	.sort((a, b) => b.length - a.length)
	.map((m) => m[0]?.toUpperCase() + m.slice(1))
	.join('|');
const DAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DATE_RE = new RegExp(
	[
		String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b)`,
		String.raw`\b(?<md>(?<m1>${MON})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y1>\d{4})\b)?)`,
		String.raw`\b(?<dm>(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MON})\b(?:,?\s+(?<y2>\d{4})\b)?)`,
		String.raw`\b(?<my>(?:(?:early|mid|late)-?\s*)?(?<m3>${MON})\s+(?<y3>\d{4})\b)`,
		String.raw`\b(?<rel>(?:earlier|later)\s+this\s+(?:month|year|week)|(?:last|this|next)\s+(?:month|year)|today|yesterday|tomorrow)\b`,
		String.raw`\b(?<mo>(?:in|since|until|by|from|during|through|last|next|this|early|late|mid-?)\s+(?<m4>January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!\s+\d)`,
		String.raw`\b(?<wd>(?:(?:last|next|this|on)\s+)?(?<wday>${DAY})(?:[’']s)?)`,
		String.raw`\b(?<yr>(?:since|in|by|until|from|before|after|of|during|through)\s+(?<y4>(?:1[89]|20)\d{2})\b)(?![-,]\d)`,
		// "in 2022 and 2023": the second year of a pair.
		String.raw`(?<=\b(?:in|since|from|between|of)\s+(?:1[89]|20)\d{2},?\s+(?:and|or|to|through)\s+)(?<yr2>(?:1[89]|20)\d{2})\b(?![-,]\d)`
	].join('|'),
	'giu'
);

const FUTURE =
	/\b(?:will|would|shall|expects?|expected|plans?|planned|due|scheduled|set to|could|may|might|aims?|hopes?|intends?|forecasts?|next|upcoming|coming|until|by)\b|’ll|'ll/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string =>
	`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Normalises one date expression against the publication date (YYYY-MM-DD or YYYY-MM). */
export function normaliseDate(
	g: Record<string, string | undefined>,
	published: string,
	past = false
): string | null {
	const [py, pm = 1, pd = 1] = published.split('-').map(Number) as [number, number?, number?];
	const pub = new Date(Date.UTC(py, pm - 1, pd));
	const month = (name?: string): number =>
		MONTHS[(name ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
	if (g.iso) return g.iso;
	const md = (m: number, d: number, y?: string): string | null => {
		if (!m || d < 1 || d > 31) return null;
		let year = y ? Number(y) : py;
		// A day written without a year is the nearest one, and news looks back rather than ahead.
		if (!y && Date.UTC(year, m - 1, d) - pub.getTime() > 45 * 864e5) year--;
		return `${year}-${pad(m)}-${pad(d)}`;
	};
	if (g.md) return md(month(g.m1), Number(g.d1), g.y1);
	if (g.dm) return md(month(g.m2), Number(g.d2), g.y2);
	if (g.my) return `${g.y3}-${pad(month(g.m3))}`;
	if (g.yr) return g.y4 ?? null;
	if (g.yr2) return g.yr2;
	if (g.mo) {
		// A bare month is this year's, unless the text says "last" or it lies far ahead.
		const m = month(g.m4);
		let year = py;
		if (/^last/i.test(g.mo) && m >= pm) year--;
		// "took charge in November" in April: a past event, last year's November.
		else if (past && m > pm && /^(?:in|during|since|early|late|mid)/i.test(g.mo)) year--;
		// "by March", "until May", "next June": a deadline ahead of the publication date.
		else if (/^(?:next|by|until)/i.test(g.mo) && m < pm) year++;
		return m ? `${year}-${pad(m)}` : null;
	}
	const shift = (months: number): string => {
		const d = new Date(Date.UTC(py, pm - 1 + months, 1));
		return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
	};
	const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
	if (rel) {
		if (rel === 'today') return iso(pub);
		if (rel === 'yesterday') return iso(new Date(pub.getTime() - 864e5));
		if (rel === 'tomorrow') return iso(new Date(pub.getTime() + 864e5));
		if (rel.endsWith('week')) return null;
		if (rel.endsWith('year'))
			return String(py + (rel.startsWith('last') ? -1 : rel.startsWith('next') ? 1 : 0));
		return shift(rel.startsWith('last') ? -1 : rel.startsWith('next') ? 1 : 0);
	}
	if (g.wday && published.length === 10) {
		const target = WEEKDAYS.indexOf(g.wday.toLowerCase());
		const wd = (g.wd ?? '').toLowerCase();
		// A bare weekday in news is the latest one on or before the publication day.
		let diff = (pub.getUTCDay() - target + 7) % 7;
		if (wd.startsWith('next')) diff = -((target - pub.getUTCDay() + 7) % 7 || 7);
		else if (wd.startsWith('last') && diff === 0) diff = 7;
		return iso(new Date(pub.getTime() - diff * 864e5));
	}
	return null;
}

/** What happened at the date: the clause around it with the date words taken out. */
function whatHappened(sentence: string, a: number, b: number): string {
	const tidy = (x: string): string =>
		x
			.replace(/[“”"]/g, '')
			.replace(/\s+/g, ' ')
			.replace(/^[\s,;–—-]+|[\s,;.–—-]+$/g, '')
			.replace(/^(?:since|when|after|before|on|in|and|but|as|while|that)\s+/i, '')
			.replace(/\s+(?:in|on|since|by|until|from|during)(?=\s*(?:,|$))/gi, '')
			.trim();
	const breaks = [...sentence.slice(0, a).matchAll(/[,;:]\s/g)];
	const clauseStart = breaks.length ? (breaks[breaks.length - 1]?.index ?? 0) + 2 : 0;
	const next = (from: number): number => {
		const i = sentence.slice(from).search(/[,;:]\s|[.!?]\s*$/);
		return i < 0 ? sentence.length : from + i;
	};
	let what = tidy(`${sentence.slice(clauseStart, a)} ${sentence.slice(b, next(b))}`);
	// "On Friday, the ministry warned ...": the event is the next clause.
	if (what.split(' ').length < 3) {
		const from = b + (/^[\s,;:]*/.exec(sentence.slice(b))?.[0].length ?? 0);
		what = tidy(sentence.slice(from, next(from)));
	}
	return what.split(' ').slice(0, 14).join(' ');
}

/** Dates in one sentence, normalised against the publication date. */
export function datesInSentence(
	s: Sentence,
	index: number,
	published: string,
	dateline: boolean
): DateFact[] {
	const out: DateFact[] = [];
	// A clause told in the past with nothing pointing ahead: bare months lie behind the date.
	const past =
		!FUTURE.test(s.text) &&
		/\b(?:\p{Ll}+ed|took|began|came|went|won|lost|was|were|had)\b/u.test(s.text);
	for (const m of s.text.matchAll(DATE_RE)) {
		const g = m.groups ?? {};
		const when = normaliseDate(g, published, past);
		if (!when) continue;
		let text = m[0];
		let at = m.index;
		const bare = g.yr
			? g.y4
			: g.mo && !/^(?:last|next|this|early|late|mid)/i.test(text)
				? g.m4
				: null;
		if (bare && !/^since\s/i.test(text)) {
			at += text.length - bare.length;
			text = bare;
		}
		const start = s.start + at;
		const what = dateline
			? 'report date (dateline)'
			: /^\s*date\b/i.test(s.text)
				? 'publication date'
				: whatHappened(s.text, at, at + text.length);
		out.push({ sentence: index, start, end: start + text.length, when, what, text });
	}
	return out;
}
