import { describe, expect, it } from 'vitest';
import { ankiField, toAnki, toQuizlet } from './cards';
import { SET } from './fixture.testkit';

/** Anki's reading of a field-quoted, tab-separated file (RFC 4180 rules with tabs). */
function readAnki(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('\n');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === '\t') {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	return rows;
}

describe('Quizlet export', () => {
	it('gives one term, a tab and its definition per line, a card per matched pair', () => {
		const lines = toQuizlet(SET).text.trimEnd().split('\n');
		const cards = lines.map((line) => line.split('\t'));
		expect(cards.every((c) => c.length === 2 && c[0] && c[1])).toBe(true);
		expect(cards[0]).toEqual([SET.items[0]!.prompt, 'Mayor Elena = Vasquez']);
		expect(cards).toContainEqual(['Tom Briggs', 'Councillor {x}']);
		expect(cards).toContainEqual([
			'Put these events in order.',
			'The depot closed → The council voted → The library opens'
		]);
		expect(cards).toContainEqual([
			'How many million dollars will the project cost?',
			'14 million dollars (±0.5)'
		]);
		expect(cards).toHaveLength(4 + 3 + 1);
	});
});

describe('Anki export', () => {
	const { text } = toAnki(SET);

	it('starts with the header lines Anki reads', () => {
		expect(text.split('\n').slice(0, 3)).toEqual([
			'#separator:tab',
			'#html:false',
			'#columns:Front\tBack\tExtra'
		]);
	});

	it('reads back as three fields per note, with options, quotes and line breaks intact', () => {
		const rows = readAnki(text);
		expect(rows.every((r) => r.length === 3)).toBe(true);
		expect(rows[0]![0]).toBe(
			`${SET.items[0]!.prompt}\n• Tom {Briggs}\n• Mayor Elena = Vasquez\n• Ann #Lee\n• Raj: Patel\n• Five ~Options`
		);
		expect(rows[0]![1]).toBe('Mayor Elena = Vasquez');
		expect(rows[0]![2]).toBe('Said in the report: "7 to 2" & more.');
	});

	it('quotes a field only when it must', () => {
		expect(ankiField('plain')).toBe('plain');
		expect(ankiField('say "hi"\tthere')).toBe('"say ""hi""\tthere"');
	});
});
