/**
 * A spreadsheet of questions saved as CSV: one question a row, with a header row naming the
 * columns (question, answer, then wrong answers; explanation and tolerance optional):
 *
 *   question,answer,wrong 1,wrong 2,wrong 3,explanation
 *
 * A row with wrong answers is a choice question; without, a number (when the answer is one)
 * or a typed answer. Without a header the columns are taken in that order. Commas,
 * semicolons or tabs separate the cells, whichever the header row uses.
 *
 * The reader is a few lines of RFC 4180 written here rather than a library because every
 * problem must name the line of the file it is on, and quoted cells can span lines.
 */
import type { LineProblem, ParsedQuestion, ParseResult } from './parsed';

interface Row {
	line: number;
	cells: string[];
}

function pickSeparator(firstLine: string): string {
	const count = (c: string) => firstLine.split(c).length - 1;
	return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function readCsv(text: string, errors: LineProblem[]): Row[] {
	const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const separator = pickSeparator(body.split('\n', 1)[0] ?? '');
	const rows: Row[] = [];
	let line = 1;
	let row: Row = { line, cells: [] };
	let cell = '';
	let quoted = false;
	let quoteLine = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
			quoteLine = line;
		} else if (c === separator) {
			row.cells.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.cells.push(cell);
			rows.push(row);
			line++;
			row = { line, cells: [] };
			cell = '';
		} else cell += c;
	}
	// An unclosed quotation swallows the rest of the file: that is the one problem to report.
	if (quoted)
		errors.push({ line: quoteLine, message: 'a quotation mark opened here is never closed' });
	else rows.push({ ...row, cells: [...row.cells, cell] });
	return rows
		.map((r) => ({ ...r, cells: r.cells.map((c) => c.trim()) }))
		.filter((r) => r.cells.some(Boolean));
}

type Column = 'question' | 'answer' | 'wrong' | 'explanation' | 'tolerance' | 'other';

function columnOf(header: string): Column {
	const h = header.toLowerCase();
	if (/^(question|prompt|term)/.test(h)) return 'question';
	if (/^(answer|correct|right|definition)/.test(h)) return 'answer';
	if (/^(wrong|incorrect|option|distractor|choice)/.test(h)) return 'wrong';
	if (/^(explanation|feedback)/.test(h)) return 'explanation';
	if (/^tolerance/.test(h)) return 'tolerance';
	return 'other';
}

export function parseCsv(text: string): ParseResult {
	const errors: LineProblem[] = [];
	const rows = readCsv(text, errors);
	const questions: ParsedQuestion[] = [];
	const header = rows[0] && columnOf(rows[0].cells[0] ?? '') === 'question' ? rows.shift()! : null;
	const columns: Column[] = header
		? header.cells.map(columnOf)
		: ['question', 'answer', 'wrong', 'wrong', 'wrong', 'wrong', 'wrong'];
	if (header && !columns.includes('answer')) {
		errors.push({ line: header.line, message: 'the header names no answer column' });
		return { questions, errors };
	}
	for (const { line, cells } of rows) {
		const of = (kind: Column) => cells.filter((_, i) => columns[i] === kind && cells[i]);
		const [prompt] = of('question');
		const [answer] = of('answer');
		const wrong = of('wrong');
		const explanation = of('explanation')[0];
		if (!header && cells.length > columns.length) {
			errors.push({
				line,
				message: `a row has at most ${columns.length} cells without a header row`
			});
			continue;
		}
		if (!prompt) {
			errors.push({ line, message: 'the question cell is empty' });
			continue;
		}
		if (!answer) {
			errors.push({ line, message: 'a question needs a right answer (the answer cell is empty)' });
			continue;
		}
		if (wrong.length) {
			const options = [answer, ...wrong];
			if (new Set(options).size < options.length) {
				errors.push({ line, message: 'two answers in this row have the same text' });
				continue;
			}
			if (options.length > 8) {
				errors.push({ line, message: 'a question takes at most 7 wrong answers' });
				continue;
			}
			questions.push({ line, format: 'choice', prompt, answer, options, explanation });
		} else if (/^-?\d+(\.\d+)?$/.test(answer.replace(/,/g, ''))) {
			const tolerance = Number(of('tolerance')[0] ?? 0);
			if (!Number.isFinite(tolerance) || tolerance < 0) {
				errors.push({ line, message: 'the tolerance must be a number of 0 or more' });
				continue;
			}
			questions.push({
				line,
				format: 'number',
				prompt,
				answer: answer.replace(/,/g, ''),
				tolerance,
				explanation
			});
		} else {
			questions.push({ line, format: 'text', prompt, answer, explanation });
		}
	}
	return { questions, errors };
}
