import type { Sentence } from '../facts';

/** A stretch of text inside quotation marks; offsets into the body, marks excluded. */
export interface QuoteSpan {
	start: number;
	end: number;
	/** False when the paragraph ended before a closing mark (the quote runs on). */
	closed: boolean;
	/** True when this span carries on a quotation left open at the end of the paragraph before. */
	continues?: boolean;
}

export interface Segmented {
	sentences: Sentence[];
	quotes: QuoteSpan[];
	/** Sentence indexes that are datelines ("ROME, May 2 (Wire) –"). */
	datelines: Set<number>;
}

/** Lines that are page furniture rather than article text. */
const BOILERPLATE = [
	/created with (?:the help of )?AI/i,
	/^\s*(?:related|read more|read also|see also|watch|listen|more|also read|recommended)\s*[:|-]/i,
	/^\s*(?:photo(?:graph)?s?|images?(?: caption)?|picture|caption|file photo|credit|video|(?:story )?source|note)\s*[:|(]/i,
	/^\s*\(?(?:reporting|writing|editing|additional reporting|compiled) by\b/i,
	/^\s*[Bb]y [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,? and [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})?\s*$/,
	// Bylines with a role or place: "By Jo Bloggs, Health correspondent", "By Jo Bloggs at Wembley".
	/^\s*By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:,|\s+(?:at|in|and))\s[^.!?“”"]{0,60}$/u,
	/^\s*(?:\p{Lu}[\p{L}.'’-]+\s+){2,6}(?:\p{L}+\s+){0,2}(?:correspondent|editor|reporter|writer|columnist)\s*$/iu,
	// Captions that end in a picture credit: "… on Thursday. (AP Photo/Jane Roe)".
	/\([^()]*\b(?:Photo|Photograph|Images|Pictures)\b[^()]*\)\s*$/,
	/^\s*this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b/i,
	/^\s*(?:sign up|subscribe|advertisement|share this|follow us|click here)\b/i,
	/^\s*!\[/,
	/\((?:photo|image) (?:by|credit|:)[^)]*\)\s*$/i,
	/^\s*(?:our standards|copyright|©)/i
];
const DATE_LINE = /^\s*date:?\s*\d{4}-\d{2}-\d{2}\b/i;
const DATELINE =
	/^[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Za-z.]+)?,?\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?\s*)?\([A-Z][\w .&-]{1,30}\)\s*[–—-]+\s*/;
const ABBREVIATIONS =
	/^(?:mr|mrs|ms|dr|prof|st|gen|lt|col|sen|rep|gov|inc|corp|ltd|co|no|vs|v|vol|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|est|fig|al|jr|sr|capt|sgt|u\.s|u\.n|u\.k|e\.g|i\.e|a\.m|p\.m)$/i;
const OPENERS = '“„«"';
const CLOSERS = '”»"';

/**
 * Single quotation marks, as British outlets use them: 'We won,' he said. Read only in paragraphs
 * with no double marks (where they would be nested quotes); an opening mark follows a space or a
 * bracket and a closing one is not followed by a letter, so "don't" and "Rovers'" stay words.
 */
function findSingleQuotes(body: string, start: number, end: number): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let open = -1;
	for (let i = start; i < end; i++) {
		const c = body[i] ?? '';
		if (c !== "'" && c !== '‘' && c !== '’') continue;
		const before = i === start ? ' ' : (body[i - 1] ?? ' ');
		const after = body[i + 1] ?? ' ';
		// "the '70s", "'til", "rock 'n' roll": a mark that stands for left-out letters opens nothing.
		const elided = /^(?:\d\d(?!\d)|em\b|til\b|cause\b|n['’])/i.test(body.slice(i + 1, i + 7));
		if (open < 0 && c !== '’' && !elided && /[\s([—–-]/.test(before) && /[\p{L}\p{N}]/u.test(after))
			open = i + 1;
		else if (open >= 0 && c !== '‘' && /[^\s]/.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
			// "players' union": a plural possessive closes nothing when a noun follows.
			if (/s/.test(before) && /\s/.test(after) && /^\s+\p{Ll}/u.test(body.slice(i + 1, i + 4)))
				continue;
			spans.push({ start: open, end: i, closed: true });
			open = -1;
		}
	}
	if (open >= 0 && end - open > 1) spans.push({ start: open, end, closed: false });
	return spans;
}

/**
 * Where a paragraph picks up a quotation the paragraph before left open: right after its own
 * opening mark (the newspaper convention), or at its start when its first mark closes the
 * quotation (copy that drops the repeated mark). -1 when the quotation does not carry on.
 */
function carriedFrom(body: string, start: number, end: number): number {
	const lead = /^\s*/.exec(body.slice(start, end))?.[0].length ?? 0;
	if (OPENERS.includes(body[start + lead] ?? 'x')) return start + lead + 1;
	const first = body.slice(start, end).search(/[“”„«»"]/);
	if (first < 0) return -1;
	const at = start + first;
	const c = body[at];
	const closes =
		c === '”' ||
		c === '»' ||
		(c === '"' && /\S/.test(body[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(body[at + 1] ?? ' '));
	return closes ? start + lead : -1;
}

/** Finds quotation-mark pairs in one paragraph, curly or straight, open at the paragraph end. */
function findQuotes(body: string, start: number, end: number, carried: boolean): QuoteSpan[] {
	if (!/[“”„«»"]/.test(body.slice(start, end))) return findSingleQuotes(body, start, end);
	const spans: QuoteSpan[] = [];
	const from = carried ? carriedFrom(body, start, end) : -1;
	let open = from;
	if (from >= 0) start = from;
	for (let i = start; i < end; i++) {
		const c = body[i] ?? '';
		if (open < 0 && OPENERS.includes(c)) {
			const before = i === start ? ' ' : (body[i - 1] ?? ' ');
			// A straight mark after a letter closes nothing and opens nothing: it is stray.
			if (c === '"' && /[\p{L}\p{N}]/u.test(before)) continue;
			open = i + 1;
		} else if (open >= 0 && CLOSERS.includes(c)) {
			spans.push({ start: open, end: i, closed: true });
			open = -1;
		}
	}
	if (open >= 0 && end - open > 1) spans.push({ start: open, end, closed: false });
	if (from >= 0 && spans[0]?.start === from) spans[0].continues = true;
	return spans;
}

/** Paragraph ranges: blocks between blank lines, or single lines when the text has no blank line. */
function paragraphs(body: string): [number, number][] {
	const out: [number, number][] = [];
	const blocks = /\n[ \t]*\r?\n/.test(body);
	const re = blocks ? /[^\n](?:[\s\S]*?)(?=\n[ \t]*\r?\n|$)/g : /[^\n]+/g;
	for (let m = re.exec(body); m; m = re.exec(body)) out.push([m.index, m.index + m[0].length]);
	return out;
}

function isBoundary(body: string, dot: number, inQuote: boolean): boolean {
	if (inQuote) return false;
	const c = body[dot];
	if (c === '.') {
		const word = /[\p{L}.]+$/u.exec(body.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
		if (ABBREVIATIONS.test(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))
			return false;
	}
	return true;
}

/** Splits the body into paragraphs and sentences, keeping offsets and quotation spans. */
export function segment(body: string): Segmented {
	const sentences: Sentence[] = [];
	const quotes: QuoteSpan[] = [];
	const datelines = new Set<number>();
	let paragraph = 0;
	/** End of the last paragraph of text, to carry an open quotation only into the next one. */
	let lastEnd = -1;
	const push = (s: number, e: number): void => {
		while (s < e && /\s/.test(body[s] ?? '')) s++;
		while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
		if (e > s && /[\p{L}\p{N}]/u.test(body.slice(s, e)))
			sentences.push({ text: body.slice(s, e), start: s, end: e, paragraph });
	};
	for (const [pStart, pEnd] of paragraphs(body)) {
		let s = pStart;
		const dateLine = DATE_LINE.exec(body.slice(s, pEnd));
		if (dateLine) {
			push(s, s + dateLine[0].length);
			s += dateLine[0].length;
		}
		const rest = body.slice(s, pEnd);
		if (BOILERPLATE.some((re) => re.test(rest))) {
			if (dateLine) paragraph++;
			continue;
		}
		const dl = DATELINE.exec(rest);
		if (dl) {
			datelines.add(sentences.length);
			push(s, s + dl[0].length);
			s += dl[0].length;
		}
		const carried = quotes.length > 0 && quotes[quotes.length - 1]?.closed === false;
		const spans = findQuotes(body, s, pEnd, carried && quotes[quotes.length - 1]!.end >= lastEnd);
		quotes.push(...spans);
		let q = 0;
		for (let i = s; i < pEnd; i++) {
			while (q < spans.length && (spans[q]?.end ?? 0) < i) q++;
			const span = spans[q];
			const inQuote = !!span && span.closed && i >= span.start && i < span.end;
			if (!'.!?…'.includes(body[i] ?? 'x')) continue;
			let j = i + 1;
			while (j < pEnd && (CLOSERS + '’)]').includes(body[j] ?? '')) j++;
			const next = /^\s+([\p{Lu}\p{N}“"‘(])/u.exec(body.slice(j, j + 4));
			// “… the country.” “We support …”: a quotation that ends a sentence, then a new one.
			// “… welcome here.” Minister Kral countered …: the quotation ended the sentence.
			const quoteThenQuote =
				inQuote && span?.end === i + 1 && /^\s+[“"\p{Lu}]/u.test(body.slice(j, j + 3));
			if (!next || !(quoteThenQuote || isBoundary(body, i, inQuote))) continue;
			push(s, j);
			s = j;
		}
		push(s, pEnd);
		lastEnd = pEnd;
		paragraph++;
	}
	return { sentences, quotes, datelines };
}
