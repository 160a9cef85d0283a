/**
 * Which outlet: for a fact two reports both state in their own words, which outlet's version
 * contains this wording. Only wording that no other report of the story uses is asked about.
 */
import type { Item } from '../schema';
import { citeSpan } from './citations';
import type { Ref, StoryContext } from './context';
import type { Quote } from '../facts';
import { hashString } from '../random';
import { itemId } from './ids';
import { balancedQuotes, containsWords, normalise, quoted, similarity, trimEnd } from './text';

/** A few per story: the point is to notice that reports word things differently. */
const MAX_ITEMS = 4;

export function whichOutletItems(ctx: StoryContext): Item[] {
	const outlets = [...new Set(ctx.articles.map((a) => a.outlet).filter(Boolean))];
	if (outlets.length < 2 || outlets.length !== ctx.articles.length) return [];
	const items: Item[] = [];
	const groups = new Map<number, Ref<Quote>[]>();
	for (const ref of ctx.quotes) groups.set(ref.group, [...(groups.get(ref.group) ?? []), ref]);
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		// Versions that differ in little more than spelling make a guessing game, not a question.
		const texts = members.map((m) => normalise(trimEnd(m.fact.text)));
		const differ = texts.every((a, i) =>
			texts.every((b, j) => i === j || (!a.includes(b) && similarity(a, b) < 0.75))
		);
		if (!differ) continue;
		const unique = members.filter((ref) => {
			const words = trimEnd(ref.fact.text.trim());
			if (words.split(/\s+/).length < 6 || words.length > 300 || !balancedQuotes(words))
				return false;
			if (outlets.some((o) => containsWords(words, o))) return false;
			return ctx.articles.every(
				(a) => a === ref.article || !normalise(a.facts.body).includes(normalise(words))
			);
		});
		if (unique.length === 0) continue;
		// Which report's wording is asked about depends on the fact, not on the seed.
		const ref = unique[hashString(members[0]?.id ?? '') % unique.length] as Ref<Quote>;
		const citation = citeSpan(ref.article, ref.fact);
		if (!citation) continue;
		const words = trimEnd(ref.fact.text.trim());
		items.push({
			id: itemId('which-outlet', ref.id),
			type: 'which-outlet',
			format: 'choice',
			prompt: `Both reports cover this point. Which outlet's version contains this wording? ${quoted(words)}`,
			answer: ref.article.outlet,
			options: outlets,
			explanation: `These are the words of the ${ref.article.outlet} report; ${outlets
				.filter((o) => o !== ref.article.outlet)
				.join(' and ')} put it differently.`,
			citations: [citation],
			corroborated: [...new Set(members.map((m) => m.article.outlet))]
		});
	}
	return items.slice(0, MAX_ITEMS);
}
