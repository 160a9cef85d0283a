/**
 * Which questions of an attempt can still be shown. A new release may drop a question that an
 * open attempt (or review) still lists; those are skipped, never a dead end.
 */
export interface Playable {
	/** The keys still known, in the attempt's order. */
	keys: string[];
	/** The next key to ask at or after `position`, or undefined when none is left. */
	next: string | undefined;
	/** How many of the attempt's questions no longer exist. */
	removed: number;
}

export function playable(
	itemIds: string[],
	position: number,
	known: ReadonlySet<string>
): Playable {
	const keys = itemIds.filter((key) => known.has(key));
	const next = itemIds.slice(position).find((key) => known.has(key));
	return { keys, next, removed: itemIds.length - keys.length };
}
