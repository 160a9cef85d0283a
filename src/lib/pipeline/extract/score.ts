import type { Facts, Quote } from '../facts';

/** Gold facts as written in tests/fixtures/gold (only the fields the scoring uses). */
export interface Gold {
	meta: { published: string };
	quotes: { speaker: string; text: string; speaker_aliases?: string[] }[];
	numbers: { value: number }[];
	dates: { when: string }[];
	people: { name: string }[];
	places?: { name: string; aliases?: string[] }[];
}

export interface KindScore {
	gold: number;
	found: number;
	matched: number;
	recall: number;
	precision: number;
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const surname = (s: string): string => tokens(s.replace(/-/g, ' ')).pop() ?? '';

/** Quote texts match when token F1 >= 0.5 or one holds >= 90 % of the other's words. */
export function textsMatch(a: string, b: string): boolean {
	const ta = tokens(a);
	const tb = tokens(b);
	if (!ta.length || !tb.length) return false;
	const count = new Map<string, number>();
	for (const t of tb) count.set(t, (count.get(t) ?? 0) + 1);
	let common = 0;
	for (const t of ta) {
		const n = count.get(t) ?? 0;
		if (n > 0) [common] = [common + 1, count.set(t, n - 1)];
	}
	const p = common / ta.length;
	const r = common / tb.length;
	const f1 = p + r ? (2 * p * r) / (p + r) : 0;
	return f1 >= 0.5 || p >= 0.9 || r >= 0.9;
}

/** Greedy one-to-one matching: each gold fact is matched by at most one found fact. */
function score<G, F>(gold: G[], found: F[], match: (g: G, f: F) => boolean): KindScore {
	const used = new Set<number>();
	let matched = 0;
	for (const f of found) {
		const i = gold.findIndex((g, k) => !used.has(k) && match(g, f));
		if (i >= 0) [matched] = [matched + 1, used.add(i)];
	}
	return {
		gold: gold.length,
		found: found.length,
		matched,
		recall: gold.length ? matched / gold.length : 1,
		precision: found.length ? matched / found.length : 1
	};
}

const sameName = (a: string, b: string): boolean =>
	tokens(a.replace(/-/g, ' ')).join(' ') === tokens(b.replace(/-/g, ' ')).join(' ');

/** Quotes grouped into quotations: words carried over from the paragraph before join their quote. */
export function quoteChains(quotes: Quote[]): Quote[][] {
	const out: Quote[][] = [];
	for (const q of quotes) {
		const prev = out[out.length - 1];
		if (q.continues && prev && prev[prev.length - 1]?.speaker === q.speaker) prev.push(q);
		else out.push([q]);
	}
	return out;
}

/** One quote for a whole quotation over several paragraphs. */
export const joinChain = (chain: Quote[]): Quote => ({
	...chain[0]!,
	end: chain[chain.length - 1]!.end,
	text: chain.map((q) => q.text).join(' ')
});

/**
 * Gold may write a quotation over several paragraphs as one quote or as one per paragraph: the
 * parts count separately when each matches a gold quote of its own, else the whole counts once.
 */
function quoteUnits(gold: Gold['quotes'], quotes: Quote[], match: QuoteMatch): Quote[] {
	const out: Quote[] = [];
	for (const chain of quoteChains(quotes)) {
		const used = new Set<number>();
		const each = chain.every((q) => {
			const i = gold.findIndex((g, k) => !used.has(k) && match(g, q));
			return i >= 0 && used.add(i);
		});
		out.push(...(chain.length === 1 || each ? chain : [joinChain(chain)]));
	}
	return out;
}

type QuoteMatch = (g: Gold['quotes'][number], f: Quote) => boolean;

const distinct = <T extends { when: string }>(dates: T[]): T[] =>
	dates.filter((d, i) => dates.findIndex((x) => x.when === d.when) === i);

/** Recall and precision per fact kind, scored as the issue describes. */
export function scoreFacts(gold: Gold, facts: Facts): Record<string, KindScore> {
	const quoteMatch: QuoteMatch = (g, f) => {
		const speakers = [g.speaker, ...(g.speaker_aliases ?? [])].map(surname);
		return textsMatch(g.text, f.text) && speakers.includes(surname(f.speaker));
	};
	return {
		quotes: score(gold.quotes, quoteUnits(gold.quotes, facts.quotes, quoteMatch), quoteMatch),
		numbers: score(gold.numbers, facts.numbers, (g, f) => g.value === f.value),
		// Each distinct date counts once, however often the article or the gold repeats it.
		dates: score(distinct(gold.dates), distinct(facts.dates), (g, f) => g.when === f.when),
		people: score(gold.people, facts.people, (g, f) => sameName(g.name, f.name)),
		places: score(gold.places ?? [], facts.places, (g, f) =>
			[g.name, ...(g.aliases ?? [])].some(
				(n) =>
					sameName(n, f.name) ||
					sameName(n.replace(/ region$/i, ''), f.name.replace(/ region$/i, ''))
			)
		)
	};
}

/** Adds up per-article scores into one score per kind (micro-averaged). */
export function totalScores(all: Record<string, KindScore>[]): Record<string, KindScore> {
	const out: Record<string, KindScore> = {};
	for (const scores of all)
		for (const [kind, s] of Object.entries(scores)) {
			const t = (out[kind] ??= { gold: 0, found: 0, matched: 0, recall: 1, precision: 1 });
			t.gold += s.gold;
			t.found += s.found;
			t.matched += s.matched;
			t.recall = t.gold ? t.matched / t.gold : 1;
			t.precision = t.found ? t.matched / t.found : 1;
		}
	return out;
}
