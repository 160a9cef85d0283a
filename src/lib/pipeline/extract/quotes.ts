import type { Quote, Sentence } from '../facts';
import type { QuoteSpan } from './segment';
import type { Coref, Speaker } from './coref';
import { AS_CUES, CHARGE_VERBS, CLAIM_NOUNS, CUE_VERBS, SAY_VERBS } from './lexicon';
import { lookupEntity } from './gazetteer';

const words = (s: Set<string>): string => [...s].join('|');
const CUE = words(CUE_VERBS);
const AFTER_SUBJECT = new RegExp(`^[\\s,—–-]*([^,.;:]{1,80}?)\\s+(${CUE})\\b`, 'u');
const AFTER_INVERTED = new RegExp(
	`^[\\s,—–-]*(${CUE})\\s+([^,.;:]{1,80}?)(?=,|\\.|;|$|\\s(?:on|in|at|during|after|before|who|when)\\b)`,
	'u'
);
const PREPOSITION =
	/^(?:on|in|at|during|after|before|to|of|by|with|from|for|about|last|this|earlier|later|yesterday|today|as|the meeting)\b/i;
const FINITE =
	/\b(?:\p{Ll}+ed|said|says|told|made|gave|took|kept|held|met|left|began|won|lost|cut|set|put|rose|fell|grew|hit|sent|spent|saw|found|brought|led|ran|paid|sold|built|came|went|got|has|have|had|is|was|are|were|will|would|can|could|warns)\b/u;

interface Ctx {
	coref: Coref;
	sentence: Sentence;
	index: number;
	/** Sentence text with quotation-mark contents blanked, so rules never fire inside quotes. */
	masked: string;
}

/** The subject of the clause ending at `at`: from the last clause break to the verb. */
function subjectBefore(masked: string, at: number): string {
	const pre = masked.slice(0, at);
	const cut = Math.max(
		pre.lastIndexOf(';'),
		pre.lastIndexOf(':'),
		pre.lastIndexOf('_'),
		pre.search(/\bthat\s+[^]*$/)
	);
	return pre.slice(cut + 1).replace(/^\s*(?:that|and|but)\s+/, '');
}

/** "according to the study published in Nature" -> a source named "the study". */
function source(np: string): Speaker | null {
	const name =
		np
			.split(/\s+(?:published|released|issued|seen|obtained|cited|who|which|that|by|from)\s/)[0]
			?.trim() ?? '';
	const n = name.split(/\s+/).length;
	return n >= 1 && n <= 6 && /[\p{L}]/u.test(name)
		? { name, role: null, kind: 'organisation', person: null }
		: null;
}

/** The sentence's main subject: everything before its first finite verb. */
function mainSubject(masked: string): string {
	const m = FINITE.exec(masked);
	return m ? masked.slice(0, m.index) : '';
}

function speakerFor(ctx: Ctx, phrase: string): Speaker | null {
	const s = ctx.sentence;
	return ctx.coref.resolve(phrase, { sentence: ctx.index, start: s.start, end: s.end });
}

function make(
	ctx: Ctx,
	sp: Speaker,
	a: number,
	b: number,
	direct: boolean,
	kind: Quote['kind'],
	cue: string | null
): Quote | null {
	const raw = ctx.sentence.text.slice(a, b);
	const lead = raw.length - raw.trimStart().length;
	let text = raw
		.trim()
		.replace(/[,;:]$/, '')
		.trim();
	if (text.split(/\s+/).length < 2 && !direct) return null;
	if (!/[\p{L}]/u.test(text)) return null;
	text = text.replace(/\s+as$/, '');
	const start = ctx.sentence.start + a + lead;
	return {
		sentence: ctx.index,
		start,
		end: start + text.length,
		speaker: sp.name,
		role: sp.role,
		speakerKind: sp.kind,
		text,
		direct,
		kind,
		cue
	};
}

/** Reported speech: "X said that …", "according to X, …", "…, X said", "X accused Y of …". */
function indirect(ctx: Ctx): Quote[] {
	const { masked } = ctx;
	const out: Quote[] = [];
	const taken: [number, number][] = [];
	const add = (sp: Speaker | null, a: number, b: number, cue: string): void => {
		if (!sp || taken.some(([x, y]) => a < y && b > x)) return;
		let end = b;
		const q = masked.indexOf('_', a);
		if (q >= 0 && q < b) {
			// Reported content that runs into a quotation is a partial quote, told by the quote rule.
			if (!/:\s*\W?_*$/.test(masked.slice(a, q + 1)) && masked.slice(a, q).split(/\s+/).length < 8)
				return;
			end = masked.lastIndexOf(':', q) > a ? masked.lastIndexOf(':', q) : q - 1;
		}
		const quote = make(ctx, sp, a, end, false, 'indirect', cue);
		if (quote) {
			out.push(quote);
			taken.push([a, end]);
			ctx.coref.lastSpeaker = sp;
			ctx.coref.lastSpeakerParagraph = ctx.sentence.paragraph;
		}
	};
	const end = masked.replace(/[.\s]+$/, '').length;
	// According to X(, role,) content.
	const acc = /^\s*according to ([^,]+)(,\s*(?:the|a|an)\s[^,]+)?,\s*/i.exec(masked);
	if (acc?.[1])
		add(speakerFor(ctx, acc[1]) ?? source(acc[1]), acc[0].length, masked.length, 'according to');
	// X told the council that …, X repeated claims that …
	const that = new RegExp(
		`\\b(${CUE}|issued|voiced|expressed|raised)\\b([^.;_]{0,60}?)\\bthat\\s+`,
		'gu'
	);
	for (const m of masked.matchAll(that)) {
		const mid = (m[2] ?? '').trim().toLowerCase();
		const midOk =
			!mid || mid.split(/\s+/).length <= 6 || [...CLAIM_NOUNS].some((n) => mid.endsWith(n));
		if (midOk)
			add(
				speakerFor(ctx, subjectBefore(masked, m.index)),
				m.index + m[0].length,
				masked.length,
				`${m[1]}${m[2] ?? ''} that`.replace(/\s+/g, ' ')
			);
	}
	// X issued a warning about …
	const warn =
		/\b(issued|gave|sounded|raised|voiced|expressed)\s+(?:a|an|new|fresh|stark|its|his|her|their)?\s*(?:\w+\s)?(warnings?|concerns?|alarm)\s+(about|over|of|on)\s+/iu.exec(
			masked
		);
	if (warn)
		add(
			speakerFor(ctx, subjectBefore(masked, warn.index)),
			warn.index + warn[0].length,
			masked.length,
			warn[0].trim()
		);
	// X accused Y of …
	for (const m of masked.matchAll(/\b(\p{Ll}+)\s+(?=\S)/gu)) {
		const prep = CHARGE_VERBS[m[1] ?? ''];
		if (!prep) continue;
		const rest = masked.slice(m.index + m[0].length);
		if (!new RegExp(`^[^.;,_]{1,60}?\\s${prep}\\s\\S`).test(rest)) continue;
		add(speakerFor(ctx, subjectBefore(masked, m.index)), m.index + m[0].length, end, m[1] ?? '');
	}
	// …, citing it as …; describing them as …
	const asCue = new RegExp(
		`,\\s*(${words(AS_CUES)})\\s+(?:it|them|this|that|him|her|the \\w+)?\\s*as\\s+(?!_)`,
		'iu'
	).exec(masked);
	if (asCue)
		add(
			speakerFor(ctx, mainSubject(masked)),
			asCue.index + asCue[0].length,
			end,
			asCue[0].replace(/^,\s*/, '').trim()
		);
	// The bank held rates, saying inflation had eased …
	const saying =
		/,\s*(saying|adding|warning|arguing|noting|insisting|claiming|explaining)\s+(?:that\s+)?(?=[\p{L}\d])/u.exec(
			masked
		);
	if (saying)
		add(
			speakerFor(ctx, mainSubject(masked)),
			saying.index + saying[0].length,
			masked.length,
			saying[0].replace(/^,\s*/, '').trim()
		);
	// The EU’s claim that …
	const claim = new RegExp(
		`(?:the\\s+)?([\\p{Lu}][\\p{L}.]*(?:\\s[\\p{Lu}][\\p{L}.]*){0,3})(?:[’']s)?\\s+(${words(CLAIM_NOUNS)})\\s+(that|of)\\s+`,
		'u'
	).exec(masked);
	if (claim?.[1] && lookupEntity(claim[1])) {
		const e = lookupEntity(claim[1]);
		const stop = masked.slice(claim.index).search(/\s+as\s+[“”"]?_|\s*[“”"]?_|[.;]\s*$/);
		const b = stop > 0 ? claim.index + stop : masked.length;
		if (e)
			add(
				{
					name: e.name,
					role: null,
					kind: e.kind === 'organisation' ? 'organisation' : 'country',
					person: null
				},
				claim.index + claim[0].length,
				b,
				claim[0].trim()
			);
	}
	// X said the plan is …  (no "that")
	const say = new RegExp(`\\b(${words(SAY_VERBS)})\\s+(?!that\\b)(?=[\\p{L}\\d])`, 'gu');
	for (const m of masked.matchAll(say)) {
		const rest = masked.slice(m.index + m[0].length);
		if (PREPOSITION.test(rest) || rest.split(/\s+/).length < 3 || /^\p{Lu}\S*\s*[,.]/u.test(rest))
			continue;
		if (m[1] === 'told' || m[1] === 'tells') continue;
		add(
			speakerFor(ctx, subjectBefore(masked, m.index)),
			m.index + m[0].length,
			masked.length,
			m[1] ?? ''
		);
	}
	// Content first: "…, a senior official said on Friday."
	const fin = new RegExp(`^(.{15,}?),\\s+([^,_]{1,60}?)\\s+(${CUE})\\b([^,_]{0,60})$`, 'u').exec(
		masked.replace(/[.\s]+$/, '')
	);
	if (fin?.[1] && fin[2] && !fin[1].includes('_'))
		add(speakerFor(ctx, fin[2]), 0, fin[1].length, `${fin[3]}${fin[4]}`.trim());
	const inv = new RegExp(
		`^(.{15,}?),\\s+(?:${CUE}|according to)\\s+([^,_]{1,60}?)(?:,[^_]*)?$`,
		'u'
	).exec(masked.replace(/[.\s]+$/, ''));
	if (inv?.[1] && inv[2] && !inv[1].includes('_')) {
		const accordingTo = /^,\s+according to\s/i.test(masked.slice(inv[1].length));
		const sp = speakerFor(ctx, inv[2]) ?? (accordingTo ? source(inv[2]) : null);
		add(sp, 0, inv[1].length, accordingTo ? 'according to' : 'said');
	}
	return out;
}

/** Words inside quotation marks, attributed by the words around them or to the last speaker. */
function direct(ctx: Ctx, spans: QuoteSpan[]): Quote[] {
	const out: Quote[] = [];
	const s = ctx.sentence;
	for (const span of spans) {
		const a = Math.max(span.start, s.start) - s.start;
		const b = Math.min(span.end, s.end) - s.start;
		const inner = s.text.slice(a, b);
		const nWords = inner.trim().split(/\s+/).length;
		const after = ctx.masked.slice(b + 1);
		const before = ctx.masked.slice(0, Math.max(0, a - 1));
		let sp: Speaker | null = null;
		let cue: string | null = null;
		const subj = AFTER_SUBJECT.exec(after);
		const inv = AFTER_INVERTED.exec(after);
		if (
			subj?.[1] &&
			!subj[1].includes('_') &&
			!/^\s*[\p{Ll}]/u.test(subj[1].replace(/^(?:the|a|an)\s/, 'X'))
		) {
			sp = speakerFor(ctx, subj[1]);
			cue =
				after
					.slice(subj.index + subj[0].indexOf(subj[2] ?? ''))
					.split(/[,.;]/)[0]
					?.trim() ?? null;
		}
		if (!sp && inv?.[2]) [sp, cue] = [speakerFor(ctx, inv[2]), inv[1] ?? null];
		let partial = false;
		if (!sp) {
			const cues = [
				...before.matchAll(new RegExp(`\\b(${CUE}|${words(AS_CUES)}|according to)\\b`, 'giu'))
			];
			const last = cues[cues.length - 1];
			if (last) {
				const verb = (last[1] ?? '').toLowerCase();
				const accordingTo = /^according to$/i.test(verb)
					? /^\s*([^,]+)/.exec(before.slice(last.index + last[0].length))?.[1]
					: undefined;
				const phrase = accordingTo
					? accordingTo
					: AS_CUES.has(verb) && /ing$/.test(verb)
						? mainSubject(ctx.masked)
						: subjectBefore(ctx.masked, last.index);
				sp = speakerFor(ctx, phrase) ?? speakerFor(ctx, mainSubject(ctx.masked));
				cue = before.slice(last.index).trim() || null;
				partial = !/:\s*$/.test(before);
			}
		}
		if (!sp) {
			const co = ctx.coref;
			if (!co.lastSpeaker || s.paragraph - co.lastSpeakerParagraph > 1 || nWords < 3) continue;
			sp = co.lastSpeaker;
			partial = before.trim().length > 0;
			if (sp.person)
				sp.person.mentions.push({ sentence: ctx.index, start: s.start + a, end: s.start + b });
		}
		const q = make(ctx, sp, a, b, true, partial || nWords < 4 ? 'partial' : 'direct', cue);
		if (!q) continue;
		out.push(q);
		ctx.coref.lastSpeaker = sp;
		ctx.coref.lastSpeakerParagraph = s.paragraph;
	}
	return out;
}

/** All quotes of one sentence, reported ones first (they name the speaker a quote may follow). */
export function quotesInSentence(
	coref: Coref,
	sentence: Sentence,
	index: number,
	spans: QuoteSpan[]
): Quote[] {
	let masked = sentence.text;
	for (const q of spans) {
		const a = Math.max(q.start, sentence.start) - sentence.start;
		const b = Math.min(q.end, sentence.end) - sentence.start;
		if (b > a) masked = masked.slice(0, a) + '_'.repeat(b - a) + masked.slice(b);
	}
	const ctx: Ctx = { coref, sentence, index, masked };
	const reported = indirect(ctx);
	return [...reported, ...direct(ctx, spans)].sort((x, y) => x.start - y.start);
}
