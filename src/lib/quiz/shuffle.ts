/**
 * The order in which the player shows an item's options. The seeded generator is the
 * pipeline's (src/lib/pipeline/random.ts), so there is one implementation for the app and the
 * build. Seeded by attempt and item: a resumed attempt shows the same order as before, and
 * another attempt a different one.
 */
import type { Item } from '$lib/pipeline/schema';
import { shuffle } from '$lib/pipeline/random';

export { shuffle } from '$lib/pipeline/random';

/**
 * Options of a choice or order item in display order. For an order item the shown order is
 * never already the answer (that would give it away).
 */
export function optionOrder(item: Item, attemptId: string): string[] {
	// True comes before False everywhere, as students expect; shuffling two options teaches nothing.
	if (isTrueFalse(item)) return ['True', 'False'];
	const shown = shuffle(item.options ?? [], `${attemptId}/${item.id}`);
	return item.format === 'order' ? notEqual(shown, item.sequence ?? []) : shown;
}

/** A choice between exactly "True" and "False". */
export function isTrueFalse(item: Item): boolean {
	const options = item.options ?? [];
	return (
		item.format === 'choice' &&
		options.length === 2 &&
		options.includes('True') &&
		options.includes('False')
	);
}

/** The right-hand sides of a match item in display order, never lined up with their lefts. */
export function matchChoices(item: Item, attemptId: string): string[] {
	// Each right once: two lefts may share a right, and the list is keyed by its text.
	const rights = [...new Set((item.pairs ?? []).map((pair) => pair.right))];
	return notEqual(shuffle(rights, `${attemptId}/${item.id}`), rights);
}

/** `shown`, rotated by one if it equals `answer`, so the answer is never shown ready-made. */
function notEqual(shown: string[], answer: readonly string[]): string[] {
	const same = shown.length === answer.length && shown.every((x, i) => x === answer[i]);
	return same && shown.length > 1 ? [...shown.slice(1), ...shown.slice(0, 1)] : shown;
}
