/**
 * A sentence as subject + verb + the rest, so the lead can be asked as "What did X do?" and a
 * cause as "Why did X …?". Tagging is the slow part of making questions, so only the few sentences
 * a question needs are tagged, each once (../tags.ts), and each clause is read once.
 */
import { tagged } from '../tags';
import { DATELINE } from './salience';

export interface Clause {
	/** "Turkey's Grand National Assembly" */
	subject: string;
	/** "voted 507-19 to authorize ..." (no final full stop) */
	predicate: string;
	/** The verb phrase: "have been strained", "voted". */
	verb: string;
	/** Simple past active: "did X do" works. */
	simplePast: boolean;
	/** "have" of "have been strained": the word that moves to the front of a question. */
	auxiliary: string;
	infinitive: string;
	/** The words of the verb phrase after the auxiliary ("been strained recently"). */
	verbRest: string;
	/** A time phrase taken off the front ("On Wednesday"), to put back in the question. */
	when: string;
}

interface VerbJson {
	text: string;
	offset: { start: number; length: number };
	verb?: {
		auxiliary: string;
		negative: boolean;
		infinitive: string;
		grammar?: { form?: string; tense?: string; passive?: boolean };
	};
}

const cache = new Map<string, Clause | null>();

/** "said that …" is a claim (who-said asks it), not an action or an event. */
export const SPEECH_VERB =
	/^(?:say|tell|add|state|note|write|observe|report|claim|explain|comment|argue|insist|reply|respond|suggest|believe|think)$/;

/** "On Wednesday, " / "Responding to the motion, " / "Although …, " at the front of a sentence. */
const LEADING =
	/^((?:on|last|this|earlier|later|late|early|in|by|since|yesterday|today|overnight|after|before|following|despite|although|though|while|as|with|responding|speaking|meanwhile|however|but|and|also|according to|quoting|citing)\b[^,]{0,60}),\s+/i;
/** Of those, only a time phrase is put back into the question ("on Wednesday"). */
const TIME = /^(?:on|last|this|earlier|later|late|early|yesterday|today|overnight)\b/i;
/** ", farmers' groups warned on Friday." at the end: who said it, not what happened. */
const TRAILING_SAY =
	/,\s+(?:[^,]{1,60}?\s)?(?:said|says|warned|told|added|reported|announced|according to)\b[^,]*[.!]?$/i;
const PRONOUN_SUBJECT =
	/^(?:he|she|they|it|we|i|you|this|that|these|those|there|here|its|his|her|their|such|both|each|all|some|many|most|one)\b/i;

/** The sentence without its dateline, a leading time phrase and a trailing "…, X said". */
export function coreOf(sentence: string): { text: string; when: string } {
	let text = sentence.replace(DATELINE, '').trim();
	let when = '';
	// "According to X, quoting Y, the army …": up to two such phrases come off the front.
	for (let i = 0; i < 2; i++) {
		const lead = LEADING.exec(text);
		if (!lead) break;
		if (!when && TIME.test(lead[1] ?? '')) when = lead[1] ?? '';
		text = text.slice(lead[0].length);
	}
	// What someone did, not what they said with it: stop at ", saying" or an opening quote.
	const speech = /,?\s+(?:saying|adding|telling)\b|\s["“]/.exec(text);
	if (speech && text.slice(0, speech.index).split(/\s+/).length >= 5)
		text = text.slice(0, speech.index);
	text = text.replace(TRAILING_SAY, '').replace(/[\s.!;:,]+$/, '');
	return { text: text.charAt(0).toUpperCase() + text.slice(1), when };
}

/**
 * Subject, verb and the rest of a sentence's main clause, or null when it has no clear subject.
 * A passive clause ("were considered") is only wanted where a question can invert it ("Why were …").
 */
export function clauseOf(sentence: string, opts: { passive?: boolean } = {}): Clause | null {
	const key = opts.passive ? `passive|${sentence}` : sentence;
	const known = cache.get(key);
	if (known !== undefined) return known;
	const { text, when } = coreOf(sentence);
	let clause: Clause | null = null;
	if (!/["“”]/.test(text)) {
		// Only the first verb is read: json() conjugates every verb it is given.
		const verb = (tagged(text).verbs().eq(0).json({ offset: true }) as VerbJson[])[0];
		// "Murat Karayilan, the leader of the armed wing," -> "Murat Karayilan"
		const subject = verb ? shortSubject(withoutAppositive(text.slice(0, verb.offset.start))) : '';
		const words = subject.split(/\s+/).length;
		if (
			verb?.verb &&
			!verb.verb.negative &&
			(opts.passive || !verb.verb.grammar?.passive) &&
			subject &&
			words <= 10 &&
			/^\p{Lu}/u.test(subject) &&
			!PRONOUN_SUBJECT.test(subject) &&
			!/[,;:()]/.test(subject) &&
			!/\b(?:who|which|that)\b/i.test(subject)
		) {
			const predicate = text.slice(verb.offset.start).trim();
			const aux = verb.verb.auxiliary.trim();
			const vtext = verb.text.trim();
			clause = {
				subject,
				predicate,
				verb: vtext,
				simplePast: verb.verb.grammar?.form === 'simple-past' && !aux,
				auxiliary: aux.split(/\s+/)[0] ?? '',
				infinitive: verb.verb.infinitive,
				verbRest: vtext.split(/\s+/).slice(1).join(' '),
				when
			};
			if (predicate.split(/\s+/).length < 3) clause = null;
		}
	}
	if (cache.size > 5000) cache.clear();
	cache.set(key, clause);
	return clause;
}

/**
 * "Murat Karayilan, the leader of the armed wing," -> "Murat Karayilan"; "Ana Lima, 14, a student
 * from Porto, Portugal," -> "Ana Lima" (a name, then a description that may hold commas). Two
 * people joined ("Ana Lima, 42, and her husband …") are not one subject.
 */
function withoutAppositive(front: string): string {
	const text = front.trim();
	const one = /^([^,]+),\s[^,]+,?$/.exec(text);
	if (one) return one[1] ?? text;
	const named = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s(.+),$/u.exec(text);
	if (named && !/(?:^|,\s+)(?:and|or)\s/i.test(named[2] ?? '')) return named[1] ?? text;
	return text.replace(/,$/, '');
}

/**
 * "A research team from three universities of the US and the UK" -> "A research team": a long
 * subject asked in full buries the question; its head noun phrase names the doer well enough.
 */
function shortSubject(subject: string): string {
	if (subject.split(/\s+/).length <= 8) return subject;
	const head =
		/^((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:from|at|with|in|led by)\s/iu.exec(
			subject
		);
	return head?.[1] ?? subject;
}
