/**
 * Why: a cause given in the article ("because", "after", "as a result of", "in response to") ->
 * "Why did X …?", with wrong options from the article's other causes and events.
 */
import nlp from 'compromise';
import type { Sentence } from '../facts';
import type { Item } from '../schema';
import { cite } from './citations';
import { clauseOf, coreOf, inQuestion } from './clauses';
import type { ArticleInput, StoryContext } from './context';
import { itemId } from './ids';
import { isFurniture } from './salience';
import { capitalise, contentWords } from './text';

const CUE =
	/,?\s+\b(because(?: of)?|as a result of|in response to|due to|owing to|after)\s+(?!\d|(?:a|an|the|two|three|several|many)?\s*(?:few\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)/i;
const INVERTS = /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might)$/i;

interface Cause {
	sentence: Sentence;
	effect: string;
	cause: string;
	/** The cause reads as a clause (has its own verb), not a noun phrase. */
	clause: boolean;
}

const hasVerb = new Map<string, boolean>();
/** Tagged once per text (tagging is the slow part of making questions). */
function verbsIn(text: string): boolean {
	let known = hasVerb.get(text);
	if (known === undefined) {
		known = nlp(text).verbs().length > 0;
		if (hasVerb.size > 5000) hasVerb.clear();
		hasVerb.set(text, known);
	}
	return known;
}

function causeOf(sentence: Sentence): Cause | null {
	if (isFurniture(sentence.text) || /["“”]/.test(sentence.text)) return null;
	const m = CUE.exec(sentence.text);
	if (!m) return null;
	const effect = sentence.text.slice(0, m.index);
	let cause = coreOf(sentence.text.slice(m.index + m[0].length)).text;
	// "after meeting the envoy", "after many difficulties": a sequence of events, not a cause;
	// "after they shunned treatment" is read as one only when a clause follows.
	if (/^after$/i.test(m[1] ?? '') && (/^\p{L}+ing\b/u.test(cause) || !verbsIn(cause))) return null;
	// "injury and was replaced by …": the cause ends where the next event starts.
	cause = cause.replace(/\s+and\s+(?:was|were|is|are|has|had|have|\p{L}+ed)\b.*$/u, '');
	// "a confluence of factors, including …": a vague head, and its list holds several right
	// answers, so no option could be safely wrong.
	if (
		/^(?:a|several|many|various|a number of|a combination of|a confluence of|a range of|a variety of|a mix of)\s+(?:\w+\s+)?(?:factors|reasons|causes|things|issues)\b/i.test(
			cause
		)
	)
		return null;
	if (cause.split(/\s+/).length > 22) {
		const cut = cause.slice(0, cause.indexOf(','));
		if (cause.indexOf(',') < 0 || cut.split(/\s+/).length < 3) return null;
		cause = cut;
	}
	if (cause.split(/\s+/).length < 2) return null;
	return { sentence, effect, cause, clause: /^because$/i.test(m[1] ?? '') && verbsIn(cause) };
}

/** The object of a verb phrase, up to its first preposition: "an arms embargo". */
function objectOf(predicate: string, verb: string): string {
	const after = predicate.slice(verb.length).trim();
	const m =
		/^(?:a|an|the|its|their|his|her)\s+[^,;]+?(?=\s+(?:on|in|for|to|at|with|from|by|of|over|after|and|that)\b|$)/i.exec(
			after
		);
	return m && m[0].split(/\s+/).length >= 3 ? m[0] : '';
}

/** "Why did the council extend the embargo?" / "Why have relations been strained?" */
function whyQuestion(effect: string): string | null {
	const c = clauseOf(
		effect.replace(/\s+(?:partly|largely|mainly|mostly|primarily|in part)$/i, ''),
		{
			passive: true
		}
	);
	// "Four minutes later" is when, not who: no question can be built on it.
	if (
		!c ||
		/\b(?:later|earlier|ago|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(c.subject)
	)
		return null;
	const after = c.predicate.slice(c.verb.length).trim();
	const tail = after ? ` ${after}` : '';
	if (c.simplePast) return `Why did ${inQuestion(c.subject)} ${c.infinitive}${tail}`;
	if (INVERTS.test(c.auxiliary))
		return `Why ${c.auxiliary.toLowerCase()} ${inQuestion(c.subject)} ${c.verbRest}${tail}`.replace(
			/\s+/g,
			' '
		);
	return null;
}

function itemsOf(article: ArticleInput): Item[] {
	const causes = article.facts.sentences.map(causeOf).filter((c): c is Cause => c !== null);
	const items: Item[] = [];
	for (const c of causes) {
		const question = whyQuestion(c.effect);
		if (!question) continue;
		const answer = capitalise(c.cause);
		const mine = new Set(contentWords(c.sentence.text));
		const wrong = causes
			.filter((o) => o !== c && o.clause === c.clause)
			.map((o) => capitalise(o.cause))
			.filter((o) => !contentWords(o).some((w) => mine.has(w)));
		// Other events of the article, in the same form as the answer.
		for (const s of article.facts.sentences) {
			if (wrong.length >= 3) break;
			if (s === c.sentence) continue;
			const other = clauseOf(s.text);
			if (!other) continue;
			const text = capitalise(
				c.clause ? `${other.subject} ${other.predicate}` : objectOf(other.predicate, other.verb)
			);
			if (!text || text.split(/\s+/).length > 22 || text.split(/\s+/).length < 3) continue;
			// A figure in a wrong option beside an answer with none stands out.
			if (/\d/.test(text) !== /\d/.test(answer)) continue;
			if (contentWords(text).some((w) => mine.has(w))) continue;
			if (!wrong.includes(text)) wrong.push(text);
		}
		if (wrong.length < 2) continue;
		items.push({
			id: itemId('why', article.id, c.sentence.text),
			type: 'why',
			format: 'choice',
			prompt: `${question}, according to ${article.outlet}?`,
			answer,
			options: [answer, ...wrong.slice(0, 3)],
			explanation: `${article.outlet} reports: ${c.sentence.text.trim()}`,
			citations: [cite(article, c.sentence)]
		});
	}
	return items;
}

export function whyItems(ctx: StoryContext): Item[] {
	return ctx.articles.flatMap(itemsOf);
}
