/** Reading and writing the dates of date facts ("YYYY", "YYYY-MM", "YYYY-MM-DD"). */

export type DateParts = { year: number; month?: number; day?: number };

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function parseWhen(when: string): DateParts | null {
	const m = when.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
	if (!m) return null;
	const parts: DateParts = { year: Number(m[1]) };
	if (m[2]) parts.month = Number(m[2]);
	if (m[3]) parts.day = Number(m[3]);
	return parts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The "YYYY-MM-DD" form of the parts, as precise as they are. */
export function dateKey(d: DateParts): string {
	return `${d.year}${d.month ? '-' + pad(d.month) : ''}${d.day ? '-' + pad(d.day) : ''}`;
}

/** "2006", "February 2022", "8 January 2025", or "8 January" when the text gives no year. */
export function formatDate(d: DateParts, withYear = true): string {
	const month = d.month ? MONTHS[d.month - 1] : undefined;
	const parts = [d.day ? String(d.day) : '', month ?? '', withYear || !month ? String(d.year) : ''];
	return parts.filter(Boolean).join(' ');
}

const MONTH_WORD =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
	'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?';

/**
 * The part of a date's text that states the date outright (e.g. "February 2022" in "in
 * February 2022", "Jan. 8"), or null for relative dates ("last month", "on Monday") that a
 * reader cannot answer from the sentence alone.
 */
export function explicitDate(
	text: string
): { text: string; index: number; hasYear: boolean } | null {
	const patterns = [
		`${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
		`\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\s+\\d{4}`,
		`${MONTH_WORD}\\s+\\d{4}`,
		`${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
		`\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}`,
		`\\b\\d{4}\\b`
	];
	for (const p of patterns) {
		const m = new RegExp(p).exec(text);
		if (m) return { text: m[0], index: m.index, hasYear: /\d{4}/.test(m[0]) };
	}
	return null;
}
