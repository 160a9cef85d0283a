/**
 * Progress figures for the library, set and stats pages. Days are the learner's local calendar
 * days ("YYYY-MM-DD"), since a streak or "today" means the day on their clock.
 */
import { withDb } from './db';
import {
	catalogueOf,
	countDue,
	isCounted,
	isDueNow,
	startOfDay,
	type Catalogue,
	type CatalogueEntry
} from './due';
import { progressBySet, progressOf, type SetProgress } from './progress';
import type { CardRecord } from './records';

export type { SetProgress };

export function dayKey(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/**
 * Progress in one set, counting only the questions it has now (a regenerated set may have
 * dropped questions that still have cards).
 */
export async function setProgress(set: CatalogueEntry, now: number): Promise<SetProgress> {
	const cards = await withDb((db) => db.cards.where('setId').equals(set.id).toArray());
	return progressOf(cards, now, catalogueOf([set]));
}

/** Progress of every set in the catalogue that has answers, by set id. */
export async function allSetProgress(
	catalogue: Catalogue,
	now: number
): Promise<Record<string, SetProgress>> {
	return progressBySet(await withDb((db) => db.cards.toArray()), now, catalogue);
}

/** The cards of every question due now (see due.ts), most overdue first: what Review asks. */
export async function dueNow(catalogue: Catalogue, now: number): Promise<CardRecord[]> {
	const cards = await withDb((db) => db.cards.where('due').belowOrEqual(now).sortBy('due'));
	return cards.filter((card) => isDueNow(card, now) && isCounted(card, catalogue));
}

/** How many questions are due now and later today, across every set (see due.ts). */
export async function dueCounts(catalogue: Catalogue, now: number) {
	return countDue(await withDb((db) => db.cards.toArray()), now, catalogue);
}

export interface DayAccuracy {
	day: string;
	answered: number;
	correct: number;
	/** correct / answered, or null on a day without answers. */
	accuracy: number | null;
}

/** The last `days` days ending today, oldest first, with how many answers were right. */
export async function accuracyByDay(days: number, now = Date.now()): Promise<DayAccuracy[]> {
	const from = startOfDay(now, 1 - days);
	const answers = await withDb((db) => db.answers.where('answeredAt').aboveOrEqual(from).toArray());
	const result = Array.from({ length: days }, (_, i) => ({
		day: dayKey(startOfDay(now, i + 1 - days)),
		answered: 0,
		correct: 0,
		accuracy: null as number | null
	}));
	const byDay = new Map(result.map((r) => [r.day, r]));
	for (const answer of answers) {
		const row = byDay.get(dayKey(answer.answeredAt));
		if (!row) continue;
		row.answered++;
		if (answer.correct) row.correct++;
	}
	for (const row of result) row.accuracy = row.answered ? row.correct / row.answered : null;
	return result;
}

/**
 * Consecutive days with at least one answer, ending today or yesterday (a streak is not broken
 * until a whole day passes without practice). 0 when neither today nor yesterday has answers.
 */
export async function streak(now = Date.now()): Promise<number> {
	const times = await withDb((db) => db.answers.orderBy('answeredAt').uniqueKeys());
	const days = new Set(times.map((t) => dayKey(Number(t))));
	let offset = days.has(dayKey(now)) ? 0 : -1;
	let count = 0;
	while (days.has(dayKey(startOfDay(now, offset)))) {
		count++;
		offset--;
	}
	return count;
}

export interface ForecastDay {
	day: string;
	/** Cards falling due that day; today's count includes everything already overdue. */
	due: number;
}

/** How many reviews fall due on each of the next `days` days, starting today. */
export async function reviewForecast(
	catalogue: Catalogue,
	now: number,
	days: number
): Promise<ForecastDay[]> {
	const end = startOfDay(now, days);
	const cards = await withDb((db) => db.cards.where('due').below(end).toArray());
	const dues = cards.filter((card) => isCounted(card, catalogue)).map((card) => card.due);
	const result = Array.from({ length: days }, (_, i) => ({
		day: dayKey(startOfDay(now, i)),
		due: 0
	}));
	const byDay = new Map(result.map((r) => [r.day, r]));
	const today = result[0];
	for (const due of dues) {
		const row = Number(due) < startOfDay(now) ? today : byDay.get(dayKey(Number(due)));
		if (row) row.due++;
	}
	return result;
}
