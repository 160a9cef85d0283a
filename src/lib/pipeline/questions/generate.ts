/**
 * Runs every question type over a story, orders the options by the seed, and keeps only the
 * items that pass the audit.
 */
import type { Item } from '../schema';
import { shuffle } from '../random';
import { auditItem, headlineGivesAway } from './audit';
import type { StoryContext } from './context';
import { howManyItems } from './howMany';
import { matchItems } from './match';
import { trueFalseItems } from './trueFalse';
import { whenItems } from './when';
import { whichOutletItems } from './whichOutlet';
import { whoSaidItems } from './whoSaid';
import { selectItems } from './select';
import { whoDidItems } from './whoDid';
import { leadItems } from './lead';
import { settleArticle } from './cloze';

const GENERATORS = [
	leadItems,
	whoDidItems,
	whoSaidItems,
	howManyItems,
	whenItems,
	trueFalseItems,
	matchItems,
	whichOutletItems
];

export interface Dropped {
	item: Item;
	problems: string[];
}

/** Options in a seeded order; True/False keep their order, a timeline never starts solved. */
export function orderOptions(item: Item, seed: string): Item {
	const key = `${seed}|${item.id}`;
	if (item.format === 'order' && item.sequence) {
		let options = shuffle(item.sequence, key);
		if (options.join('\n') === item.sequence.join('\n')) options = options.slice().reverse();
		return { ...item, options };
	}
	if (item.format === 'choice' && item.options && item.type !== 'true-false') {
		return { ...item, options: shuffle(item.options, key) };
	}
	return item;
}

/** Drops `undefined` fields so the JSON and the item compare the same. */
function clean(item: Item): Item {
	return Object.fromEntries(
		Object.entries(item).filter(([, value]) => value !== undefined)
	) as Item;
}

/** Every item the types can make that passes the audit: what the set is chosen from. */
export function candidateItems(
	ctx: StoryContext,
	seed = ''
): { items: Item[]; dropped: Dropped[] } {
	const bodies = Object.fromEntries(ctx.articles.map((a) => [a.id, a.facts.body]));
	const headlines = new Map(ctx.articles.map((a) => [a.id, a.facts.meta.title ?? '']));
	const items: Item[] = [];
	const dropped: Dropped[] = [];
	const ids = new Set<string>();
	const prompts = new Set<string>();
	for (const generate of GENERATORS) {
		for (const raw of generate(ctx)) {
			const item = orderOptions(settleArticle(clean(raw)), seed);
			const problems = auditItem(item, bodies);
			const cited = item.citations[item.citations.length - 1]?.article ?? '';
			if (headlineGivesAway(item, headlines.get(cited) ?? ''))
				problems.push('the headline states the answer');
			if (ids.has(item.id)) problems.push(`duplicate id ${item.id}`);
			// Two facts from one sentence can make the same statement: ask it once.
			if (item.format !== 'match' && prompts.has(item.prompt)) problems.push('duplicate prompt');
			if (problems.length > 0) dropped.push({ item, problems });
			else {
				ids.add(item.id);
				prompts.add(item.prompt);
				items.push(item);
			}
		}
	}
	return { items, dropped };
}

/**
 * The few questions a teacher would ask, chosen from the candidates (select.ts). Items left out
 * are reported as dropped, so their ids stay valid in overrides.
 */
export function generateItems(
	ctx: StoryContext,
	seed = ''
): { items: Item[]; dropped: Dropped[]; unchosen: Item[] } {
	const { items, dropped } = candidateItems(ctx, seed);
	const { chosen, left } = selectItems(items, ctx);
	for (const { item, reason } of left) dropped.push({ item, problems: [reason] });
	return { items: chosen, dropped, unchosen: left.map((l) => l.item) };
}
