/**
 * What a learner gave as an answer, one shape per item format. Stored as is in the database
 * (answers.response) and checked with this schema when a backup is read back.
 */
import * as v from 'valibot';
import type { Item } from '$lib/pipeline/schema';

const Text = v.pipe(v.string(), v.maxLength(2000));

/** How well a learner says they knew a flashcard, the four FSRS grades in the learner's words. */
export const RECALL_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type RecallGrade = (typeof RECALL_GRADES)[number];
/**
 * left → the right chosen for it. Not v.record, which drops keys such as "constructor" or
 * "__proto__": those are lefts a quiz may hold. Copied with Object.fromEntries, which keeps
 * every key an own property.
 */
const Pairs = v.pipe(
	v.custom<Record<string, string>>(
		(x) =>
			!!x &&
			typeof x === 'object' &&
			!Array.isArray(x) &&
			Object.keys(x).length <= 20 &&
			Object.entries(x).every(
				([left, right]) => left.length <= 2000 && typeof right === 'string' && right.length <= 2000
			),
		'pairs of texts'
	),
	v.transform((pairs) => Object.fromEntries(Object.entries(pairs)) as Record<string, string>)
);

export const ResponseSchema = v.variant('format', [
	v.object({ format: v.literal('choice'), choice: Text }),
	/** The number exactly as typed ("37,000", "37k"); graded by parseNumberAnswer. */
	v.object({ format: v.literal('number'), value: Text }),
	v.object({ format: v.literal('text'), value: Text }),
	v.object({ format: v.literal('match'), pairs: Pairs }),
	v.object({ format: v.literal('order'), sequence: v.pipe(v.array(Text), v.maxLength(20)) }),
	/** A flashcard the learner turned over and graded themselves. */
	v.object({ format: v.literal('recall'), grade: v.picklist(RECALL_GRADES) })
]);
export type Response = v.InferOutput<typeof ResponseSchema>;

/** A response as one line of text for the table and the CSV. */
export function responseText(response: Response): string {
	switch (response.format) {
		case 'choice':
			return response.choice;
		case 'number':
		case 'text':
			return response.value;
		case 'match':
			return Object.entries(response.pairs)
				.map(([left, right]) => `${left} → ${right}`)
				.join('; ');
		case 'order':
			return response.sequence.join(' → ');
		case 'recall':
			return `flashcard: ${response.grade}`;
	}
}

/** The answer a learner who knows it gives, in the player's shape (for tests and fuzzing). */
export function rightResponse(item: Item): Response {
	switch (item.format) {
		case 'choice':
			return { format: 'choice', choice: item.answer };
		case 'number':
		case 'text':
			return { format: item.format, value: item.answer };
		case 'match':
			return {
				format: 'match',
				pairs: Object.fromEntries((item.pairs ?? []).map((p) => [p.left, p.right]))
			};
		case 'order':
			return { format: 'order', sequence: [...(item.sequence ?? [])] };
	}
}
