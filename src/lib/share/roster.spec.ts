import { describe, it, expect } from 'vitest';
import { csvField, rosterCsv, rosterRow } from './roster';
import { sampleItems } from '../../../tests/fixtures/sample-quiz';

const items = sampleItems.slice(0, 3);
const result = {
	quizId: 'q',
	student: '=HYPERLINK("http://x")',
	startedAt: Date.UTC(2026, 0, 1),
	durationMs: 61_000,
	answers: [
		{
			itemId: items[0]!.id,
			response: { format: 'choice' as const, choice: items[0]!.answer },
			ms: 1000
		},
		{
			itemId: items[1]!.id,
			response: { format: 'choice' as const, choice: 'Kim Song, "the" envoy' },
			ms: 2000
		}
	]
};

describe('roster', () => {
	it('recomputes the score from the quiz and leaves unanswered items empty', () => {
		const row = rosterRow(result, items);
		expect(row).toMatchObject({ score: 1, total: 3 });
		expect(row.answers[2]).toBeNull();
	});

	it('writes RFC 4180 CSV that spreadsheets cannot run as formulas', () => {
		const csv = rosterCsv([rosterRow(result, items)], items);
		const [header, line] = csv.split('\r\n');
		expect(header).toBe(
			'Student,Started,Duration (s),Score,Out of,Q1 answer,Q1 correct,Q2 answer,Q2 correct,Q3 answer,Q3 correct'
		);
		expect(line).toBe(
			`"'=HYPERLINK(""http://x"")",2026-01-01T00:00:00.000Z,61,1,3,Dorothy Camille Shea,yes,"Kim Song, ""the"" envoy",no,,`
		);
		for (const cell of ['+1', '-1', '@SUM(A1)']) expect(csvField(cell)).toBe(`'${cell}`);
		expect(csvField(-1)).toBe('-1');
	});
});
