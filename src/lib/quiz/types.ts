import type { Item } from '$lib/pipeline/schema';

/** A question as the player sees it: the item and the set it belongs to. */
export interface Question {
	/** Identifies the question inside one attempt (attempt.itemIds holds these). */
	key: string;
	setId: string;
	item: Item;
}

/** Which questions of an earlier attempt to ask again: those answered wrongly, or never reached. */
export type Which = 'wrong' | 'unreached';
