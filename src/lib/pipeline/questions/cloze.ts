/**
 * Sentences with a gap: the how-many, when and true-or-false questions show the article's own
 * sentence with one element removed or replaced, which keeps the prompt in the article's English.
 */
import type { Sentence } from '../facts';
import { balancedQuotes } from './text';

export const GAP = '____';
const MAX_SENTENCE = 420;

/**
 * The sentence with body[start, end) replaced by `replacement`, or null when the span is not
 * inside the sentence or the sentence is too long or has unbalanced quotation marks.
 */
export function replaceInSentence(
	body: string,
	sentence: Sentence,
	start: number,
	end: number,
	replacement: string
): string | null {
	if (start < sentence.start || end > sentence.end || start >= end) return null;
	const text = body.slice(sentence.start, sentence.end);
	if (text.length > MAX_SENTENCE || !balancedQuotes(text)) return null;
	const out =
		text.slice(0, start - sentence.start) + replacement + text.slice(end - sentence.start);
	return out.replace(/\s+/g, ' ').trim();
}

/**
 * The sentence with `text`, found at body offset `start`, taken out; null when the body does not
 * hold exactly `text` there (offsets that drifted) or the sentence cannot take a gap.
 */
export function gapInSentence(
	body: string,
	sentence: Sentence,
	start: number,
	text: string
): string | null {
	if (body.slice(start, start + text.length) !== text) return null;
	return replaceInSentence(body, sentence, start, start + text.length, GAP);
}

/** The first run of digits (with thousands separators and decimals) in a number's text. */
export function digitsIn(text: string): { text: string; index: number; value: number } | null {
	const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
	if (!m) return null;
	const clean = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, '');
	const value = Number(clean);
	return Number.isFinite(value) ? { text: m[0].replace(/,$/, ''), index: m.index, value } : null;
}
