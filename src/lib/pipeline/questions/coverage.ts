/**
 * Coverage of gold teacher questions: the share of the questions a teacher wrote for an article
 * (before any code ran on it) whose fact the generated set asks about. A teacher question is
 * covered when a generated item cites the teacher's sentence and its answer matches, loosely.
 */
import type { Item } from '../schema';
import { contentWords, normalise, similarity } from './text';

export interface TeacherQuestion {
	question: string;
	answer: string;
	sentence: string;
	kind?: string;
}

export interface Coverage {
	covered: number;
	total: number;
	/** Each teacher question with the id of the item that covers it, or null. */
	details: { teacher: TeacherQuestion; item: string | null }[];
}

/** The sentences match when one holds the other or nearly all their words are shared. */
function sameSentence(a: string, b: string): boolean {
	const x = normalise(a);
	const y = normalise(b);
	return x === y || x.includes(y) || y.includes(x) || similarity(a, b) >= 0.8;
}

const digits = (text: string) => new Set(text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+/g));

/** Share of the shorter text's content words found in the other (0..1). */
function overlap(a: string, b: string): number {
	const x = contentWords(a);
	const y = new Set(contentWords(b));
	const inB = x.filter((w) => y.has(w)).length;
	const other = contentWords(b);
	const inA = other.filter((w) => new Set(x).has(w)).length;
	return Math.max(x.length ? inB / x.length : 0, other.length ? inA / other.length : 0);
}

/** What the item states as its answer: the answer, a True/False statement, or its pairs. */
function answerText(item: Item): string {
	if (item.type === 'true-false') return item.prompt.replace(/^True or false\?\s*/, '');
	if (item.pairs) return item.pairs.map((p) => `${p.left} ${p.right}`).join(' ');
	if (item.sequence) return item.sequence.join(' ');
	return item.answer;
}

export function answersMatch(item: Item, teacher: TeacherQuestion): boolean {
	const given = answerText(item);
	const wanted = digits(teacher.answer);
	if (wanted.size > 0 && [...digits(given)].some((d) => wanted.has(d))) return true;
	return overlap(given, teacher.answer) >= 0.5;
}

export function coverageOf(items: Item[], teacher: TeacherQuestion[]): Coverage {
	const details = teacher.map((t) => {
		const item = items.find(
			(i) => i.citations.some((c) => sameSentence(c.sentence, t.sentence)) && answersMatch(i, t)
		);
		return { teacher: t, item: item?.id ?? null };
	});
	return { covered: details.filter((d) => d.item).length, total: details.length, details };
}
