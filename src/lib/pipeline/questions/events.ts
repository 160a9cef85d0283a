/**
 * A dated fact read as an event ("The council approved the plan"), for true-or-false statements
 * that move its date. Blind reviews accepted 1 of 29 generated timelines (steps out of their
 * sentences read as broken English), so the generator no longer orders events itself.
 */
import { balancedQuotes, capitalise } from './text';
import { firstWordTags, verbsOf } from '../tags';
import { remembered } from '../remember';

/** A preposition that introduced the date itself ("under sanctions since [2006]"): dropped. */
const DATE_PREPOSITION = /\s+(since|in|on|from|until|during|by|at)$/i;
/** Ends that show the extractor cut a phrase short: such an event is not shown at all. */
const CUT_SHORT =
	/\s(that|of|the|a|an|and|or|to|with|for|as|its|their|his|her|our|which|who|said|says|told|added|warned|stated|announced|around|about|while|when|after|before|since|including|between|from|by|in|on|at|northern|southern|eastern|western|central)$|\s(while|when|and|or)\s\p{Lu}\p{L}*$/iu;
const HOLE =
	/\b(?:on|in|at|by|of|since|from|until)\s+(?:(?:and|or|but|after|before|when|while|where|that|back|on|in|at|of|to)\b|,)|\s(?:were|was|is|are|been|has|have|had|back)$/i;
/** "X told reporters that …": what someone said about an event is not the event. */
const SPEECH = /\b(?:told|said|says|claimed|stated|wrote|added)\b/i;
/** Facts about the report itself rather than the story's events. */
const ABOUT_REPORT = /\b(dateline|publication|published|report date|page metadata)\b/i;

/**
 * The event as an option: trimmed, first letter capitalised; null when it does not read as an
 * event (a fragment that starts mid-phrase or with a verb, or that was cut short).
 */
const labels = new Map<string, string | null>();

/** eventLabel, remembered: the same facts come back for every set made from an article. */
export function eventLabel(what: string): string | null {
	return remembered(labels, what, labelOf, 5000);
}

/** "A court ruling in did ensure": a date cut from between a preposition and a verb. */
function verbAfterPreposition(text: string): boolean {
	for (const m of text.matchAll(/\b(?:on|in|at|by|of|since|from|until|during)\s+(\p{Ll}+)/gu)) {
		const tags = firstWordTags(m[1] ?? '');
		if (tags.includes('Verb') && !tags.includes('Noun') && !tags.includes('Gerund')) return true;
	}
	return false;
}

function labelOf(what: string): string | null {
	const text = what
		.trim()
		.replace(/[\s,;:.]+$/, '')
		.replace(DATE_PREPOSITION, '');
	if (!/^\p{L}/u.test(text) || CUT_SHORT.test(text) || ABOUT_REPORT.test(text)) return null;
	// "began on and …": the date was cut out of the middle, leaving a hole.
	if (HOLE.test(text) || SPEECH.test(text) || verbAfterPreposition(text)) return null;
	// "They began fighting...": out of its sentence, a pronoun names no one.
	if (/^(he|she|they|it|we|i|this|these|those|that|which|who|whom|whose|where)\b/i.test(text))
		return null;
	// "Even though tear gas has been banned": a clause that leans on another, not an event.
	if (/^(?:even though|although|though|while|because|if|unless|as|since|whereas)\b/i.test(text))
		return null;
	// "for 's World Cup": the year was taken out and left its possessive behind.
	if (/(?:^|\s)['’]s\b/.test(text)) return null;
	if (text.split(/\s+/).length < 3 || text.length > 160) return null;
	// "So Why Can't We?": a question in a report is a title's tail, not an event.
	if (!balancedQuotes(text) || /\(\s*\)|\?/.test(text)) return null;
	// "defended missile test": a verb with no subject is not an event a reader can place.
	// Tagged only when it starts in lower case: tagging is slow, and a capital starts a subject.
	// "Born in Cork", "Founded by …": a participle leans on a subject the label does not have.
	if (/^\p{Ll}/u.test(text) || /^(?:born|\p{L}+ed)\s/iu.test(text)) {
		const first = firstWordTags(text);
		if (first.includes('Verb') && !first.includes('Noun')) return null;
	}
	// "A detective from the county", "the 12th woman to win the prize": no one does anything.
	if (!verbsOf(text).some((v) => !/\bto\s+$/i.test(text.slice(0, v.start)))) return null;
	return capitalise(text);
}

/**
 * "rose 0.5% from September", "the first to abdicate since Emperor Kokaku in 1817": the date
 * compared with is not when the sentence's event happened.
 */
export function comparedDate(body: string, fact: { start: number; text?: string }): boolean {
	const before = body.slice(Math.max(0, fact.start - 50), fact.start);
	return (
		// "first since 2013" (the extractor may keep the word in the date's own text) compares;
		// "under sanctions since 2006" dates when they began.
		/^(?:by|until|before|from|than)\b/i.test(fact.text ?? '') ||
		(/^since\b/i.test(fact.text ?? '') &&
			/\b(?:first|only|last|\p{L}{3,}est)\b[^,;.]{0,30}$/iu.test(before)) ||
		/\b(?:by|until|before|from|than)\s+$/i.test(before) ||
		/\bsince\b[^,;.]{0,45}$/i.test(before)
	);
}
