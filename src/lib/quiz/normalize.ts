/**
 * Text comparison for typed answers: what a reader would call "the same answer" should compare
 * equal whatever the case, accents, quote style, punctuation or spacing.
 */

const LEADING_ARTICLE = /^(the|a|an) /;

/** Lower-case words separated by single spaces, without accents, punctuation or symbols. */
export function normalizeText(text: string): string {
	return (
		text
			.normalize('NFKD')
			// Accents are dropped, so "Zelenskyy" and "Zelenskyy" with a diacritic compare equal.
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			// Apostrophes join a word ("o'brien" = "obrien") rather than split it.
			.replace(/['\u2018\u2019\u02bc`´]/g, '')
			.replace(/&/g, ' and ')
			.replace(/[\p{P}\p{S}\s]+/gu, ' ')
			.trim()
	);
}

/** The forms of an answer that count as equal: normalized, without a leading article, unspaced. */
export function answerKeys(text: string): string[] {
	const normal = normalizeText(text);
	const bare = normal.replace(LEADING_ARTICLE, '');
	return [...new Set([normal, bare, bare.replace(/ /g, '')])].filter((key) => key.length > 0);
}

/** True when two typed texts are the same answer under normalizeText/answerKeys. */
export function sameAnswer(given: string, expected: string): boolean {
	const expectedKeys = new Set(answerKeys(expected));
	return answerKeys(given).some((key) => expectedKeys.has(key));
}

/**
 * Equality for answers picked from shown options (choice, match, order): exact text except for
 * quote style and spacing, which a share link or copy-paste can change. Stricter than
 * sameAnswer so that options such as "40" and "40%" stay different.
 */
export function sameOption(given: string, expected: string): boolean {
	return canonicalOption(given) === canonicalOption(expected);
}

function canonicalOption(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}
