import type { Item } from '$lib/pipeline/schema';

/** A question as the player sees it: the item and the set it belongs to. */
export interface Question {
	/** Identifies the question inside one attempt (attempt.itemIds holds these). */
	key: string;
	setId: string;
	item: Item;
}
