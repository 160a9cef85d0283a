/**
 * Which items a shared quiz asks: all of a set, a seeded draw, a hand-picked list, with the
 * teacher's edited items in place of the built-in ones. Uses the pipeline's seeded shuffle so
 * the teacher and every student get the same draw.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { shuffle } from '$lib/pipeline/random';
import type { ShareQuizContent } from './quiz';

/** `n` ids drawn with `seed`, kept in the set's order (so a story's questions read in order). */
export function drawItems(itemIds: readonly string[], n: number, seed: number): string[] {
	const chosen = new Set(shuffle(itemIds, `draw:${seed}`).slice(0, Math.max(0, n)));
	return itemIds.filter((id) => chosen.has(id));
}

export type ResolvedItems = { ok: true; items: Item[] } | { ok: false; message: string };

/**
 * The items of a quiz. For a built-in reference, `set` must be the set named by `setId` (the page
 * loads it); an id the set no longer has is an error, not a silently shorter quiz.
 */
export function resolveQuizItems(quiz: ShareQuizContent, set?: QuestionSet): ResolvedItems {
	const { source } = quiz;
	if (source.kind === 'inline') return { ok: true, items: source.set.items };
	if (!set || set.id !== source.setId) {
		return {
			ok: false,
			message: `This quiz uses the question set "${source.setId}", which is not available.`
		};
	}
	const byId = new Map(set.items.map((item) => [item.id, item]));
	for (const item of source.edited ?? []) byId.set(item.id, item);
	for (const { id, prompt } of source.reworded ?? []) {
		const item = byId.get(id);
		if (!item) {
			return {
				ok: false,
				message: `This quiz rewords a question the set "${set.id}" does not have: ${id}.`
			};
		}
		byId.set(id, { ...item, prompt });
	}
	let ids = source.itemIds ?? set.items.map((item) => item.id);
	if (source.draw) ids = drawItems(ids, source.draw.n, source.draw.seed);
	const missing = ids.filter((id) => !byId.has(id));
	if (missing.length > 0) {
		return {
			ok: false,
			message: `This quiz asks for questions the set "${set.id}" no longer has: ${missing.join(', ')}.`
		};
	}
	return { ok: true, items: ids.map((id) => byId.get(id) as Item) };
}

/**
 * How many questions a quiz asks, without loading its set: `setSize` is the built-in set's
 * question count (from the set index). Undefined when that is needed and not known.
 */
export function countQuizItems(quiz: ShareQuizContent, setSize?: number): number | undefined {
	const { source } = quiz;
	if (source.kind === 'inline') return source.set.items.length;
	const listed = source.itemIds?.length ?? setSize;
	if (listed === undefined) return source.draw?.n;
	return source.draw ? Math.min(source.draw.n, listed) : listed;
}
