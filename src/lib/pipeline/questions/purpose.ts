/**
 * A purpose given in the article: "The minister visited the port to inspect the new cranes" ->
 * effect "The minister visited the port", purpose "To inspect the new cranes". Only an act done
 * *for* something counts: after verbs whose "to" completes them ("voted to", "asked her to",
 * "plans to") the infinitive is what was decided or asked, not why.
 */
import { clauseOf, coreOf, firstTags, SPEECH_VERB } from './clauses';

/** Verbs whose "to + verb" is their object, not a purpose. */
const TAKES_TO =
	/^(?:be|have|do|get|go|come|seem|appear|tend|happen|vote|decide|agree|plan|want|try|refuse|begin|start|continue|need|hope|seek|fail|order|ask|urge|allow|help|expect|promise|threaten|choose|attempt|aim|persuade|force|encourage|invite|require|permit|enable|cause|lead|prompt|call|advise|warn|teach|like|love|prefer|intend|mean|wish|manage|learn|prepare|move|pledge|vow|offer|propose|opt|struggle|authorize|authorise|instruct|tell|convince|elect|appoint|train|deserve|dare|afford|arrange|claim|pretend|volunteer|cease|proceed|set|push|press|lobby|sue|compel|oblige|empower|sign|approve)$/;

/** Words between the verb and "to" that make the "to" belong to something else. */
const NOT_THE_ACT =
	/\b(?:that|what|who|whom|which|whose|where|when|if|whether|and|but|or|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|able|unable|time|right|first|last|only|way|chance|option|opportunity|permission|power|ability|authority|invitation|decision|plan|order|bid|need|likely|unlikely|ready|willing|set|due|about)\b|[,;:—–]/i;

export interface Purpose {
	/** "The minister visited the port" */
	effect: string;
	/** "To inspect the new cranes" */
	purpose: string;
}

/** "inspect the cranes" after "to": its first word is a verb. */
function isInfinitive(phrase: string): boolean {
	const tags = firstTags(phrase);
	return tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('PastTense');
}

export function purposeOf(sentence: string): Purpose | null {
	if (/["“”]/.test(sentence)) return null;
	const { text } = coreOf(sentence);
	// The first "to" that starts a verb phrase: "travelled to the border to meet them".
	const to = [...text.matchAll(/\s(?:in order\s+)?to\s+(?=\p{Ll})/gu)].find((m) =>
		isInfinitive(text.slice(m.index + m[0].length))
	);
	if (!to) return null;
	const effect = text.slice(0, to.index).trim();
	let rest = text.slice(to.index + to[0].length);
	// The purpose ends where the sentence goes on to something else.
	rest =
		rest.split(/[;:]|,\s+(?:and|but|while|which|who|as|after|before|with|saying)\b|\s+—\s+/)[0] ??
		'';
	rest = rest.replace(/[\s,.!]+$/, '');
	const words = rest.split(/\s+/).length;
	if (words < 2 || words > 18 || /^(?:be|have)\b/.test(rest)) return null;
	const c = clauseOf(effect, { passive: true });
	if (!c || TAKES_TO.test(c.infinitive) || SPEECH_VERB.test(c.infinitive)) return null;
	// "Yesterday Mohamed received …": a time word read as part of the doer.
	if (/\b(?:yesterday|today|tomorrow|tonight)\b/i.test(c.subject)) return null;
	const between = c.predicate.slice(c.verb.length).trim();
	// "decided to", "voted 507-19 to": nothing (or only a figure) between the verb and "to".
	if (!/\p{L}{3,}/u.test(between) || NOT_THE_ACT.test(between)) return null;
	return { effect, purpose: `To ${rest}` };
}
