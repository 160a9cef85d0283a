/**
 * Moodle GIFT (Question bank → Import → GIFT format). Every question keeps its format: choice,
 * True/False, numerical with tolerance, short answer, matching; an order question becomes a
 * matching of each event to its place, since GIFT has no ordering type.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import {
	isTrueFalse,
	note,
	oneLine,
	ordinal,
	wrongOptions,
	type ExportNote,
	type TextExport
} from './quiz';

/** GIFT's control characters ~ = # { } : and the escape itself are written as \~ etc. */
export function escapeGift(text: string): string {
	return oneLine(text).replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

function answers(item: Item, index: number, notes: ExportNote[]): string {
	const e = escapeGift;
	switch (item.format) {
		case 'choice':
			if (isTrueFalse(item)) return item.answer.toLowerCase() === 'true' ? 'T' : 'F';
			return ['', `=${e(item.answer)}`, ...wrongOptions(item).map((o) => `~${e(o)}`), ''].join(
				'\n\t'
			);
		case 'number':
			return `#${Number(item.answer)}:${item.tolerance ?? 0}`;
		case 'text':
			return [item.answer, ...(item.accept ?? [])].map((a) => `=${e(a)}`).join(' ');
		case 'match':
			return ['', ...(item.pairs ?? []).map((p) => `=${e(p.left)} -> ${e(p.right)}`), ''].join(
				'\n\t'
			);
		case 'order':
			notes.push(
				note(item, index, 'GIFT has no ordering question: each event is matched to its place')
			);
			return [
				'',
				...(item.sequence ?? []).map((event, i) => `=${e(event)} -> ${ordinal(i + 1)}`),
				''
			].join('\n\t');
	}
}

export function toGift(set: QuestionSet): TextExport {
	const notes: ExportNote[] = [];
	const blocks = set.items.map((item, index) => {
		const title = `::${escapeGift(`${index + 1}. ${item.id}`)}::`;
		const feedback = item.explanation ? ` ####${escapeGift(item.explanation)}` : '';
		const prompt = escapeGift(item.prompt);
		// Short answers read better as "… is {=x}." but GIFT accepts the answer after the text.
		return `${title}[plain]${prompt} {${answers(item, index, notes)}${feedback}}`;
	});
	const header = `// ${oneLine(set.title)}\n// Exported from Factdeck. Moodle: Question bank → Import → GIFT format.\n`;
	return { text: `${header}\n${blocks.join('\n\n')}\n`, notes };
}
