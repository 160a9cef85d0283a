import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import { accuracyByDay, allSetProgress, reviewForecast, setProgress, streak } from './stats';
import { cardFor, dueCards } from './cards';
import { answerItems, day, useFreshDb } from './testing';
import { catalogueOf } from './due';

/** Sets a…m with questions q1…q5, as the pages pass them. */
const sets = (...ids: string[]) =>
	catalogueOf(ids.map((id) => ({ id, itemIds: ['q1', 'q2', 'q3', 'q4', 'q5'] })));
const q = (n: number) => Array.from({ length: n }, (_, i) => `q${i + 1}`);

beforeEach(() => {
	useFreshDb();
});

describe('streak', () => {
	it('is 0 without answers', async () => {
		expect(await streak(day(2026, 3, 10))).toBe(0);
	});

	it('counts consecutive days ending today, or yesterday if today has none yet', async () => {
		for (const d of [5, 7, 8, 9]) await answerItems(`s${d}`, [true], day(2026, 3, d));
		expect(await streak(day(2026, 3, 9, 20))).toBe(3);
		expect(await streak(day(2026, 3, 10, 8))).toBe(3);
		expect(await streak(day(2026, 3, 11, 8))).toBe(0);
		await answerItems('s10', [false], day(2026, 3, 10, 9));
		expect(await streak(day(2026, 3, 10, 23))).toBe(4);
	});

	it('follows local days, not 24-hour windows', async () => {
		await answerItems('a', [true], day(2026, 3, 9, 23));
		await answerItems('b', [true], day(2026, 3, 10, 0));
		expect(await streak(day(2026, 3, 10, 1))).toBe(2);
	});
});

describe('accuracyByDay', () => {
	it('gives one row per day, oldest first, with the share of right answers', async () => {
		await answerItems('a', [true, false, true, true], day(2026, 3, 8));
		await answerItems('b', [false], day(2026, 3, 10));
		await answerItems('old', [true], day(2026, 3, 1));
		const rows = await accuracyByDay(3, day(2026, 3, 10, 18));
		expect(rows).toEqual([
			{ day: '2026-03-08', answered: 4, correct: 3, accuracy: 0.75 },
			{ day: '2026-03-09', answered: 0, correct: 0, accuracy: null },
			{ day: '2026-03-10', answered: 1, correct: 0, accuracy: 0 }
		]);
	});
});

describe('setProgress', () => {
	it('counts answered and due questions per set, only of the questions it has now', async () => {
		const now = day(2026, 3, 10);
		await answerItems('a', [true, false, true], now);
		await answerItems('b', [true], now);
		const tomorrow = day(2026, 3, 11);
		const a = await setProgress({ id: 'a', itemIds: q(3) }, tomorrow);
		expect(a.answered).toBe(3);
		expect(a.mastered).toBe(0);
		expect(a.due).toBe((await dueCards(tomorrow)).filter((c) => c.setId === 'a').length);
		expect(a.due).toBeGreaterThanOrEqual(1);
		// A release that dropped q3 leaves its card stored; it is no longer counted.
		expect((await setProgress({ id: 'a', itemIds: q(2) }, tomorrow)).answered).toBe(2);
		expect(await setProgress({ id: 'none', itemIds: q(5) }, tomorrow)).toEqual({
			answered: 0,
			mastered: 0,
			due: 0
		});
		const all = await allSetProgress(sets('a', 'b', 'c'), tomorrow);
		expect(Object.keys(all).sort()).toEqual(['a', 'b']);
		expect(all.a).toEqual(a);
		expect(Object.keys(await allSetProgress(sets('b'), tomorrow))).toEqual(['b']);
	});

	it('counts a question mastered after right answers spread over weeks', async () => {
		let now = day(2026, 1, 1);
		await answerItems('m', [true], now, 'review');
		expect((await setProgress({ id: 'm', itemIds: q(1) }, now)).mastered).toBe(0);
		for (let i = 0; i < 6; i++) {
			now = (await cardFor('m', 'q1'))!.due;
			await answerItems('m', [true], now, 'review');
		}
		expect((await setProgress({ id: 'm', itemIds: q(1) }, now)).mastered).toBe(1);
	});
});

describe('reviewForecast', () => {
	it('counts cards due per day, with overdue ones today', async () => {
		const now = day(2026, 3, 10);
		await answerItems('a', [false, true], now, 'practice', 8000);
		const cards = await dueCards(day(2030, 1, 1));
		const later = day(2026, 3, 20);
		const forecast = await reviewForecast(sets('a'), later, 400);
		expect(forecast).toHaveLength(400);
		expect(forecast[0]).toEqual({
			day: '2026-03-20',
			due: cards.filter((c) => c.due < later).length
		});
		expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(cards.length);
		const soon = await reviewForecast(sets('a'), now, 1);
		expect(soon[0]!.due).toBe(cards.filter((c) => c.due < day(2026, 3, 11, 0)).length);
		expect(soon[0]!.due).toBeGreaterThan(0);
		expect((await reviewForecast(sets('b'), later, 400)).every((d) => d.due === 0)).toBe(true);
	});
});
