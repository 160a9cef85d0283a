/**
 * Progress figures from cards: pure, with no Dexie or ts-fsrs import, so the library page can
 * show them without loading either (see summary.ts).
 */
import type { CardRecord } from './records';

export interface SetProgress {
	/** Distinct questions answered at least once. */
	answered: number;
	/** Questions whose card is mastered (see MASTERED_STABILITY_DAYS). */
	mastered: number;
	/** Questions due for review now. */
	due: number;
}

/** A card counts as mastered once in Review with a memory stability of at least this. */
export const MASTERED_STABILITY_DAYS = 21;

type ProgressCard = Pick<CardRecord, 'state' | 'stability' | 'due'>;

export function isMastered(card: Pick<CardRecord, 'state' | 'stability'>): boolean {
	return card.state === 2 && card.stability >= MASTERED_STABILITY_DAYS;
}

export function progressOf(cards: ProgressCard[], now: number): SetProgress {
	return {
		answered: cards.length,
		mastered: cards.filter(isMastered).length,
		due: cards.filter((c) => c.due <= now).length
	};
}

/** Progress of every set, by set id. */
export function progressBySet(
	cards: (ProgressCard & { setId: string })[],
	now: number
): Record<string, SetProgress> {
	const bySet = new Map<string, ProgressCard[]>();
	for (const card of cards) bySet.set(card.setId, [...(bySet.get(card.setId) ?? []), card]);
	return Object.fromEntries([...bySet].map(([setId, list]) => [setId, progressOf(list, now)]));
}
