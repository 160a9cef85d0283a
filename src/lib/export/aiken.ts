/**
 * Aiken (Moodle: Question bank → Import → Aiken format): one-line choice questions with lettered
 * options and an ANSWER: line. It has nothing else, so other formats are left out with a note.
 */
import type { QuestionSet } from '$lib/pipeline/schema';
import { note, oneLine, type ExportNote, type TextExport } from './quiz';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function toAiken(set: QuestionSet): TextExport {
	const notes: ExportNote[] = [];
	const blocks: string[] = [];
	set.items.forEach((item, index) => {
		if (item.format !== 'choice' || !item.options) {
			notes.push(note(item, index, 'Aiken holds choice questions only'));
			return;
		}
		const options = item.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o)}`);
		const right = LETTERS[item.options.indexOf(item.answer)];
		blocks.push([oneLine(item.prompt), ...options, `ANSWER: ${right}`].join('\n'));
	});
	return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', notes };
}
