/**
 * What the teacher chose on the share form, as quiz content. A built-in set travels as a
 * reference (its id, the choice, new wordings); a set made on one device exists nowhere else,
 * so its chosen questions travel whole, reworded in place.
 */
import type { QuestionSet } from '$lib/pipeline/schema';
import { drawItems } from './draw';
import type { ShareQuizContent } from './quiz';

export interface ShareChoice {
	which: 'all' | 'draw' | 'pick';
	/** How many to draw, and the seed every device draws them with. */
	count: number;
	seed: number;
	picked: readonly string[];
	/** New wording for picked questions, by item id; blank means unchanged. */
	edits: Readonly<Record<string, string | undefined>>;
}

export type QuizOptions = Omit<ShareQuizContent, 'source'>;

export function composeQuiz(
	set: QuestionSet,
	builtIn: boolean,
	choice: ShareChoice,
	options: QuizOptions
): ShareQuizContent {
	const all = set.items.map((item) => item.id);
	const picked = all.filter((id) => choice.picked.includes(id));
	const draw = {
		n: Math.min(Math.max(1, Math.floor(choice.count)), all.length),
		seed: choice.seed
	};
	const reworded = picked
		.filter((id) => choice.edits[id]?.trim())
		.map((id) => ({ id, prompt: choice.edits[id]!.trim() }));
	if (!builtIn) {
		const ids =
			choice.which === 'draw'
				? drawItems(all, draw.n, draw.seed)
				: choice.which === 'pick'
					? picked
					: all;
		const prompts = new Map(reworded.map((r) => [r.id, r.prompt]));
		const items = set.items
			.filter((item) => ids.includes(item.id))
			.map((item) => ({ ...item, prompt: prompts.get(item.id) ?? item.prompt }));
		return { ...options, source: { kind: 'inline', set: { ...set, items } } };
	}
	const source: ShareQuizContent['source'] = { kind: 'set', setId: set.id };
	if (choice.which === 'draw') source.draw = draw;
	if (choice.which === 'pick') source.itemIds = picked;
	if (reworded.length) source.reworded = reworded;
	return { ...options, source };
}
