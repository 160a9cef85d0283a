/**
 * The export formats a teacher can pick, each with where its file goes. The heavy ones (zip,
 * spreadsheet) import their library only when built, so a page that shows the menu loads none.
 */
import type { QuestionSet } from '$lib/pipeline/schema';
import { toAiken } from './aiken';
import { toAnki, toQuizlet } from './cards';
import { toGift } from './gift';
import { toMoodleXml } from './moodleXml';
import { fileStem, type ExportNote, type TextExport } from './quiz';

export interface ExportFile {
	name: string;
	data: Blob;
	notes: ExportNote[];
}

export interface ExportFormat {
	id: string;
	label: string;
	/** Where the file goes, in the words of the tool's own menus. */
	hint: string;
	build(set: QuestionSet): Promise<ExportFile>;
}

const TEXT = 'text/plain;charset=utf-8';

function textFile(ext: string, type: string, make: (set: QuestionSet) => TextExport) {
	return async (set: QuestionSet): Promise<ExportFile> => {
		const { text, notes } = make(set);
		return { name: `${fileStem(set)}.${ext}`, data: new Blob([text], { type }), notes };
	};
}

export const EXPORT_FORMATS: ExportFormat[] = [
	{
		id: 'gift',
		label: 'Moodle GIFT',
		hint: 'Moodle: Question bank → Import → GIFT format',
		build: textFile('gift.txt', TEXT, toGift)
	},
	{
		id: 'moodle-xml',
		label: 'Moodle XML',
		hint: 'Moodle: Question bank → Import → Moodle XML format',
		build: textFile('moodle.xml', 'application/xml', toMoodleXml)
	},
	{
		id: 'aiken',
		label: 'Aiken',
		hint: 'Moodle: Question bank → Import → Aiken format (choice questions only)',
		build: textFile('aiken.txt', TEXT, toAiken)
	},
	{
		id: 'qti',
		label: 'QTI 2.1 package',
		hint: 'Canvas, Blackboard, Moodle and other VLEs: import the .zip as a QTI 2.1 package',
		async build(set) {
			const { toQtiZip } = await import('./qti');
			const { data, notes } = await toQtiZip(set);
			const bytes = new Uint8Array(data);
			return {
				name: `${fileStem(set)}.qti.zip`,
				data: new Blob([bytes], { type: 'application/zip' }),
				notes
			};
		}
	},
	{
		id: 'kahoot',
		label: 'Kahoot! spreadsheet',
		hint: 'Kahoot!: Create → Import spreadsheet (choice questions only)',
		async build(set) {
			const { toKahootXlsx } = await import('./kahoot');
			const { data, notes } = await toKahootXlsx(set);
			return { name: `${fileStem(set)}.kahoot.xlsx`, data, notes };
		}
	},
	{
		id: 'quizlet',
		label: 'Quizlet',
		hint: 'Quizlet: Create set → Import; separators Tab and New line',
		build: textFile('quizlet.txt', TEXT, toQuizlet)
	},
	{
		id: 'anki',
		label: 'Anki',
		hint: 'Anki: File → Import this text file (one note per card)',
		build: textFile('anki.txt', 'text/tab-separated-values;charset=utf-8', toAnki)
	}
];
