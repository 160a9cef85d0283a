import { describe, it, expect } from 'vitest';
import { dateDistractors, numberDistractors } from './distractors';

describe('number distractors', () => {
	it('are rounded as the answer is: an exact figure among exact ones, a round one among round', () => {
		const zeros = (n: number) => /0*$/.exec(String(n))?.[0].length ?? 0;
		for (const w of numberDistractors(71088, [])) expect(zeros(w)).toBeLessThanOrEqual(1);
		for (const w of numberDistractors(6000, [])) expect(w % 1000).toBe(0);
	});

	it('are distinct, of the same magnitude, and never the right value', () => {
		for (const answer of [7, 15, 240, 12000, 45000, 3.5, 1200000]) {
			const wrong = numberDistractors(answer, []);
			expect(wrong).toHaveLength(3);
			expect(new Set(wrong).size).toBe(3);
			for (const w of wrong) {
				expect(w).not.toBe(answer);
				expect(w / answer).toBeGreaterThan(0.2);
				expect(w / answer).toBeLessThan(5);
				expect(Number.isInteger(w)).toBe(Number.isInteger(answer));
			}
		}
	});

	it('avoid values another report gives for the same thing', () => {
		const free = numberDistractors(12000, []);
		const first = free[0] as number;
		expect(numberDistractors(12000, [first])).not.toContain(first);
	});
});

describe('number distractors a test-wise student cannot see through', () => {
	it('are never a simple multiple or fraction of the answer', () => {
		for (const answer of [17, 23, 48, 650, 1300, 12000])
			for (const key of ['a', 'b', 'c']) {
				const wrong = numberDistractors(answer, [], 3, {}, key);
				expect(wrong).toHaveLength(3);
				for (const d of wrong) {
					const [small, large] = d < answer ? [d, answer] : [answer, d];
					expect(Number.isInteger(large / small), `${d} beside ${answer}`).toBe(false);
				}
			}
	});
});

describe('date distractors', () => {
	it('keep the precision of the answer and prefer dates before publication', () => {
		const years = dateDistractors({ year: 2006 }, '2025-01-09', []);
		expect(years).toHaveLength(3);
		for (const d of years) expect(d.month).toBeUndefined();
		const months = dateDistractors({ year: 2024, month: 12 }, '2025-01-09', ['2023-12']);
		expect(months.every((d) => d.month !== undefined && d.day === undefined)).toBe(true);
		expect(months.some((d) => d.year === 2023 && d.month === 12)).toBe(false);
		const days = dateDistractors({ year: 2025, month: 1, day: 8 }, '2025-01-09', []);
		expect(days.every((d) => d.day !== undefined && d.day !== 8)).toBe(true);
		const late = dateDistractors({ year: 2025 }, '2025-01-09', []);
		expect(late.every((d) => d.year <= 2025)).toBe(true);
		// The day before the report: no wrong day after the report's own date.
		for (const key of ['a', 'b', 'c', 'd']) {
			const eve = dateDistractors({ year: 2004, month: 11, day: 17 }, '2004-11-18', [], key);
			expect(eve).toHaveLength(3);
			for (const d of eve) expect(d.day).toBeLessThanOrEqual(18);
		}
	});

	it('put a planned date among other future dates, and never above or below all three', () => {
		for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) {
			// "The verdict is delayed until 20 February": a date the report could not have passed.
			const planned = dateDistractors({ year: 2010, month: 2, day: 20 }, '2010-02-05', [], key);
			for (const d of planned) expect(d.day).toBeGreaterThan(5);
			const law = dateDistractors({ year: 2015 }, '2013-02-05', [], key);
			for (const d of law) expect(d.year).toBeGreaterThan(2013);
			const past = dateDistractors({ year: 1987 }, '2018-08-16', [], key).map((d) => d.year);
			expect(past.some((y) => y < 1987) && past.some((y) => y > 1987)).toBe(true);
		}
	});
});
