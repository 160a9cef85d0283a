/** Lookarounds for `wordsAt`: no letter joined before or after the word. */
export const NO_LETTER_BEFORE = /(?<!\p{L})/uy;
export const NO_LETTER_AFTER = /(?!\p{L})/uy;

/** Text to match literally inside a RegExp: every character RegExp gives a meaning is escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `word` stands in `text` (left to right, not overlapping) with the sticky lookarounds
 * `before` and `after` holding at its two ends: the matches of
 * `new RegExp(before + escapeRegExp(word) + after, 'g' + their flags)`, found without
 * compiling a RegExp per word. A \p{L} class takes ~0.1 ms to compile, and the extractor and the
 * question types look up every name of every article, and compare answers with texts, this way.
 * With `overlapping`, every place where they hold, even inside an earlier one: where one
 * alternative of a larger pattern may begin.
 */
export function wordsAt(
	text: string,
	word: string,
	before: RegExp,
	after: RegExp,
	overlapping = false
): number[] {
	if (!word) {
		// An empty word matches between characters: leave that to RegExp.
		const re = new RegExp(before.source + after.source, before.flags.replace('y', 'g'));
		return [...text.matchAll(re)].map((m) => m.index);
	}
	const found: number[] = [];
	let i = text.indexOf(word);
	while (i >= 0) {
		before.lastIndex = i;
		after.lastIndex = i + word.length;
		const match = before.test(text) && after.test(text);
		if (match) found.push(i);
		i = text.indexOf(word, match && !overlapping ? i + word.length : i + 1);
	}
	return found;
}
