import type { Quote, Sentence } from '../facts';
import type { QuoteSpan } from './segment';
import type { Coref, Speaker } from './coref';
import {
	AS_CUES,
	CHARGE_VERBS,
	CLAIM_NOUNS,
	CUE_VERBS,
	EVIDENCE_VERBS,
	RESEARCH_NOUNS,
	ROLE_NOUNS,
	SAY_VERBS,
	TAKES_OBJECT
} from './lexicon';
import { lookupEntity } from './gazetteer';
import { findPeople, hasRoleNoun } from './people';
import { directQuotes, isTitle } from './directQuotes';
import {
	CUE,
	FINITE,
	make,
	mainSubject,
	source,
	sourceName,
	speakerFor,
	subjectBefore,
	words,
	type Ctx
} from './quoteParts';

/** ", adding …", ", above the forecast" at the end, with no ", X said" attribution in it. */
const TRAILING_ADJUNCT = new RegExp(
	`,\\s+(?:adding|saying|citing|as|above|below|up|down|after|before|while|with|compared)\\b(?![^_]*,\\s+[^,_]{1,60}?\\s+(?:${CUE})\\b[^,_]{0,60}$)[^_]*$`,
	'u'
);
/** Who was told: "CBC News", "reporters", "the BBC", "a news conference" (then the clause). */
const TOLD_LISTENER =
	/^(?:(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}|reporters|journalists|lawmakers|parliament|(?:the\s+)?(?:press|media)|(?:the|a)\s+(?:\p{Ll}+\s+)?(?:newspaper|paper|broadcaster|agency|station|magazine|programme|program|hearing|committee|court|council|audience|crowd))\s+(?=\p{Ll})/u;
/** A finite verb within the reported words: "the plan is", "prices rose", "they will". */
const CLAUSE_VERB =
	/\b(?:is|are|was|were|be|been|will|would|could|can|should|may|might|must|has|have|had|do|does|did|\p{Ll}{2,}(?:ed|es)|\p{Ll}{3,}(?<![su])s)\b/u;
const RESEARCH_SOURCE = new RegExp(`\\b(?:${words(RESEARCH_NOUNS)})\\b`, 'i');
const PREPOSITION =
	/^(?:on|in|at|during|after|before|to|of|by|with|from|for|about|last|this|earlier|later|yesterday|today|as|the meeting)\b/i;
// The patterns of indirect(), built once rather than for every sentence.
/** "X told the council that …" */
const THAT = new RegExp(
	`\\b(${CUE}|issued|voiced|expressed|raised)\\b([^.;_]{0,60}?)\\bthat,?\\s+`,
	'gu'
);
/** "…, citing it as …" */
const AS_CUE = new RegExp(
	`,\\s*(${words(AS_CUES)})\\s+(?:it|them|this|that|him|her|the \\w+)?\\s*as\\s+(?!_)`,
	'iu'
);
/** "The EU’s claim that …" */
const CLAIM = new RegExp(
	`(?:the\\s+)?([\\p{Lu}][\\p{L}.]*(?:\\s[\\p{Lu}][\\p{L}.]*){0,3})(?:[’']s)?\\s+(${words(CLAIM_NOUNS)})\\s+(that|of)\\s+`,
	'u'
);
/** "X said the plan is …" */
/** What one claims that is no statement: "claimed responsibility", "claimed the lives of". */
const CLAIMED_THING =
	/^(?:responsibility|credit|victory|asylum|ownership|compensation|damages|(?:the\s+|\d+\s+|many\s+)?lives|a\s+seat|the\s+(?:title|throne|seat))(?!\p{L})/iu;
/** Before a cue word, what makes it a noun: "amid fears that", "the claims that", "growing concern". */
const NOUN_BEFORE =
	/(?<!\p{L})(?:amid|amidst|despite|over|among|about|with|of|the|a|an|growing|mounting|widespread|renewed)\s+$/iu;
const SAY = new RegExp(`\\b(${words(SAY_VERBS)})\\s+(?!that\\b)(?=[\\p{L}\\d])`, 'gu');
/** "…, a senior official said on Friday." */
const FINAL_CUE = new RegExp(`^(.{15,}?),\\s+([^,_]{1,60}?)\\s+(${CUE})\\b([^,_]{0,60})$`, 'u');
/** "The court was …": a subject that ends in "be", so the cue after it is a passive. */
const PASSIVE_END = /\b(?:was|were|is|are|been|being|be)\s*$/i;
/** "…, said the minister" inverts; "…, urged the leaders to stay calm" names no speaker. */
const INVERTED_CUE = [...CUE_VERBS].filter((v) => !TAKES_OBJECT.has(v)).join('|');
/** "…, said the minister." */
const FINAL_CUE_FIRST = new RegExp(
	`^(.{15,}?),\\s+(?:${INVERTED_CUE}|according to)\\s+([^,_]{1,60}?)(?:,[^_]*)?$`,
	'u'
);

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
			// "…: “…”" ends the reported words at the colon, and a quoted sentence after them ends
			// them before it; "would be considered “unacceptable”, and that …" keeps a few quoted
			// words inside the clause, or it is cut before its end.
			const run = masked.slice(q).search(/[^_]/);
			const quoted = ctx.sentence.text.slice(q, run < 0 ? undefined : q + run).trim();
			const embedded = /^\p{Ll}/u.test(quoted) && quoted.split(/\s+/).length <= 6;
			end = masked.lastIndexOf(':', q) > a ? masked.lastIndexOf(':', q) : embedded ? b : q - 1;
		}
		const quote = make(ctx, sp, a, end, false, 'indirect', cue);
		if (quote) {
			out.push(quote);
			taken.push([a, end]);
			ctx.coref.spoke(sp, ctx.sentence.paragraph, ctx.sentence.start + end);
		}
	};
	const end = masked.replace(/[.\s]+$/, '').length;
	// According to X(, role,) content: "the Scottish leader" or "First Minister of Scotland".
	const acc = /^\s*according to ([^,]+),\s*/i.exec(masked);
	let from = acc?.[0].length ?? 0;
	const role = /^([^,]{2,80}),\s*/.exec(masked.slice(from));
	if (acc && role?.[1] && (/^(?:the|a|an)\s/i.test(role[1]) || hasRoleNoun(role[1]))) {
		from += role[0].length;
		// "an engineer at the University of Colorado, Boulder, …": the place goes with the role.
		const place = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?,\s*/u.exec(masked.slice(from));
		if (place && /\p{Lu}[\p{L}.-]*$/u.test(role[1])) from += place[0].length;
	}
	// "According to the El Paso mayor, Dee Margo, …": the name set off after the role is the source.
	const namedAfter =
		acc && role?.[1] && hasRoleNoun(acc[1] ?? '') && findPeople(role[1])[0]?.name === role[1].trim()
			? role
			: null;
	if (namedAfter) from += namedAfter[0].length;
	// "According to Amnesty Ana Lima, reporter for …, was arrested": the name was the subject of
	// the clause (the source lacks a comma), and no one's words follow.
	const headless = /^(?:[^,]{2,80},\s*)?(?:was|were|is|are|has|have|had|will|would)\b/i.test(
		masked.slice(from)
	);
	if (acc?.[1] && !headless)
		add(
			(namedAfter?.[1] && speakerFor(ctx, namedAfter[1])) ||
				speakerFor(ctx, sourceName(acc[1])) ||
				source(acc[1]),
			from,
			masked.length,
			'according to'
		);
	// X told the council that …, X repeated claims that …
	for (const m of masked.matchAll(THAT)) {
		// "amid fears that …", "the fears that …": a noun, and no one's words.
		if (NOUN_BEFORE.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
		// "X is accused of directing a scheme that …": a passive says nothing of X's words.
		if (PASSIVE_END.test(masked.slice(0, m.index))) continue;
		const mid = (m[2] ?? '').trim().toLowerCase();
		// "said in an interview with a local radio station that": a framing phrase may run longer.
		const frame = /^(?:in|on|at|during|to|after|before|with)\s/.test(mid) ? 11 : 6;
		const midOk =
			!mid || mid.split(/\s+/).length <= frame || [...CLAIM_NOUNS].some((n) => mid.endsWith(n));
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
	const asCue = AS_CUE.exec(masked);
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
	const claim = CLAIM.exec(masked);
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
	for (const m of masked.matchAll(SAY)) {
		const rest = masked.slice(m.index + m[0].length);
		// "said on Monday" is no clause, "say about 8 million people fled" is one.
		const figure = /^(?:about|around|over|some|nearly|almost)\s+[\d$€£]/.test(rest);
		if (
			(PREPOSITION.test(rest) && !figure) ||
			rest.split(/\s+/).length < 3 ||
			/^\p{Lu}\S*\s*[,.]/u.test(rest)
		)
			continue;
		// "claimed responsibility in a statement", "the blast claimed the lives of": a thing claimed,
		// not a claim made.
		if (/^claim/.test(m[1] ?? '') && CLAIMED_THING.test(rest)) continue;
		// "told CBC News the department will …": the listener is a name or a short plain noun phrase.
		// "The court was told …", "were found": a passive names who heard, not who spoke.
		if (PASSIVE_END.test(masked.slice(0, m.index))) continue;
		let from = m.index + m[0].length;
		if (m[1] === 'told' || m[1] === 'tells') {
			const listener = TOLD_LISTENER.exec(rest);
			if (!listener) continue;
			const clause = rest.slice(listener[0].length);
			if (clause.split(/\s+/).length < 3 || PREPOSITION.test(clause)) continue;
			from += listener[0].length;
		}
		// "warned Turkey against an incursion" has an object, not a clause: a clause has a verb.
		// "explained the process, which will see …": a verb inside a relative clause is not the clause's.
		const afterSubject = (
			masked
				.slice(from, from + 90)
				.replace(/^\S+\s*/, '')
				.split(/,\s*(?:which|who|whom|whose|where)\b/)[0] ?? ''
		).trim();
		if (!CLAUSE_VERB.test(afterSubject) && !FINITE.test(afterSubject)) continue;
		const sp = speakerFor(ctx, subjectBefore(masked, m.index));
		// "Police found a car": only studies and researchers "find" or "show" what they report.
		if (EVIDENCE_VERBS.has(m[1] ?? '') && !RESEARCH_SOURCE.test(sp?.name ?? '')) continue;
		add(sp, from, masked.length, m[1] ?? '');
	}
	// Content first: "…, a senior official said on Friday."
	// A trailing ", adding …" or ", above the forecast" is not part of the attribution.
	const head = masked.replace(/[.\s]+$/, '').replace(TRAILING_ADJUNCT, '');
	const fin = FINAL_CUE.exec(head);
	// "…, but critics say the plan falls short" reports the last clause, not the first.
	const clauseAfter =
		(fin?.[4] ?? '').trim().split(/\s+/).length >= 3 && !PREPOSITION.test((fin?.[4] ?? '').trim());
	// "…, called Hizbul Islam, claimed responsibility": a thing claimed, not a claim.
	const claimedThing = /^claim/.test(fin?.[3] ?? '') && CLAIMED_THING.test((fin?.[4] ?? '').trim());
	// "…, the court was told": a passive names who heard, not who spoke.
	const passive = PASSIVE_END.test(fin?.[2] ?? '');
	if (fin?.[1] && fin[2] && !fin[1].includes('_') && !clauseAfter && !claimedThing && !passive)
		add(speakerFor(ctx, fin[2]), 0, fin[1].length, `${fin[3]}${fin[4]}`.trim());
	const inv = FINAL_CUE_FIRST.exec(masked.replace(/[.\s]+$/, ''));
	// "…, said the judge would dismiss them": what follows "said" is the words, not who said them.
	if (inv?.[1] && inv[2] && !inv[1].includes('_') && !FINITE.test(inv[2])) {
		const accordingTo = /^,\s+according to\s/i.test(masked.slice(inv[1].length));
		// "according to its latest report": the report of the sentence's subject.
		const owner = accordingTo && /^(?:its|their)\s/i.test(inv[2]) ? mainSubject(masked) : '';
		const sp =
			(owner && speakerFor(ctx, owner)) ||
			speakerFor(ctx, accordingTo ? sourceName(inv[2]) : inv[2]) ||
			(accordingTo ? source(inv[2]) : null);
		add(sp, 0, inv[1].length, accordingTo ? 'according to' : 'said');
	}
	return out;
}

/** All quotes of one sentence, reported ones first (they name the speaker a quote may follow). */
export function quotesInSentence(
	coref: Coref,
	sentence: Sentence,
	index: number,
	allSpans: QuoteSpan[],
	next?: Sentence
): Quote[] {
	// A title in quotation marks is part of the sentence, not words someone said.
	const spans = allSpans.filter(
		(q) => !isTitle(sentence.text.slice(q.start - sentence.start, q.end - sentence.start))
	);
	let masked = sentence.text;
	for (const q of spans) {
		const a = Math.max(q.start, sentence.start) - sentence.start;
		const b = Math.min(q.end, sentence.end) - sentence.start;
		if (b > a) masked = masked.slice(0, a) + '_'.repeat(b - a) + masked.slice(b);
	}
	const ctx: Ctx = { coref, sentence, index, masked, next };
	// "The judge rejected that." names a person by role: a mention, so a later "she" can find her.
	const roleSubject = /^(?:The|the)\s+(\p{Ll}+)\s+\p{Ll}/u.exec(masked);
	if (roleSubject?.[1] && ROLE_NOUNS.has(roleSubject[1])) speakerFor(ctx, `the ${roleSubject[1]}`);
	const reported = indirect(ctx);
	return [...reported, ...directQuotes(ctx, spans)].sort((x, y) => x.start - y.start);
}
