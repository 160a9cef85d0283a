/** Spaced-repetition cards: one per question ever answered, rescheduled by recordAnswer. */
import { withDb } from './db';
import type { CardRecord } from './records';
import { cardKey } from './schedule';

/** Cards due at `now` across all sets, most overdue first. */
export function dueCards(now = Date.now(), limit?: number): Promise<CardRecord[]> {
	return withDb((db) => {
		const due = db.cards.where('due').belowOrEqual(now);
		return (limit === undefined ? due : due.limit(limit)).toArray();
	});
}

export function cardFor(setId: string, itemId: string): Promise<CardRecord | undefined> {
	return withDb((db) => db.cards.get(cardKey(setId, itemId)));
}

export function cardsForSet(setId: string): Promise<CardRecord[]> {
	return withDb((db) => db.cards.where('setId').equals(setId).toArray());
}
