/**
 * Grading one answer against one item. Pure: the player calls it, the database stores the
 * result. Typed answers are graded tolerantly (see normalize.ts and numbers.ts) because a
 * learner who knows the fact should not fail on a comma or a capital letter.
 */
import type { Item } from '$lib/pipeline/schema';
import type { Response } from './response';
import { sameAnswer, sameOption } from './normalize';
import { parseNumberAnswer } from './numbers';

export type { Response } from './response';
export { parseNumberAnswer } from './numbers';

export interface Grade {
	correct: boolean;
	/** The right answer as the learner should read it after answering. */
	expected: string;
}

/** Floating-point slack so 0.1 + 0.2 is within a tolerance of 0 from 0.3. */
const EPSILON = 1e-9;

export function gradeAnswer(item: Item, response: Response): Grade {
	const expected = expectedAnswer(item);
	return { correct: response.format === item.format && isCorrect(item, response), expected };
}

/** The right answer of an item as text: "a → b; c → d" for matches, "a → b → c" for orders. */
export function expectedAnswer(item: Item): string {
	switch (item.format) {
		case 'match':
			return (item.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join('; ');
		case 'order':
			return (item.sequence ?? []).join(' → ');
		case 'number':
			return item.unit
				? `${formatNumber(Number(item.answer))} ${item.unit}`
				: formatNumber(Number(item.answer));
		default:
			return item.answer;
	}
}

function isCorrect(item: Item, response: Response): boolean {
	switch (response.format) {
		case 'recall':
			// A flashcard is right unless the learner said they did not know it.
			return response.grade !== 'again';
		case 'choice':
			return sameOption(response.choice, item.answer);
		case 'number': {
			const given = parseNumberAnswer(response.value, item.unit);
			const target = Number(item.answer);
			return (
				given !== null &&
				Math.abs(given - target) <= (item.tolerance ?? 0) + EPSILON * Math.max(1, Math.abs(target))
			);
		}
		case 'text':
			return [item.answer, ...(item.accept ?? [])].some((ok) => sameAnswer(response.value, ok));
		case 'match': {
			const pairs = item.pairs ?? [];
			return (
				pairs.length > 0 &&
				pairs.every((p) => {
					// Own keys only: a left such as "constructor" must not find Object.prototype's.
					const chosen = Object.hasOwn(response.pairs, p.left) ? response.pairs[p.left] : undefined;
					return typeof chosen === 'string' && sameOption(chosen, p.right);
				})
			);
		}
		case 'order': {
			const sequence = item.sequence ?? [];
			return (
				sequence.length === response.sequence.length &&
				sequence.every((step, i) => sameOption(response.sequence[i] ?? '', step))
			);
		}
	}
}

function formatNumber(value: number): string {
	return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : '';
}
