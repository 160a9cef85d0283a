/**
 * The story as the question types see it: every fact of every article with a stable id, facts
 * that two reports share grouped together (corroboration), and the story's named speakers.
 */
import type { DateFact, Facts, NumberFact, Quote, SpeakerKind } from '../facts';
import { factId, type FactKind } from './ids';
import { normalise, similarity } from './text';

export interface ArticleInput {
	/** The file name without extension. */
	id: string;
	outlet: string;
	url?: string;
	facts: Facts;
}

export interface Ref<T> {
	id: string;
	article: ArticleInput;
	fact: T;
	/** Refs with the same group state the same fact (in different articles). */
	group: number;
}

export interface Speaker {
	name: string;
	kind: SpeakerKind;
	role: string | null;
	quotes: Ref<Quote>[];
}

export interface StoryContext {
	articles: ArticleInput[];
	quotes: Ref<Quote>[];
	numbers: Ref<NumberFact>[];
	dates: Ref<DateFact>[];
	speakers: Speaker[];
}

/** A speaker the quiz can name: "Ana Silva", "France", not "a senior official". */
export function isNamed(name: string): boolean {
	return /^\p{Lu}/u.test(name) && !/^(a|an|one|some|two|several)\s/i.test(name);
}

/** "Silva" and "Ana Maria Silva" are the same speaker; so are case variants. */
export function sameSpeaker(a: string, b: string): boolean {
	const x = normalise(a).split(/[\s-]+/);
	const y = normalise(b).split(/[\s-]+/);
	if (x.join(' ') === y.join(' ')) return true;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.length > 0 && short.every((w) => long.includes(w)) && short.at(-1) === long.at(-1);
}

/** A curator's corrections by fact id; `used` collects the ids that matched a fact. */
export interface FactOverrides {
	drop: Set<string>;
	fix: Map<string, Record<string, string>>;
	used: Set<string>;
}

function refs<T extends { text: string }>(
	articles: ArticleInput[],
	kind: FactKind,
	pick: (facts: Facts) => T[],
	overrides?: FactOverrides
): Ref<T>[] {
	const out: Ref<T>[] = [];
	for (const article of articles) {
		const taken = new Set<string>();
		for (const original of pick(article.facts)) {
			const id = factId(kind, article.id, original.text, taken);
			const fix = overrides?.fix.get(id);
			if (fix || overrides?.drop.has(id)) overrides?.used.add(id);
			if (overrides?.drop.has(id)) continue;
			const fact = fix ? { ...original, ...fix } : original;
			out.push({ id, article, fact, group: out.length });
		}
	}
	return out;
}

/** Joins refs of different articles that `same` says state one fact (first match wins). */
function group<T>(list: Ref<T>[], same: (a: T, b: T) => boolean): void {
	for (let i = 0; i < list.length; i++) {
		const a = list[i] as Ref<T>;
		for (let j = 0; j < i; j++) {
			const b = list[j] as Ref<T>;
			if (b.article === a.article || b.group !== j) continue;
			const taken = list.some((r) => r.group === j && r.article === a.article);
			if (!taken && same(a.fact, b.fact)) {
				a.group = j;
				break;
			}
		}
	}
}

function speakersOf(quotes: Ref<Quote>[]): Speaker[] {
	const speakers: Speaker[] = [];
	for (const ref of quotes) {
		const q = ref.fact;
		if (!isNamed(q.speaker)) continue;
		const known = speakers.find((s) => s.kind === q.speakerKind && sameSpeaker(s.name, q.speaker));
		if (known) {
			known.quotes.push(ref);
			if (q.speaker.length > known.name.length) known.name = q.speaker;
			known.role ??= q.role;
		} else {
			speakers.push({ name: q.speaker, kind: q.speakerKind, role: q.role, quotes: [ref] });
		}
	}
	return speakers;
}

export function buildContext(articles: ArticleInput[], overrides?: FactOverrides): StoryContext {
	const quotes = refs(articles, 'quote', (f) => f.quotes, overrides);
	const numbers = refs(articles, 'number', (f) => f.numbers, overrides);
	const dates = refs(articles, 'date', (f) => f.dates, overrides);
	group(quotes, (a, b) => sameSpeaker(a.speaker, b.speaker) && similarity(a.text, b.text) >= 0.35);
	// Two reports rarely give the same figure for different things; units may be read differently.
	group(
		numbers,
		(a, b) =>
			a.value === b.value &&
			((a.unit ?? '') === (b.unit ?? '') || similarity(a.what, b.what) >= 0.3)
	);
	group(
		dates,
		(a, b) => a.when === b.when && (a.when.length === 10 || similarity(a.what, b.what) >= 0.2)
	);
	return { articles, quotes, numbers, dates, speakers: speakersOf(quotes) };
}

/** The first ref of each group: one question per fact, however many reports state it. */
/**
 * The refs that state the same fact as `ref` in any report: the same group, or a description
 * close enough. Their values are right answers too, so never offered as wrong ones.
 */
export function sameFact<T extends { what: string }>(list: Ref<T>[], ref: Ref<T>): Ref<T>[] {
	return list.filter((r) => r.group === ref.group || similarity(r.fact.what, ref.fact.what) >= 0.3);
}

export function primary<T>(list: Ref<T>[]): Ref<T>[] {
	return list.filter((r, i) => r.group === i);
}

/** Outlets whose reports state this ref's fact, when more than one does. */
export function corroboratedBy<T>(ref: Ref<T>, list: Ref<T>[]): string[] | undefined {
	const outlets = [
		...new Set(list.filter((r) => r.group === ref.group).map((r) => r.article.outlet))
	];
	return outlets.length > 1 ? outlets : undefined;
}

/** The speaker entry for a quote, or undefined when the quote's speaker is not named. */
export function speakerOf(ctx: StoryContext, quote: Quote): Speaker | undefined {
	return ctx.speakers.find(
		(s) => s.kind === quote.speakerKind && sameSpeaker(s.name, quote.speaker)
	);
}
