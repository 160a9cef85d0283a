/**
 * Flashcard exports: Quizlet's import box (term, Tab, definition, one card a line) and an Anki
 * text file (tab-separated, with the header lines Anki 2.1.55+ reads). A match question gives one
 * card per pair; an order question one card with the events in order.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { oneLine, type TextExport } from './quiz';

interface Card {
	front: string;
	back: string;
	extra: string;
}

function cards(item: Item): Card[] {
	const extra = item.explanation;
	switch (item.format) {
		case 'match':
			return (item.pairs ?? []).map((p) => ({ front: p.left, back: p.right, extra }));
		case 'order':
			return [{ front: item.prompt, back: (item.sequence ?? []).join(' → '), extra }];
		case 'number': {
			const unit = item.unit ? ` ${item.unit}` : '';
			const within = item.tolerance ? ` (±${item.tolerance})` : '';
			return [{ front: item.prompt, back: `${item.answer}${unit}${within}`, extra }];
		}
		default:
			return [{ front: item.prompt, back: item.answer, extra }];
	}
}

/** Quizlet: Import → "Between term and definition: Tab", "Between cards: New line". */
export function toQuizlet(set: QuestionSet): TextExport {
	const lines = set.items.flatMap(cards).map((c) => `${oneLine(c.front)}\t${oneLine(c.back)}`);
	return { text: `${lines.join('\n')}\n`, notes: [] };
}

/** One Anki field: quoted (with "" for ") when it holds a tab, a line break or a quote. */
export function ankiField(value: string): string {
	return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Anki: File → Import; the header lines pick the separator, plain text and the columns. */
export function toAnki(set: QuestionSet): TextExport {
	const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tExtra'];
	const rows = set.items
		.flatMap((item) => {
			const list =
				item.format === 'choice' && item.options && item.options.length > 2
					? `\n${item.options.map((o) => `• ${o}`).join('\n')}`
					: '';
			return cards(item).map((c, i) => (i === 0 ? { ...c, front: c.front + list } : c));
		})
		.map((c) => [c.front, c.back, c.extra].map(ankiField).join('\t'));
	return { text: `${[...header, ...rows].join('\n')}\n`, notes: [] };
}
