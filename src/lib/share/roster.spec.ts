import { describe, it, expect } from 'vitest';
import { csvField, rosterCsv, rosterRow, summarisePaste } from './roster';
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

	it('neutralises formulas hidden behind spaces, tabs and full-width signs', () => {
		for (const cell of [
			' =1+1',
			'\t=1',
			'\r=1',
			'\u3000@x',
			'＝HYPERLINK("x")',
			'＋1',
			' －1',
			'\u00a0=1'
		]) {
			expect(csvField(cell).replace(/^"/, '').startsWith("'"), JSON.stringify(cell)).toBe(true);
		}
		for (const cell of ['Ana', '1 = 1', 'a-b']) expect(csvField(cell)).toBe(cell);
	});
});

describe('summarisePaste', () => {
	const ok = (line: number, kind: 'added' | 'already-added' | 'kept-both', student = 'Ana') => ({
		line,
		kind,
		student,
		score: 1,
		total: 2
	});

	it('counts what a bulk paste did and names the lines that need attention', () => {
		const outcomes = [
			...Array.from({ length: 199 }, (_, i) => ok(i + 1, 'added')),
			ok(200, 'kept-both', 'Ben'),
			ok(201, 'already-added'),
			ok(202, 'already-added'),
			ok(203, 'already-added'),
			{ line: 205, kind: 'refused' as const, message: 'This result code belongs to another quiz.' }
		];
		expect(summarisePaste(outcomes, [7])).toEqual([
			'200 added, 3 already added, 1 refused, 1 not a result code: line 7 (cut or mistyped).',
			'Line 200: Ben already has a different result with the same start time; both are kept.',
			'Line 205: This result code belongs to another quiz.'
		]);
	});

	it('speaks of one code plainly, and of garbage plainly', () => {
		expect(summarisePaste([ok(1, 'added')], [])).toEqual(['added Ana: 1 of 2.']);
		expect(summarisePaste([ok(1, 'already-added')], [])).toEqual([
			'0 added, 1 already added.',
			"Line 1: Ana's result was already added."
		]);
		expect(summarisePaste([], [])[0]).toMatch(/^No result code found in the pasted text/);
		expect(summarisePaste([], [2, 3])[0]).toMatch(/^No whole result code found: lines 2, 3 look/);
	});
});
