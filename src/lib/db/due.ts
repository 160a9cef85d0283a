/**
 * What "due" means, the one definition every page counts by (library, set page, Review,
 * Progress). Pure, with no Dexie or ts-fsrs import, so the library page can use it too.
 *
 * - A question is **due now** once its card's review time has come: `due <= now`. Review asks
 *   exactly these, and every "N due now" counts exactly these.
 * - **Later today** is the rest of the learner's local calendar day.
 * - Only questions that still exist count. A new release may drop a question (and a deleted
 *   quiz drops all of its own) while its card stays stored; Review cannot ask it, so no page
 *   counts it either.
 *
 * `now` comes from the one clock (see $lib/clock.ts), so pages open at the same minute
 * count the same cards.
 */
import type { CardRecord } from './records';

export type DueCard = Pick<CardRecord, 'setId' | 'itemId' | 'due'>;

/** The questions that exist, by set id: only their cards are counted. */
export type Catalogue = ReadonlyMap<string, ReadonlySet<string>>;

/** A set as the library lists it (question ids) or as it is played (its questions). */
export type CatalogueEntry =
	{ id: string; itemIds: readonly string[] } | { id: string; items: readonly { id: string }[] };

export function catalogueOf(sets: readonly CatalogueEntry[]): Catalogue {
	return new Map(
		sets.map((set) => [
			set.id,
			new Set('itemIds' in set ? set.itemIds : set.items.map((item) => item.id))
		])
	);
}

export function isDueNow(card: Pick<CardRecord, 'due'>, now: number): boolean {
	return card.due <= now;
}

/** Whether the card's question still exists (see above). */
export function isCounted(card: Pick<CardRecord, 'setId' | 'itemId'>, catalogue: Catalogue) {
	return catalogue.get(card.setId)?.has(card.itemId) ?? false;
}

/** Local midnight at the start of the day `offset` days after the day of `ms`. */
export function startOfDay(ms: number, offset = 0): number {
	const d = new Date(ms);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getTime();
}

export interface DueCounts {
	/** Questions due now, across every set. */
	now: number;
	/** Questions falling due later today (not yet due). */
	laterToday: number;
	/** When the next question not yet due falls due, or null if none is scheduled. */
	nextAt: number | null;
}

export function countDue<C extends DueCard>(
	cards: readonly C[],
	now: number,
	catalogue: Catalogue
): DueCounts {
	const endOfToday = startOfDay(now, 1);
	const counts: DueCounts = { now: 0, laterToday: 0, nextAt: null };
	for (const card of cards) {
		if (!isCounted(card, catalogue)) continue;
		if (isDueNow(card, now)) counts.now++;
		else {
			if (card.due < endOfToday) counts.laterToday++;
			if (counts.nextAt === null || card.due < counts.nextAt) counts.nextAt = card.due;
		}
	}
	return counts;
}

/** "3 due now", the words every page uses for the count. */
export function dueNowLabel(count: number): string {
	return `${count} due now`;
}
