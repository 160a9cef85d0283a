/**
 * A Kahoot! spreadsheet in the layout of Kahoot's quiz template (Create → Import spreadsheet):
 * a header row, then one row per question with the question (max 120 characters), up to four
 * answers (max 75), the time limit in seconds and the number(s) of the right answer(s).
 * Kahoot quizzes are multiple choice, so only choice questions go; longer text is shortened.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { note, oneLine, wrongOptions, type ExportNote } from './quiz';

export const KAHOOT_HEADER = [
	'#',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];
/** The template's data starts on row 9, under its instructions; ours keep the same rows. */
export const KAHOOT_FIRST_ROW = 9;
const TIME_LIMITS = [20, 30, 60, 90, 120];

function clip(text: string, max: number): string {
	const line = oneLine(text);
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Seconds to read the question and the answers: about 4 words a second, plus thinking time. */
function timeLimit(item: Item): number {
	const words = [item.prompt, ...(item.options ?? [])].join(' ').split(/\s+/).length;
	return TIME_LIMITS.find((limit) => limit >= 10 + words / 4) ?? 120;
}

/** The rows, as plain cells: what the spreadsheet holds. */
export function kahootRows(set: QuestionSet): { rows: (string | number)[][]; notes: ExportNote[] } {
	const notes: ExportNote[] = [];
	const rows: (string | number)[][] = [];
	set.items.forEach((item, index) => {
		if (item.format !== 'choice' || !item.options) {
			return notes.push(note(item, index, 'Kahoot quizzes take choice questions only'));
		}
		const wrong = wrongOptions(item);
		if (wrong.length > 3)
			notes.push(note(item, index, 'Kahoot takes 4 answers: extra wrong options left out'));
		if (item.prompt.length > 120 || item.options.some((o) => o.length > 75)) {
			notes.push(note(item, index, 'shortened to Kahoot’s 120 / 75 characters'));
		}
		// The right answer keeps its place among the options where it can.
		const kept = item.options.filter((o) => o === item.answer || wrong.slice(0, 3).includes(o));
		const answers = [0, 1, 2, 3].map((i) => (kept[i] === undefined ? '' : clip(kept[i], 75)));
		rows.push([
			rows.length + 1,
			clip(item.prompt, 120),
			...answers,
			timeLimit(item),
			kept.indexOf(item.answer) + 1
		]);
	});
	return { rows, notes };
}

/** The .xlsx file; write-excel-file (with fflate) loads only when a teacher asks for it. */
export async function toKahootXlsx(set: QuestionSet): Promise<{ data: Blob; notes: ExportNote[] }> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const { rows, notes } = kahootRows(set);
	const intro: (string | null)[][] = [
		['Quiz template'],
		[`${oneLine(set.title)} — exported from Factdeck`],
		['Add questions, at least two answer alternatives, time limit and choose correct answers.'],
		[null],
		[null],
		[null],
		[null]
	];
	const cell = (value: string | number | null) =>
		value === null || value === ''
			? null
			: { value, type: typeof value === 'number' ? Number : String };
	const data = [...intro, KAHOOT_HEADER, ...rows].map((row) => row.map(cell));
	const widths = [4, 60, 30, 30, 30, 30, 14, 14].map((width) => ({ width }));
	const blob = await writeXlsxFile(data as never, { columns: widths, sheet: 'Sheet1' }).toBlob();
	return { data: blob, notes };
}
