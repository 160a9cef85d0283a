import { describe, it, expect } from 'vitest';
import { nextCard, ratingFor, isMastered, Rating, RATING_THRESHOLDS } from './schedule';
import type { CardRecord } from './records';

const ids = { setId: 's', itemId: 'q1' };
const DAY = 86_400_000;

describe('ratingFor', () => {
	it('maps wrong to Again whatever the time', () => {
		expect(ratingFor(false, 1000)).toBe(Rating.Again);
		expect(ratingFor(false, 60_000, { format: 'text' })).toBe(Rating.Again);
	});

	it('maps right answers to Easy, Good or Hard by time, per format', () => {
		const { fast, slow } = RATING_THRESHOLDS.choice;
		expect(ratingFor(true, fast - 1)).toBe(Rating.Easy);
		expect(ratingFor(true, fast)).toBe(Rating.Good);
		expect(ratingFor(true, slow)).toBe(Rating.Good);
		expect(ratingFor(true, slow + 1)).toBe(Rating.Hard);
		// Typing takes longer than tapping: 20 s is slow for a choice, normal for a typed name.
		expect(ratingFor(true, 20_000, { format: 'choice' })).toBe(Rating.Hard);
		expect(ratingFor(true, 20_000, { format: 'text' })).toBe(Rating.Good);
	});

	it('takes a flashcard grade as the learner gave it, whatever the time', () => {
		const recall = (grade: 'again' | 'hard' | 'good' | 'easy') => ({
			format: 'recall' as const,
			grade
		});
		expect(ratingFor(false, 100, recall('again'))).toBe(Rating.Again);
		expect(ratingFor(true, 60_000, recall('easy'))).toBe(Rating.Easy);
		expect(ratingFor(true, 100, recall('hard'))).toBe(Rating.Hard);
		expect(ratingFor(true, 5_000, recall('good'))).toBe(Rating.Good);
	});

	it('never rates an unknown time as Easy', () => {
		expect(ratingFor(true, 0)).toBe(Rating.Good);
		expect(ratingFor(true, Number.NaN)).toBe(Rating.Good);
	});
});

describe('nextCard', () => {
	const now = Date.UTC(2026, 0, 10);

	it('schedules a wrong answer sooner than a right one, and an easy one later still', () => {
		const again = nextCard(undefined, ids, Rating.Again, now);
		const good = nextCard(undefined, ids, Rating.Good, now);
		const easy = nextCard(undefined, ids, Rating.Easy, now);
		expect(again.due).toBeGreaterThan(now);
		expect(again.due).toBeLessThan(good.due);
		expect(good.due).toBeLessThan(easy.due);
		expect(again.key).toBe('s/q1');
		expect(again.lastRating).toBe(Rating.Again);
	});

	it('counts a lapse when a learned card is answered wrong', () => {
		let card: CardRecord = nextCard(undefined, ids, Rating.Easy, now);
		card = nextCard(card, ids, Rating.Good, card.due);
		expect(card.lapses).toBe(0);
		const lapsed = nextCard(card, ids, Rating.Again, card.due);
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.due - card.due).toBeLessThan(DAY);
	});

	it('marks a card mastered only after repeated right answers over weeks', () => {
		let card = nextCard(undefined, ids, Rating.Good, now);
		expect(isMastered(card)).toBe(false);
		let reviews = 1;
		while (!isMastered(card) && reviews < 20) {
			card = nextCard(card, ids, Rating.Good, card.due);
			reviews++;
		}
		expect(isMastered(card)).toBe(true);
		expect(reviews).toBeGreaterThan(2);
		expect(card.due - now).toBeGreaterThan(21 * DAY);
	});
});
