/**
 * Moodle XML (Question bank → Import → Moodle XML format): the richest Moodle import, with
 * explanations as general feedback and question names that keep the Factdeck id.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { isTrueFalse, note, ordinal, wrongOptions, type ExportNote, type TextExport } from './quiz';
import { escapeXml as x } from './xml';

const text = (value: string) => `<text>${x(value)}</text>`;
const answer = (fraction: number, value: string, extra = '') =>
	`<answer fraction="${fraction}" format="plain_text">${text(value)}${extra}</answer>`;
const subquestion = (left: string, right: string) =>
	`<subquestion format="plain_text">${text(left)}<answer>${text(right)}</answer></subquestion>`;

function body(item: Item, index: number, notes: ExportNote[]): [type: string, xml: string] {
	switch (item.format) {
		case 'choice':
			if (isTrueFalse(item)) {
				const right = item.answer.toLowerCase() === 'true';
				return ['truefalse', answer(right ? 100 : 0, 'true') + answer(right ? 0 : 100, 'false')];
			}
			return [
				'multichoice',
				'<single>true</single><shuffleanswers>1</shuffleanswers><answernumbering>abc</answernumbering>' +
					answer(100, item.answer) +
					wrongOptions(item)
						.map((o) => answer(0, o))
						.join('')
			];
		case 'number':
			return [
				'numerical',
				answer(100, String(Number(item.answer)), `<tolerance>${item.tolerance ?? 0}</tolerance>`)
			];
		case 'text':
			return [
				'shortanswer',
				'<usecase>0</usecase>' +
					[item.answer, ...(item.accept ?? [])].map((a) => answer(100, a)).join('')
			];
		case 'match':
			return [
				'matching',
				'<shuffleanswers>1</shuffleanswers>' +
					(item.pairs ?? []).map((p) => subquestion(p.left, p.right)).join('')
			];
		case 'order':
			notes.push(note(item, index, 'exported as matching: each event to its place in the order'));
			return [
				'matching',
				'<shuffleanswers>1</shuffleanswers>' +
					(item.sequence ?? []).map((event, i) => subquestion(event, ordinal(i + 1))).join('')
			];
	}
}

export function toMoodleXml(set: QuestionSet): TextExport {
	const notes: ExportNote[] = [];
	const questions = set.items.map((item, index) => {
		const [type, xml] = body(item, index, notes);
		return [
			`<question type="${type}">`,
			`<name>${text(`${index + 1}. ${item.id}`)}</name>`,
			`<questiontext format="plain_text">${text(item.prompt)}</questiontext>`,
			`<generalfeedback format="plain_text">${text(item.explanation)}</generalfeedback>`,
			'<defaultgrade>1</defaultgrade>',
			xml,
			'</question>'
		].join('\n');
	});
	const category = `<question type="category"><category>${text(`$course$/top/Factdeck/${set.title.replace(/\//g, '-')}`)}</category></question>`;
	return {
		text: `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${category}\n${questions.join('\n')}\n</quiz>\n`,
		notes
	};
}
