/**
 * Citations: the exact sentence of an article that holds an item's answer, with its offsets,
 * so the player can show where the answer comes from and the audit can check it.
 */
import type { Citation } from '../schema';
import type { Sentence, Span } from '../facts';
import type { ArticleInput } from './context';
import { containsWords, surname } from './text';

/** The sentence that holds a span (by index when it fits, else by offsets). */
export function sentenceOf(article: ArticleInput, span: Span): Sentence | undefined {
	const { sentences } = article.facts;
	const byIndex = sentences[span.sentence];
	if (byIndex && byIndex.start <= span.start && span.end <= byIndex.end) return byIndex;
	return sentences.find((s) => s.start <= span.start && span.end <= s.end);
}

export function cite(article: ArticleInput, sentence: Sentence): Citation {
	const text = article.facts.body.slice(sentence.start, sentence.end);
	const citation: Citation = {
		article: article.id,
		outlet: article.outlet,
		sentence: text,
		start: sentence.start,
		end: sentence.end
	};
	if (article.url) citation.url = article.url;
	return citation;
}

/** The citation for one fact, or null when its offsets fall outside every sentence. */
export function citeSpan(article: ArticleInput, span: Span): Citation | null {
	const sentence = sentenceOf(article, span);
	return sentence ? cite(article, sentence) : null;
}

/** True when the text names the speaker in full or by surname. */
export function namesSpeaker(text: string, name: string): boolean {
	return containsWords(text, name) || (/\s/.test(name) && containsWords(text, surname(name)));
}

/**
 * Citations that together show who said a quote: the quote's sentence, preceded by the nearest
 * earlier sentence naming the speaker when the quote itself only says "he" or nothing.
 */
export function citeQuote(article: ArticleInput, span: Span, speaker: string): Citation[] | null {
	const sentence = sentenceOf(article, span);
	if (!sentence) return null;
	if (namesSpeaker(sentence.text, speaker)) return [cite(article, sentence)];
	const { sentences } = article.facts;
	const index = sentences.indexOf(sentence);
	for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
		const before = sentences[i] as Sentence;
		if (namesSpeaker(before.text, speaker)) return [cite(article, before), cite(article, sentence)];
	}
	return null;
}
