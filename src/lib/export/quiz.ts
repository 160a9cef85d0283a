/**
 * What every export shares: the questions a format could not carry (said to the teacher, never
 * dropped silently), plain one-line text, and a file name from the quiz title.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';

/** A question a format left out (or changed), with the reason the teacher is shown. */
export interface ExportNote {
	/** 1-based position in the quiz, as the teacher sees it. */
	number: number;
	prompt: string;
	reason: string;
}

export interface TextExport {
	text: string;
	notes: ExportNote[];
}

export function note(item: Item, index: number, reason: string): ExportNote {
	return { number: index + 1, prompt: item.prompt, reason };
}

/** Collapses line breaks and tabs: the line-based formats give them meaning. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The wrong options of a choice question, in their stored order. */
export function wrongOptions(item: Item): string[] {
	return (item.options ?? []).filter((option) => option !== item.answer);
}

/** A True / False question, which several formats have a type of their own for. */
export function isTrueFalse(item: Item): boolean {
	const options = (item.options ?? []).map((o) => o.toLowerCase()).sort();
	return item.format === 'choice' && options.length === 2 && options.join() === 'false,true';
}

/** The events of an order question in their right order. */
export function orderedEvents(item: Item): string[] {
	return item.sequence ?? [];
}

/** "library-vote" from "Library vote!", for file names. */
export function fileStem(set: Pick<QuestionSet, 'title' | 'id'>): string {
	const stem = set.title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return stem || set.id;
}

/** "1st", "2nd", … for order questions carried as matching. */
export function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}
