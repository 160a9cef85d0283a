import { describe, it, expect } from 'vitest';
import { questionInsights, summariseClass } from './insights';
import type { RosterRow } from './roster';
import { sampleItems } from '../../../tests/fixtures/sample-quiz';

const items = sampleItems.slice(0, 3);

/** A student's row from answers per question: true (right), a wrong text, or null (skipped). */
function row(student: string, answers: (true | string | null)[]): RosterRow {
	const cells = answers.map((a) =>
		a === null ? null : { text: a === true ? 'right' : a, correct: a === true, ms: 1000 }
	);
	return {
		student,
		startedAt: 0,
		durationMs: 60_000,
		score: cells.filter((c) => c?.correct).length,
		total: answers.length,
		answers: cells
	};
}

const rows = [
	row('Ana', [true, 'Paris', true]),
	row('Ben', [true, ' paris ', null]),
	row('Cy', [true, 'Lyon', 'Nice']),
	row('Di', ['Rome', 'Lyon', true])
];

describe('class insights', () => {
	it('lists the most-missed question first, with % right and the commonest wrong answer', () => {
		const [first, second, third] = questionInsights(rows, items);
		expect(first).toMatchObject({ index: 1, right: 0, percentRight: 0, prompt: items[1]!.prompt });
		// "Paris" and " paris " are one mistake given twice; "Lyon" also twice but later.
		expect(first!.commonWrong).toEqual({ text: 'Paris', count: 2 });
		expect(second).toMatchObject({ index: 2, right: 2, percentRight: 50, skipped: 1 });
		expect(second!.commonWrong).toEqual({ text: 'Nice', count: 1 });
		expect(third).toMatchObject({ index: 0, right: 3, percentRight: 75 });
	});

	it('says no wrong answer when everyone was right or skipped', () => {
		const [only] = questionInsights([row('Ana', [true]), row('Ben', [null])], items.slice(0, 1));
		expect(only).toMatchObject({ right: 1, skipped: 1, commonWrong: null, percentRight: 50 });
	});

	it('gives the class average, median and range of scores', () => {
		// Scores 2, 1, 1, 1 of 3.
		expect(summariseClass(rows, 3)).toEqual({
			students: 4,
			total: 3,
			averagePercent: 42,
			median: 1,
			lowest: 1,
			highest: 2
		});
		const pair = [row('Ana', [true, true, 'x']), row('Ben', [true, 'x', 'x'])];
		expect(summariseClass(pair, 3)).toMatchObject({ median: 1.5, averagePercent: 50 });
		expect(summariseClass([], 3)).toBeNull();
	});
});
