/**
 * Every page counts "due" the same way (see due.ts): the library, a set page, Review and
 * Progress, read at the same minute of one fixed clock, give the same number for the same data.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { setDbName } from './db';
import { catalogueOf, countDue, dueNowLabel } from './due';
import { findResumableAttempt, refreshReview, startAttempt, getAttempt } from './attempts';
import { allSetProgress, dueCounts, dueNow, reviewForecast, setProgress } from './stats';
import { readLibraryProgress } from './summary';
import { answerItems, day } from './testing';

const MINUTE = 60_000;
const t0 = day(2026, 3, 10, 9);
/** A built-in set as the library lists it, and a quiz made on the device as it is played. */
const world = { id: 'world', itemIds: ['q1', 'q2', 'q3', 'q4'] };
const made = { id: 'custom-1', items: [{ id: 'q1' }, { id: 'q2' }] };
const catalogue = catalogueOf([world, made]);

/** The figures each page shows, as each page reads them: per set, and across all sets. */
async function everyPage(now: number) {
	const library = await readLibraryProgress(catalogue, now);
	const progress = await allSetProgress(catalogue, now);
	const counts = await dueCounts(catalogue, now);
	return {
		world: {
			library: library[world.id]?.due ?? 0,
			setPage: (await setProgress(world, now)).due,
			progress: progress[world.id]?.due ?? 0
		},
		made: {
			setPage: (await setProgress(made, now)).due,
			progress: progress[made.id]?.due ?? 0
		},
		all: {
			review: (await dueNow(catalogue, now)).length,
			progress: counts.now,
			setPages: (await setProgress(world, now)).due + (await setProgress(made, now)).due
		},
		today: {
			progress: counts.now + counts.laterToday,
			chart: (await reviewForecast(catalogue, now, 1))[0]!.due
		}
	};
}

describe('one count of what is due, on every page', () => {
	beforeEach(async () => {
		setDbName();
		await Dexie.delete('factdeck');
		// Right and wrong answers (due again in minutes, as learning steps are), in both sets, and
		// cards no page may count: a question a release dropped, a quiz since deleted.
		await answerItems('world', [false, true, false, true, false], t0);
		await answerItems('custom-1', [false, true], t0);
		await answerItems('gone', [false, false], t0);
		setDbName();
	});

	it('agrees at every minute of the first hour, and the day after', async () => {
		const seen = new Set<number>();
		for (const now of [
			...Array.from({ length: 61 }, (_, m) => t0 + m * MINUTE),
			day(2026, 3, 11, 9),
			day(2026, 4, 30)
		]) {
			const pages = await everyPage(now);
			const at = `at minute ${(now - t0) / MINUTE}`;
			const n = pages.all.review;
			expect(pages.all, at).toEqual({ review: n, progress: n, setPages: n });
			const w = pages.world.setPage;
			expect(pages.world, at).toEqual({ library: w, setPage: w, progress: w });
			expect(pages.made.progress, at).toBe(pages.made.setPage);
			expect(pages.today.chart, at).toBe(pages.today.progress);
			seen.add(n);
		}
		// Nothing due at first, then the wrong answers (world q1, q3; custom q1), then every
		// question that exists (world q1–q4, custom q1–q2), never the dropped or deleted ones.
		expect(seen.has(0)).toBe(true);
		expect(seen.has(3)).toBe(true);
		expect(Math.max(...seen)).toBe(6);
	});

	it('counts only questions that exist, whatever is stored', async () => {
		const late = day(2026, 4, 30);
		expect((await dueCounts(catalogueOf([]), late)).now).toBe(0);
		// world has q5 stored but not listed; 'gone' is not listed at all.
		expect((await dueNow(catalogue, late)).map((c) => c.key).sort()).toEqual([
			'custom-1/q1',
			'custom-1/q2',
			'world/q1',
			'world/q2',
			'world/q3',
			'world/q4'
		]);
	});

	it('splits the rest of today from what is due now, and says when the next one comes', () => {
		const cards = [
			{ setId: 'world', itemId: 'q1', due: t0 },
			{ setId: 'world', itemId: 'q2', due: t0 + 5 * MINUTE },
			{ setId: 'world', itemId: 'q3', due: day(2026, 3, 10, 23) },
			{ setId: 'world', itemId: 'q4', due: day(2026, 3, 11, 1) },
			{ setId: 'gone', itemId: 'q1', due: t0 - 1 }
		];
		expect(countDue(cards, t0, catalogue)).toEqual({
			now: 1,
			laterToday: 2,
			nextAt: t0 + 5 * MINUTE
		});
		expect(dueNowLabel(3)).toBe('3 due now');
	});

	it('brings a review left open up to date, so its length is what is due now', async () => {
		const first = t0 + 2 * MINUTE;
		const keys = (await dueNow(catalogue, first)).map((c) => c.key);
		const review = await startAttempt({
			setId: 'review',
			mode: 'review',
			itemIds: keys,
			now: first
		});
		expect(review.itemIds).toHaveLength(3);

		// The learner leaves it and comes back the next day: everything is due by then.
		const next = day(2026, 3, 11, 9);
		const due = (await dueNow(catalogue, next)).map((c) => c.key);
		const open = await findResumableAttempt('review', 'review');
		const refreshed = await refreshReview(open!.id, due, next);
		expect(refreshed?.itemIds).toEqual(due);
		expect((await getAttempt(review.id))?.itemIds).toHaveLength((await everyPage(next)).all.review);

		// Nothing asked and nothing due: the old review is closed rather than shown empty.
		expect(await refreshReview(review.id, [], next)).toBeUndefined();
		expect((await getAttempt(review.id))?.status).toBe('finished');
	});
});
