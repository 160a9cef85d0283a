/**
 * Quote completion: a key word removed from a direct quote; the wrong options are words of the
 * same part of speech and number from the story's other quotes.
 */
import { clearlyAttributed } from './attribution';
import nlp from 'compromise';
import type { Item } from '../schema';
import { hashString } from '../random';
import { citeSpan } from './citations';
import { corroboratedBy, primary, speakerOf, type StoryContext } from './context';
import { itemId } from './ids';
import { GAP } from './cloze';
import { speakerPhrase } from './speakers';
import { balancedQuotes, contentWords, normalise } from './text';

type WordClass = 'noun' | 'plural' | 'adjective' | 'gerund';
interface Word {
	text: string;
	cls: WordClass;
	/** A noun for a person or a role ("minister", "farmers"): only such nouns replace each other. */
	actor: boolean;
}

/**
 * Each text is tagged once: tagging is the slow part of making questions, and the same quotes
 * and sentences are looked at for every gap. Bounded, so a long-lived worker does not grow.
 */
const tagged = new Map<string, Word[]>();

/** Lower-case content words of a text with their class, as compromise tags them in context. */
function wordsOf(text: string): Word[] {
	const known = tagged.get(text);
	if (known) return known;
	const out: Word[] = [];
	for (const sentence of nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]) {
		for (const term of sentence.terms) {
			const tags = new Set(term.tags);
			const word = term.text;
			if (!/^[a-z][a-z-]{4,}$/.test(word) || contentWords(word).length === 0) continue;
			if (tags.has('Pronoun') || tags.has('ProperNoun') || tags.has('Possessive')) continue;
			if (tags.has('Verb') && !tags.has('Gerund')) continue;
			const cls: WordClass | null = word.endsWith('ing')
				? 'gerund'
				: tags.has('Adjective')
					? 'adjective'
					: tags.has('Noun')
						? tags.has('Plural')
							? 'plural'
							: 'noun'
						: null;
			if (cls) out.push({ text: word, cls, actor: tags.has('Actor') });
		}
	}
	if (tagged.size > 5000) tagged.clear();
	tagged.set(text, out);
	return out;
}

/** Each word once (the first class it was seen with): distractor lists are scanned per quote. */
function distinct(words: Word[]): Word[] {
	const seen = new Map<string, Word>();
	for (const word of words) if (!seen.has(word.text)) seen.set(word.text, word);
	return [...seen.values()];
}

/** Nouns make the best gaps; adjectives and -ing forms only when there is no noun. */
const rank = (w: Word) => ({ noun: 0, plural: 0, adjective: 1, gerund: 2 })[w.cls];

const wordRe = (w: string) => new RegExp(`(^|[^\\p{L}-])${w}(?=$|[^\\p{L}-])`, 'gu');

export function quoteCompletionItems(ctx: StoryContext): Item[] {
	const items: Item[] = [];
	// Wrong words come from the story's other quotes first (same voice), then from its articles'
	// sentences, tagged only as far as needed.
	const quoteWords = distinct(
		ctx.quotes.flatMap((r) => (r.fact.direct ? wordsOf(r.fact.text) : []))
	);
	const sentences = ctx.articles.flatMap((a) => a.facts.sentences.map((s) => s.text));
	for (const ref of primary(ctx.quotes)) {
		const { fact, article } = ref;
		const text = fact.text.trim();
		const words = text.split(/\s+/).length;
		if (
			!fact.direct ||
			words < 8 ||
			text.length > 400 ||
			!balancedQuotes(text) ||
			/["“”]/.test(text)
		)
			continue;
		// The key word: a noun if there is one, else an adjective; the longest, used once.
		const candidates = wordsOf(text)
			.filter((w) => (text.match(wordRe(w.text)) ?? []).length === 1)
			.sort((a, b) => rank(a) - rank(b) || b.text.length - a.text.length);
		const key = candidates[0];
		if (!key) continue;
		const inQuote = new Set(normalise(text).split(/[^a-z-]+/));
		const fits = (w: Word) =>
			w.cls === key.cls &&
			w.actor === key.actor &&
			!inQuote.has(w.text) &&
			w.text.slice(0, 5) !== key.text.slice(0, 5);
		const byHash = (list: Word[]) =>
			list
				.filter(fits)
				.map((w) => ({ w, order: hashString(ref.id + w.text) }))
				.sort((a, b) => a.order - b.order)
				.map(({ w }) => w);
		const wrong = [...new Set(byHash(quoteWords).map((w) => w.text))].slice(0, 3);
		for (const sentence of sentences) {
			if (wrong.length >= 3) break;
			for (const w of byHash(wordsOf(sentence)))
				if (wrong.length < 3 && !wrong.includes(w.text)) wrong.push(w.text);
		}
		// The answer is a word of the quote: its own sentence is the whole citation, which leaves
		// the sentence naming the speaker free for the set's other items (two at most cite one).
		const own = citeSpan(article, fact);
		const citations = own ? [own] : null;
		if (wrong.length < 3 || !citations) continue;
		const gapped = text.replace(wordRe(key.text), `$1${GAP}`).replace(/[,;:]+$/, '');
		// Whose words they are is half of what the item teaches: without a sure speaker, no item.
		const speaker = clearlyAttributed(article.facts, fact) ? speakerOf(ctx, fact) : undefined;
		if (!speaker) continue;
		const who = speakerPhrase(speaker.name, speaker.kind, article.facts.body);
		items.push({
			id: itemId('quote-completion', ref.id),
			type: 'quote-completion',
			format: 'choice',
			prompt: `Which word completes the quote from ${who}? “${gapped}”`,
			answer: key.text,
			options: [key.text, ...wrong],
			explanation: `The full quote reads: “${text.replace(/[,;:]+$/, '')}”`,
			citations,
			corroborated: corroboratedBy(ref, ctx.quotes)
		});
	}
	return items;
}
