import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { SET } from './fixture.testkit';
import { KAHOOT_FIRST_ROW, KAHOOT_HEADER, toKahootXlsx } from './kahoot';

// read-excel-file (dev only) reads the .xlsx back as a spreadsheet program would.
describe('Kahoot spreadsheet export', () => {
	it('reads back in the template layout: header row, then question, 4 answers, time, right answer', async () => {
		const { data, notes } = await toKahootXlsx(SET);
		const rows = await readSheet(Buffer.from(await data.arrayBuffer()));
		expect(rows[KAHOOT_FIRST_ROW - 2]).toEqual(KAHOOT_HEADER);
		const [choice, trueFalse, ...rest] = rows.slice(KAHOOT_FIRST_ROW - 1);
		expect(rest).toEqual([]);
		// Five options: the answer keeps its place, the fifth (wrong) one is left out.
		expect(choice!.slice(0, 6)).toEqual([
			1,
			SET.items[0]!.prompt,
			'Tom {Briggs}',
			'Mayor Elena = Vasquez',
			'Ann #Lee',
			'Raj: Patel'
		]);
		expect([20, 30, 60, 90, 120]).toContain(choice![6]);
		expect(choice![7]).toBe(2);
		expect(trueFalse!.slice(0, 6)).toEqual([2, SET.items[1]!.prompt, 'True', 'False', null, null]);
		expect(trueFalse![7]).toBe(1);
		expect(notes.map((n) => n.number)).toEqual([1, 3, 4, 5, 6]);
	});

	it('shortens text to Kahoot’s limits and says so', async () => {
		const long = { ...SET, items: [{ ...SET.items[1]!, prompt: 'word '.repeat(40) + 'true?' }] };
		const { data, notes } = await toKahootXlsx(long);
		const rows = await readSheet(Buffer.from(await data.arrayBuffer()));
		const question = String(rows[KAHOOT_FIRST_ROW - 1]![1]);
		expect(question).toHaveLength(120);
		expect(question.endsWith('…')).toBe(true);
		expect(notes[0]!.reason).toMatch(/shortened/);
	});
});
