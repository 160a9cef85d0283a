/**
 * What happened: the lead event (and the next main actions) as "What did X do?", with wrong
 * options taken from what other actors did in the same article, never from negating the answer.
 */
import type { Sentence } from '../facts';
import type { Item } from '../schema';
import { cite } from './citations';
import { clauseOf, inQuestion, SPEECH_VERB, type Clause } from './clauses';
import { isNamed, type ArticleInput, type StoryContext } from './context';
import { itemId } from './ids';
import { isFurniture, leadIndex } from './salience';
import { capitalise, contentWords } from './text';

/** How many sentences from the lead on may be asked this way, and how far to look for options. */
const ASKED = 3;
const SCANNED = 25;
const MAX_WORDS = 24;

/** A past action with its doer: "The council extended the embargo", or "has extended". */
function action(sentence: Sentence): (Clause & { done: string }) | null {
	if (isFurniture(sentence.text)) return null;
	const c = clauseOf(sentence.text);
	if (!c || SPEECH_VERB.test(c.infinitive)) return null;
	const words = c.predicate.split(/\s+/).length;
	if (words > MAX_WORDS) return null;
	// "was around 40 minutes from …" is where something was, not what it did.
	if (NOT_AN_ACT.test(c.predicate)) return null;
	if (c.simplePast) return { ...c, done: c.predicate };
	// "has approved a plan" -> "approved a plan", answering "What has X done?"
	if (/^(has|have)$/i.test(c.auxiliary) && !/^been\b/.test(c.verbRest))
		return { ...c, done: c.predicate.replace(/^(has|have)\s+/i, '') };
	return null;
}

/** Starts that are a state or a passive, not something the subject did ("were followed by"). */
const NOT_AN_ACT = /^(?:was|were|is|are|had|been|being|be)\b/i;
/** Ends that show the clause was cut short ("an individual named"). */
const CUT = /\s(?:named|called|of|the|a|an|and|or|to|with|for|as|by|from|that|which|who)$/i;

/** Another actor's action reads in the answer's place: same tense, a whole act. */
function fitsAsOption(o: Clause & { done: string }, act: Clause & { done: string }): boolean {
	return (
		o.simplePast === act.simplePast &&
		!NOT_AN_ACT.test(o.done) &&
		!CUT.test(o.done) &&
		// "Released of the scene showed …": a noun read as a verb.
		!/^\p{L}+\s+(?:of|by)\b/u.test(o.done)
	);
}

/** The word that names the doer: "Assembly" of "Turkey's Grand National Assembly". */
const headOf = (subject: string) =>
	subject
		.replace(/['’]s$/, '')
		.split(/\s+/)
		.at(-1) ?? subject;
const hasWord = (text: string, word: string) =>
	contentWords(text).includes(contentWords(word)[0] ?? '\u0000');

const shares = (a: string, b: string) => {
	const x = new Set(contentWords(a));
	return contentWords(b).some((w) => x.has(w));
};

function itemsOf(article: ArticleInput): Item[] {
	const { sentences } = article.facts;
	const lead = leadIndex(article.facts);
	const items: Item[] = [];
	const pool = sentences.slice(0, SCANNED);
	for (let i = lead; i < Math.min(sentences.length, lead + ASKED); i++) {
		const sentence = sentences[i] as Sentence;
		const act = action(sentence);
		// "A storm yesterday": out of its article, "yesterday" names no day.
		if (!act || /\b(?:yesterday|today|tomorrow|tonight)\b/i.test(act.subject)) continue;
		// "What did a heated showdown do?": only a named doer (a body, a country, a person) acts;
		// every review rejected the stems with a common-noun subject.
		if (!isNamed(act.subject)) continue;
		const answer = capitalise(act.done);
		const size = answer.split(/\s+/).length;
		const wrong: string[] = [];
		for (const other of pool) {
			if (other === sentence || wrong.length === 3) continue;
			const o = action(other);
			if (!o || shares(o.subject, act.subject) || !fitsAsOption(o, act)) continue;
			// "Met with Mohamed" cannot be what Mohamed did: it names him as someone else.
			if (hasWord(o.done, headOf(act.subject))) continue;
			// Of a like length: the longest option is too often the right one.
			const n = o.done.split(/\s+/).length;
			if (n > size * 1.6 + 2 || n * 1.6 + 2 < size) continue;
			const text = capitalise(o.done);
			if (!wrong.includes(text) && text !== answer) wrong.push(text);
		}
		if (wrong.length < 2) continue;
		const when = act.when ? ` ${act.when.charAt(0).toLowerCase()}${act.when.slice(1)}` : '';
		const verb = act.simplePast ? 'did' : act.auxiliary.toLowerCase();
		const does = act.simplePast ? 'do' : 'done';
		items.push({
			id: itemId('what-happened', article.id, sentence.text),
			type: 'what-happened',
			format: 'choice',
			prompt: `What ${verb} ${inQuestion(act.subject)} ${does}${when}, according to ${article.outlet}?`,
			answer,
			options: [answer, ...wrong],
			explanation: `${article.outlet} reports: ${sentence.text.trim()}`,
			citations: [cite(article, sentence)]
		});
	}
	return items;
}

export function whatHappenedItems(ctx: StoryContext): Item[] {
	return ctx.articles.flatMap(itemsOf);
}
