/**
 * Spaced repetition: how an answer becomes a ts-fsrs rating and how a card is rescheduled.
 * Pure (no database), so the v2 upgrade can replay old answers with exactly the same rules.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Format } from '$lib/pipeline/schema';
import type { RecallGrade } from '$lib/quiz/response';
import type { CardRecord } from './records';

export { Rating } from 'ts-fsrs';

// No fuzz: the same answers give the same schedule, on every device and in tests.
const scheduler = fsrs({ enable_fuzz: false });

/**
 * Answer times (ms) below `fast` count as Easy, above `slow` as Hard, per format: typing a
 * number or a name takes longer than tapping an option, and matching or ordering longer still.
 */
export const RATING_THRESHOLDS: Record<Format, { fast: number; slow: number }> = {
	choice: { fast: 4_000, slow: 15_000 },
	number: { fast: 6_000, slow: 25_000 },
	text: { fast: 6_000, slow: 25_000 },
	match: { fast: 12_000, slow: 45_000 },
	order: { fast: 12_000, slow: 45_000 }
};

/**
 * wrong → Again; right and slow → Hard; right → Good; right and fast → Easy. An unknown time
 * (0, negative, not a number, e.g. after a reload mid-question) counts as Good, never Easy.
 */
export function ratingFor(
	correct: boolean,
	durationMs: number,
	item?: { format: Format } | { format: 'recall'; grade: RecallGrade }
): Grade {
	// A flashcard is graded by the learner, who knows best how well they knew it.
	if (item?.format === 'recall') return RECALL_RATING[item.grade];
	if (!correct) return Rating.Again;
	if (!Number.isFinite(durationMs) || durationMs <= 0) return Rating.Good;
	const { fast, slow } = RATING_THRESHOLDS[item?.format ?? 'choice'];
	if (durationMs < fast) return Rating.Easy;
	if (durationMs > slow) return Rating.Hard;
	return Rating.Good;
}

const RECALL_RATING: Record<RecallGrade, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

export function cardKey(setId: string, itemId: string): string {
	return `${setId}/${itemId}`;
}

function toFsrs(record: CardRecord): Card {
	const { due, last_review, stability, difficulty, elapsed_days, scheduled_days } = record;
	return {
		due: new Date(due),
		last_review: last_review === undefined ? undefined : new Date(last_review),
		stability,
		difficulty,
		elapsed_days,
		scheduled_days,
		learning_steps: record.learning_steps,
		reps: record.reps,
		lapses: record.lapses,
		state: record.state
	};
}

/** The card after one more answer: a new card when `previous` is undefined. */
export function nextCard(
	previous: CardRecord | undefined,
	ids: { setId: string; itemId: string },
	rating: Grade,
	now: number
): CardRecord {
	const card = previous ? toFsrs(previous) : createEmptyCard(new Date(now));
	const { card: next } = scheduler.next(card, new Date(now), rating);
	return {
		key: cardKey(ids.setId, ids.itemId),
		setId: ids.setId,
		itemId: ids.itemId,
		due: next.due.getTime(),
		stability: next.stability,
		difficulty: next.difficulty,
		elapsed_days: next.elapsed_days,
		scheduled_days: next.scheduled_days,
		learning_steps: next.learning_steps,
		reps: next.reps,
		lapses: next.lapses,
		state: next.state,
		last_review: next.last_review?.getTime() ?? now,
		lastRating: rating
	};
}

export { isMastered, MASTERED_STABILITY_DAYS } from './progress';
