/**
 * What happened: the lead event (and the next main actions) as "What did X do?", with wrong
 * options taken from what other actors did in the same article, never from negating the answer.
 */
import type { Sentence } from '../facts';
import type { Item } from '../schema';
import { cite } from './citations';
import { clauseOf, firstTags, inQuestion, SPEECH_VERB, type Clause } from './clauses';
import { isNamed, type ArticleInput, type StoryContext } from './context';
import { itemId } from './ids';
import { isFurniture, leadIndex } from './salience';
import { escapeRegExp } from '../regexp';
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
	const predicate = coreAct(c.predicate);
	// "Train 91, the Silver Star, bound for Miami, slammed into …": what follows the cut is the
	// main verb, so what came before it was a description, read as the act.
	const rest = c.predicate.slice(predicate.length).replace(/^[\s,;(]+/, '');
	if (rest && isFiniteVerb(firstTags(rest))) return null;
	if (predicate.split(/\s+/).length > MAX_WORDS || CUT.test(predicate)) return null;
	// "was around 40 minutes from …" is where something was, not what it did.
	if (NOT_AN_ACT.test(predicate)) return null;
	if (c.simplePast) return { ...c, done: predicate };
	// "has approved a plan" -> "approved a plan", answering "What has X done?"
	if (/^(has|have)$/i.test(c.auxiliary) && !/^been\b/.test(c.verbRest))
		return { ...c, done: predicate.replace(/^(has|have)\s+/i, '') };
	return null;
}

const isFiniteVerb = (tags: string[]) =>
	tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('Participle');

/**
 * Where the circumstances of an act begin: a time ("two days ago", "today"), a reason or a
 * clause ("after …", ", which …"), a legal basis ("under …"). A lead packs them all into one
 * sentence; the question asks the act, and an option of twenty-five words gives itself away.
 */
const CIRCUMSTANCE = new RegExp(
	[
		'\\s*[,;(]',
		'\\s(?:after|following|amid|despite|because|as|while|when|where|which|who|under|during|prior to|before|since|until|in the wake of|in response to)\\s',
		'\\s(?:today|yesterday|tonight|earlier|later)\\b',
		'\\s(?:this|last|next) (?:week|month|year|morning|afternoon|evening|night|weekend|\\p{Lu}\\p{Ll}+)\\b',
		'\\s(?:[\\p{L}-]+|\\d+) (?:days?|weeks?|months?|years?) ago\\b',
		'\\son (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b'
	].join('|'),
	'u'
);
/** An act needs its verb and what it acted on: at least this many words before a cut. */
const CORE_WORDS = 3;

function coreAct(predicate: string): string {
	let rest = predicate;
	let cut = predicate.length;
	let offset = 0;
	for (;;) {
		const m = CIRCUMSTANCE.exec(rest);
		if (!m) break;
		const at = offset + m.index;
		if (predicate.slice(0, at).split(/\s+/).length >= CORE_WORDS) {
			cut = at;
			break;
		}
		offset = at + m[0].length;
		rest = predicate.slice(offset);
	}
	return predicate.slice(0, cut).trim();
}

/**
 * Starts that are a state, a passive or an occurrence, not something the subject did ("were
 * followed by", "took place at the centre").
 */
const NOT_AN_ACT = /^(?:was|were|is|are|had|been|being|be|occurred|happened|took place)\b/i;
/** Ends that show the clause was cut short ("an individual named"). */
const CUT = /\s(?:named|called|of|the|a|an|and|or|to|with|for|as|by|from|that|which|who)$/i;

/** Another actor's action reads in the answer's place: same tense, a whole act. */
function fitsAsOption(o: Clause & { done: string }, act: Clause & { done: string }): boolean {
	return (
		o.simplePast === act.simplePast &&
		!NOT_AN_ACT.test(o.done) &&
		!CUT.test(o.done) &&
		// "Released of the scene showed …": a noun read as a verb.
		!/^\p{L}+\s+(?:of|by)\b/u.test(o.done) &&
		// "Topics discussed included …": two verbs in a row, the first one a description.
		!isFiniteVerb(firstTags(o.done.replace(/^\S+\s+/, '')))
	);
}

/**
 * A doer the report names: "Protesters" or "Topics" are capitalised only because they begin the
 * sentence, so a one-word subject must be a proper noun, an acronym, or written with a capital
 * inside a sentence somewhere in the report ("the youth of Arsenal").
 */
function namedDoer(subject: string, body: string): boolean {
	if (!isNamed(subject)) return false;
	if (/\s/.test(subject) || /^\p{Lu}{2,}/u.test(subject)) return true;
	if (firstTags(subject).includes('ProperNoun')) return true;
	return new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(subject)}\\b`, 'u').test(body);
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
	// Each sentence parsed once: the same pool gives the options of every act asked.
	const parsed = new Map<Sentence, ReturnType<typeof action>>();
	const actionOf = (s: Sentence) => {
		if (!parsed.has(s)) parsed.set(s, action(s));
		return parsed.get(s) ?? null;
	};
	for (let i = lead; i < Math.min(sentences.length, lead + ASKED); i++) {
		const sentence = sentences[i] as Sentence;
		const act = actionOf(sentence);
		// "A storm yesterday": out of its article, "yesterday" names no day.
		if (!act || /\b(?:yesterday|today|tomorrow|tonight)\b/i.test(act.subject)) continue;
		// "What did a heated showdown do?": only a named doer (a body, a country, a person) acts;
		// every review rejected the stems with a common-noun subject.
		if (!namedDoer(act.subject, article.facts.body)) continue;
		const answer = capitalise(act.done);
		const size = answer.split(/\s+/).length;
		const wrong: string[] = [];
		for (const other of pool) {
			if (other === sentence || wrong.length === 3) continue;
			const o = actionOf(other);
			// A wrong act is one a named body or person did: "A survey conducted in May …" read
			// as "conducted" is no act of anyone's.
			if (
				!o ||
				!namedDoer(o.subject, article.facts.body) ||
				shares(o.subject, act.subject) ||
				!fitsAsOption(o, act)
			)
				continue;
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
