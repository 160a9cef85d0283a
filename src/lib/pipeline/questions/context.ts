/**
 * The story as the question types see it: every fact of every article with a stable id, facts
 * that two reports share grouped together (corroboration), and the story's named speakers.
 */
import { JOINED_PARTICLE } from '../extract/lexicon';
import { wordsAt } from '../regexp';
import { remembered } from '../remember';
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
	if (!/^\p{Lu}/u.test(name) || /^(a|an|one|some|two|several)\s/i.test(name)) return false;
	// A determiner alone: the parser took the rest of the subject ("The newly passed law") for a verb.
	if (/^(?:a|an|the)$/i.test(name)) return false;
	// "France's ambassador" names a speaker by role; otherwise every word is part of a name
	// ("Ana de Souza"), never a fragment such as "Officials tell BBC News every".
	if (/^\p{Lu}[\p{L}.-]*['’]s\s/u.test(name)) return true;
	// "The Nobel committee", "The Kenyan government": a body named by what it is.
	if (/^The\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,3}\p{Ll}+$/u.test(name)) return true;
	const words = name.split(/\s+/);
	return (
		words.length <= 6 &&
		words.every((w) => /^[\p{Lu}\d]/u.test(w) || PARTICLE.test(w) || JOINED_PARTICLE.test(w)) &&
		!PARTICLE.test(words.at(-1) ?? '')
	);
}

/**
 * A name the extractor cut from the end of a longer one: "Acquisition Marvin Sambur" of "Assistant
 * Secretary for Acquisition Marvin Sambur", "Retired Persons" of "Association of Retired Persons".
 * Where the report only ever writes it after "of", "for" or "on", the person is the last two
 * words; a shorter name is a fragment of an organisation's name (null).
 */
export function plainName(name: string, body: string): string | null {
	let known = plainNames.get(body);
	if (!known) {
		if (plainNames.size > 50) plainNames.clear();
		plainNames.set(body, (known = new Map()));
	}
	let plain = known.get(name);
	if (plain === undefined) known.set(name, (plain = readPlainName(name, body)));
	return plain;
}

/** Per article body, each name read once: every quote's distractors ask about every person. */
const plainNames = new Map<string, Map<string, string | null>>();

/** Ends of a name in the body: after "of", "for" or "on"; after none of them; no letter after. */
const AFTER_OF = /(?<=(?:^|[^\p{L}])(?:of|for|on)\s+)/uy;
const NOT_AFTER_OF = /(?<!(?:of|for|on)\s)(?<![\p{L}-])/uy;
const NO_LETTER_AFTER = /(?![\p{L}])/uy;

function readPlainName(name: string, body: string): string | null {
	const after = wordsAt(body, name, AFTER_OF, NO_LETTER_AFTER).length > 0;
	if (!after || wordsAt(body, name, NOT_AFTER_OF, NO_LETTER_AFTER).length > 0) return name;
	const words = name.split(/\s+/);
	return words.length >= 3 ? words.slice(-2).join(' ') : null;
}

/** Small words inside names and bodies: "de", "bin", "of the" ("Bank of England"). */
const PARTICLE =
	/^(?:de|da|del|della|der|den|di|du|la|le|van|von|al|el|bin|ibn|ben|of|the|and|for|on|&)$/;

/** Titles and honorifics that come before a name; not part of who the person is. */
const TITLE =
	/^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|president|premier|minister|senator|sen|rep|gov|governor|mayor|judge|justice|general|gen|col|captain|capt|ambassador|envoy|chancellor|king|queen|prince|princess|pope|rev|saint|st|attorney|secretary|spokesman|spokeswoman|spokesperson|chief|director|commissioner|sheriff|detective|agent|inspector|superintendent|coach|chairman|chairwoman|chair|ceo|lieutenant|lt|sergeant|sgt|officer|deputy|representative|congressman|congresswoman|councillor|councilman|councilwoman|prosecutor|administrator|passenger|witness|resident|student|activist|analyst)\.?$/i;

/** The words that name a person: capitalised, no titles, no possessive "'s", no role words. */
function nameWords(name: string): string[] {
	return remembered(nameWordsOf, name, readNameWords);
}

/** Every pair of speakers is compared, so each name is split once. */
const nameWordsOf = new Map<string, string[]>();

function readNameWords(name: string): string[] {
	// "Wolf's husband and coach": someone's relation or role is not their name.
	if (/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s+\p{Ll}/u.test(name)) return [];
	return name
		.replace(/['’]s\b/g, '')
		.split(/\s+/)
		.filter(
			(w) => /^\p{Lu}/u.test(w) && !TITLE.test(w) && !/\.$/.test(w.replace(/^\p{Lu}\.$/u, ''))
		)
		.map((w) => normalise(w));
}

/**
 * "Silva", "Ana Maria Silva", "Mayor Silva" and "Silva's" are one speaker; so are case variants.
 * Two given names that differ ("Ana Silva", "Rui Silva") are two people.
 */
export function sameSpeaker(a: string, b: string): boolean {
	if (normalise(a) === normalise(b)) return true;
	const x = nameWords(a);
	const y = nameWords(b);
	if (x.length === 0 || y.length === 0) {
		const p = normalise(a).split(/[\s-]+/);
		const q = normalise(b).split(/[\s-]+/);
		const [short, long] = p.length <= q.length ? [p, q] : [q, p];
		return short.every((w) => long.includes(w)) && short.at(-1) === long.at(-1);
	}
	// "Said Bacar" and "Said Bakar": one letter apart, with the given names the same, is one person
	// whose name the report spells two ways.
	const variant =
		x.length >= 2 &&
		x.length === y.length &&
		x.slice(0, -1).join(' ') === y.slice(0, -1).join(' ') &&
		spelledAlike(x.at(-1) ?? '', y.at(-1) ?? '');
	// "Tan" and "Tan Heok Hui": a name written family name first is shortened to its first word;
	// "Phelps" and "Shirley Phelps-Roper": a double surname to one of its halves.
	const [one, many] = x.length <= y.length ? [x, y] : [y, x];
	if (one.length === 1 && many.length >= 2 && one[0] === many[0]) return true;
	// "Moral" beside "Ana Morales": a surname alone, spelled a little off.
	if (one.length === 1 && many.length >= 2 && spelledAlike(one[0] ?? '', many.at(-1) ?? ''))
		return true;
	if (one.length === 1 && many.length >= 2 && (many.at(-1) ?? '').split('-').includes(one[0] ?? ''))
		return true;
	if (x.at(-1) !== y.at(-1) && !variant) return false;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	// Given names, where both give one, agree (an initial agrees with its name).
	return short
		.slice(0, -1)
		.every((w) => long.some((l) => l === w || l.startsWith(w.replace(/\.$/, ''))));
}

/**
 * One name spelled two ways by the report: one letter changed, left out or two swapped
 * ("Moral" for "Morales", "Dmeirel" for "Demirel"), or two such slips in a long name
 * ("Rozenbam" for "Rosenbaum"). Short names must match, so "Lima" and "Lina" stay two people.
 */
function spelledAlike(a: string, b: string): boolean {
	const shorter = Math.min(a.length, b.length);
	if (shorter < 5) return false;
	const most = shorter >= 8 ? 2 : 1;
	if (Math.abs(a.length - b.length) > most) return false;
	// Edit distance with swaps of neighbours (optimal string alignment), rows of three.
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(
				(previous[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, (before[j - 2] ?? 0) + 1);
			row.push(best);
		}
		[before, previous] = [previous, row];
	}
	return (previous[b.length] ?? Infinity) <= most;
}

/**
 * The story's canonical name for a speaker when the extractor lists speakers with aliases
 * (Facts.speakers, when present); else the name as the quote gives it.
 */
interface CanonicalSpeaker {
	id?: string;
	name: string;
	aliases?: string[];
}
export function canonicalName(facts: Facts, quote: Quote): string {
	const list = (facts as Facts & { speakers?: CanonicalSpeaker[] }).speakers;
	if (!Array.isArray(list)) return quote.speaker;
	const id = (quote as Quote & { speakerId?: string }).speakerId;
	const found = list.find(
		(s) =>
			(id !== undefined && s.id === id) ||
			s.name === quote.speaker ||
			(s.aliases ?? []).includes(quote.speaker)
	);
	return found?.name ?? quote.speaker;
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

/**
 * "Passenger Derek Pettaway", "Premier Zhu Rongji" -> the name alone: options are bare names, and
 * a title on the right one alone gives it away.
 */
export function withoutTitle(name: string): string {
	const words = name.split(/\s+/);
	while (words.length > 2 && TITLE.test(words[0] ?? '')) words.shift();
	return words.join(' ');
}

/** "Josh Hurwit" names a person better than "Hurwit" or "U.S. Attorney Hurwit". */
function fullerName(a: string, b: string): boolean {
	const x = nameWords(a).length;
	const y = nameWords(b).length;
	return x > y || (x === y && a.length < b.length);
}

function speakersOf(quotes: Ref<Quote>[]): Speaker[] {
	const speakers: Speaker[] = [];
	for (const ref of quotes) {
		const named = plainName(canonicalName(ref.article.facts, ref.fact), ref.article.facts.body);
		const canonical = named && ref.fact.speakerKind === 'person' ? withoutTitle(named) : named;
		if (canonical === null) continue;
		const q = canonical === ref.fact.speaker ? ref.fact : { ...ref.fact, speaker: canonical };
		if (!isNamed(q.speaker)) continue;
		const known = speakers.find((s) => s.kind === q.speakerKind && sameSpeaker(s.name, q.speaker));
		if (known) {
			known.quotes.push(ref);
			if (fullerName(q.speaker, known.name)) known.name = q.speaker;
			known.role ??= q.role;
		} else {
			speakers.push({ name: q.speaker, kind: q.speakerKind, role: q.role, quotes: [ref] });
		}
	}
	// The article may name in full someone it quotes only by title and surname.
	const people = [...new Set(quotes.map((r) => r.article.facts.people))].flat();
	for (const speaker of speakers.filter((s) => s.kind === 'person'))
		for (const person of people)
			if (
				person.kind === 'person' &&
				isNamed(person.name) &&
				sameSpeaker(person.name, speaker.name) &&
				fullerName(person.name, speaker.name)
			)
				speaker.name = person.name;
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
