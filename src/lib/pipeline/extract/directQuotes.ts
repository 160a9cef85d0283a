/** Direct quotes: words inside quotation marks, attributed by the words around them. */
import type { Quote } from '../facts';
import type { QuoteSpan } from './segment';
import { GROUP_RE, type Speaker } from './coref';
import { AS_CUES } from './lexicon';
import { findPeople } from './people';
import {
	CUE,
	make,
	mainSubject,
	source,
	sourceName,
	speakerFor,
	subjectBefore,
	words,
	type Ctx
} from './quoteParts';

const AFTER_SUBJECT = new RegExp(`^[\\s,—–-]*([^,.;:]{1,80}?)\\s+(${CUE})\\b`, 'u');
/** "“…,” Ana Lima, editor at the Gazette, said": the subject before its apposition. */
const AFTER_APPOSED = new RegExp(
	`^[\\s,—–-]*([^,.;:]{1,60}),\\s[^,;:_]{1,80},\\s+(${CUE})\\b`,
	'u'
);
/** A name may hold initials and dotted abbreviations: "said U.S. Attorney Erik A. Hooks". */
const NAME_CHARS = String.raw`(?:[^,.;:]|(?<=(?:^|[\s.])\p{Lu})\.)`;
const AFTER_INVERTED = new RegExp(
	`^[\\s,—–-]*(${CUE})\\s+(${NAME_CHARS}{1,120}?)(?=,|\\.(?<!(?:^|[\\s.])\\p{Lu}\\.)|;|$|\\s(?:on|in|at|to|during|after|before|who|when)\\b)`,
	'u'
);
/** A sentence that only attributes: "Lopez told reporters after the vote." (no words of its own). */
const NEXT_ATTRIBUTION = new RegExp(
	`^(\\p{Lu}[^,;:“”"_]{0,80}?)\\s+((?:${CUE})(?:\\s+(?:reporters|journalists|the \\p{Ll}+|an? \\p{Ll}+))?(?:\\s+(?:on|in|at|after|before|during|from|outside)\\s[^,;:“”"]{1,50})?)\\.$`,
	'u'
);

/**
 * A name in quotation marks, not speech: a programme, book or campaign ("Squawk on the Street"):
 * two to fourteen words, every one capitalised but the small ones, and no closing punctuation.
 */
export function isTitle(inner: string): boolean {
	// "named “Protecting the Nation from Foreign Terrorist Entry into the United States,”": the
	// comma is the sentence's, set inside the marks; an order's or a law's name runs long.
	const text = inner.trim().replace(/,$/, '');
	const ws = text.split(/\s+/);
	return (
		ws.length >= 2 &&
		ws.length <= 14 &&
		!/[.!?,;:…]$/.test(text) &&
		/^\p{Lu}/u.test(ws[0] ?? '') &&
		ws.every(
			(w) =>
				/^[\p{Lu}\d]/u.test(w) ||
				/^(?:a|an|the|of|on|in|at|to|for|and|or|with|by|from|into|la|le|les|de|del|della|di|da|du|des|el|los|las|y|e|et|van|von|der|den)$/.test(
					w
				)
		)
	);
}

/** Words inside quotation marks, attributed by the words around them or to the last speaker. */
/** A subject that is a pronoun (or nothing): the speaker may well be the one before. */
const PRONOUN_SUBJECT = /^(?:|(?:[\s\S]*[,\s])?(?:he|she|they|it|we|i)\s*)$/i;

export function directQuotes(ctx: Ctx, spans: QuoteSpan[]): Quote[] {
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
		const subj = AFTER_SUBJECT.exec(after) ?? AFTER_APPOSED.exec(after);
		const inv = AFTER_INVERTED.exec(after);
		if (
			subj?.[1] &&
			!subj[1].includes('_') &&
			// "“…,” he said" names the person the pronoun refers to, even before they first spoke.
			(/^\s*(?:he|she|they)\s*$/i.test(subj[1]) ||
				!/^\s*[\p{Ll}]/u.test(subj[1].replace(/^(?:the|a|an|his|her|their|its)\s/, 'X')) ||
				// "“…,” police said", "“…,” local officials said": a group in lower case.
				GROUP_RE.test(subj[1].trim()) ||
				// "opposition leader Tom Brand said": a role in lower case before a full name.
				/^\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+\s*$/u.test(
					subj[1]
				))
		) {
			sp = speakerFor(ctx, subj[1]);
			cue =
				after
					.slice(subj.index + subj[0].indexOf(subj[2] ?? ''))
					.split(/[,.;]/)[0]
					?.trim() ?? null;
		}
		if (!sp && inv?.[2]) {
			// "…,” said the country's foreign minister, Ambassador Ana Lima, who …": the name set
			// off after a role is who spoke.
			const named = /^,\s+([^,;:_]{3,60}?)(?=,|\.(?!\p{Lu})|;|$)/u.exec(
				after.slice(inv.index + inv[0].length)
			)?.[1];
			const apposed =
				named && /^(?:the|a|an)\s|['’]s\s/iu.test(inv[2]) && findPeople(named).length === 1
					? speakerFor(ctx, named)
					: null;
			[sp, cue] = [apposed ?? speakerFor(ctx, inv[2]), inv[1] ?? null];
		}
		// “…”, according to the Herald.
		const acc = /^[\s,—–-]*according to ([^,.;:_]{2,80})/i.exec(after);
		if (!sp && acc?.[1])
			[sp, cue] = [speakerFor(ctx, sourceName(acc[1])) ?? source(acc[1]), 'according to'];
		let partial = false;
		let unread = false;
		// "…, quoting them as saying “…”": the words are someone else's, whom "them" only points to.
		if (!sp && /\bquoting\s+[^,.;_]{1,40}?\s+as\s+saying\b[^_]*$/i.test(before)) continue;
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
				// "…, and Ana Lima posting “…”": a name right before the -ing verb is its subject; so is
				// the name before "responded by saying" after an opening clause with another name.
				const namedBefore =
					/(?:[,;]\s*|\band\s+)(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s+(?:\p{Ll}+(?:ed|s)\s+(?:by|with)\s+)?$/u.exec(
						before.slice(0, last.index)
					)?.[1];
				// "Her departure was announced after she was captured on video saying “…”": the -ing
				// verb's own clause has a subject, and it is not the sentence's.
				const ownPronoun = /\b(he|she|they)\b[^,;:_]{0,60}$/i.exec(
					before.slice(0, last.index)
				)?.[1];
				const phrase = accordingTo
					? accordingTo
					: AS_CUES.has(verb) && /ing$/.test(verb)
						? (namedBefore ?? ownPronoun ?? mainSubject(ctx.masked))
						: subjectBefore(ctx.masked, last.index);
				sp = speakerFor(ctx, phrase) ?? speakerFor(ctx, mainSubject(ctx.masked));
				cue = before.slice(last.index).trim() || null;
				// "The ministry posted a statement which read, “…”": a subject this sentence names
				// but no rule could read is still not the last speaker.
				// The last speaker named before the cue ("In a rebuttal …, Lopez responded by
				// claiming") is read by the fallback below.
				const lastName = (ctx.coref.lastSpeaker?.name ?? '').split(' ').at(-1) ?? '';
				unread =
					!sp &&
					!PRONOUN_SUBJECT.test(mainSubject(ctx.masked).trim()) &&
					!(lastName && before.includes(lastName));
				partial = !/:\s*$/.test(before);
			}
		}
		// “We will not back down.” Lopez told reporters after the vote.
		const whole = !ctx.masked.replace(/[“”"‘’'_\s]/g, '');
		const byNext = whole && ctx.next ? NEXT_ATTRIBUTION.exec(ctx.next.text) : null;
		if (!sp && byNext?.[1] && ctx.next) {
			// The speaker is named only in the next sentence: record them before resolving.
			const n = ctx.next;
			for (const c of findPeople(byNext[1]))
				ctx.coref.registry.add(c, {
					sentence: ctx.index + 1,
					start: n.start + c.start,
					end: n.start + c.end
				});
			[sp, cue] = [speakerFor(ctx, byNext[1]), byNext[2] ?? null];
		}
		// The rest of a quotation carried over from the paragraph before belongs to its speaker.
		const carried = span.continues === true && a === span.start - s.start;
		if (!sp && carried && ctx.coref.lastSpeaker) {
			sp = ctx.coref.lastSpeaker;
			if (sp.person)
				sp.person.mentions.push({ sentence: ctx.index, start: s.start + a, end: s.start + b });
		}
		if (!sp) {
			const co = ctx.coref;
			// A sentence that is nothing but a quotation ("Nobody listened.") continues the speaker.
			const whole = !ctx.masked.replace(/[“”"‘’'_\s]/g, '') && /[.!?…]$/.test(inner.trim());
			if (
				unread ||
				!co.lastSpeaker ||
				s.paragraph - co.lastSpeakerParagraph > 1 ||
				(nWords < 3 && !whole)
			)
				continue;
			sp = co.lastSpeaker;
			partial = before.trim().length > 0;
			if (sp.person)
				sp.person.mentions.push({ sentence: ctx.index, start: s.start + a, end: s.start + b });
		}
		const q = make(ctx, sp, a, b, true, partial || nWords < 4 ? 'partial' : 'direct', cue);
		if (!q) continue;
		if (carried) q.continues = true;
		out.push(q);
		ctx.coref.spoke(sp, s.paragraph, s.start + b);
	}
	return out;
}
