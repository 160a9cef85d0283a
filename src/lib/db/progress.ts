/**
 * Progress figures from cards: pure, with no Dexie or ts-fsrs import, so the library page can
 * show them without loading either (see summary.ts).
 */
import type { CardRecord } from './records';
import { isCounted, isDueNow, type Catalogue } from './due';

export interface SetProgress {
	/** Distinct questions answered at least once. */
	answered: number;
	/** Questions whose card is mastered (see MASTERED_STABILITY_DAYS). */
	mastered: number;
	/** Questions due now (see due.ts). */
	due: number;
}

/** A card counts as mastered once in Review with a memory stability of at least this. */
export const MASTERED_STABILITY_DAYS = 21;

type ProgressCard = Pick<CardRecord, 'state' | 'stability' | 'due' | 'setId' | 'itemId'>;

export function isMastered(card: Pick<CardRecord, 'state' | 'stability'>): boolean {
	return card.state === 2 && card.stability >= MASTERED_STABILITY_DAYS;
}

/** Progress from one set's cards; only questions in the catalogue count (see due.ts). */
export function progressOf(cards: ProgressCard[], now: number, catalogue: Catalogue): SetProgress {
	const counted = cards.filter((card) => isCounted(card, catalogue));
	return {
		answered: counted.length,
		mastered: counted.filter(isMastered).length,
		due: counted.filter((card) => isDueNow(card, now)).length
	};
}

/** Progress of every set in the catalogue that has answers, by set id. */
export function progressBySet(
	cards: ProgressCard[],
	now: number,
	catalogue: Catalogue
): Record<string, SetProgress> {
	const bySet = new Map<string, ProgressCard[]>();
	for (const card of cards) {
		if (isCounted(card, catalogue)) bySet.set(card.setId, [...(bySet.get(card.setId) ?? []), card]);
	}
	return Object.fromEntries(
		[...bySet].map(([setId, list]) => [setId, progressOf(list, now, catalogue)])
	);
}
