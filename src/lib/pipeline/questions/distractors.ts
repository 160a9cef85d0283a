/**
 * Wrong options that are plausible but never also right: speakers who did not say anything like
 * the quote, numbers of the same magnitude that no report gives for the same thing, and dates
 * of the same precision.
 */
import type { Facts, Person, Quote } from '../facts';
import { hashString } from '../random';
import { isNamed, plainName, sameSpeaker, type Speaker, type StoryContext } from './context';
import { roleLabel, usableRole } from './speakers';
import { containsWords, namedIn, similarity, surname } from './text';
import { dateKey, type DateParts } from './dates';
import { hasTag } from '../tags';

/** "George W. Bush": a known given name first ("Hurricane Franklin" and "La Nina" have none). */
export function givenName(name: string): boolean {
	return hasTag(name.split(/\s+/)[0] ?? '', 'FirstName');
}

/** Deterministic order that does not follow the article's order (so the answer is not always first). */
function byHash<T>(items: T[], key: (item: T) => string): T[] {
	return items
		.map((item) => ({ item, h: hashString(key(item)) }))
		.sort((a, b) => a.h - b.h)
		.map((x) => x.item);
}

/** True when any quote of `speaker` says much the same as `text`. */
export function saidSomethingLike(speaker: Speaker, text: string): boolean {
	return wordsOf(speaker).some(
		(said) =>
			similarity(said, text) >= 0.3 || containsWords(said, text) || containsWords(text, said)
	);
}

/** A speaker's words, each text once: a report may quote the same words twice, or many times. */
function wordsOf(speaker: Speaker): string[] {
	let texts = distinctWords.get(speaker);
	if (!texts)
		distinctWords.set(speaker, (texts = [...new Set(speaker.quotes.map((r) => r.fact.text))]));
	return texts;
}
const distinctWords = new WeakMap<Speaker, string[]>();

const DEATH =
	/\b(?:died|dies|dead|killed|death|murder(?:ed|ing)?|buried|funeral|the late|slain)\b/i;
const LATE_OR_DEATH =
	/\b(late\s+(?:husband|wife|father|mother|son|daughter|brother|sister|partner))\b|['’]s\s+death\b/gi;

/**
 * A person the report names only beside a death: a victim, or someone long dead ("Mark Antony").
 * Offered as who said or did something in the story, they give the answer away.
 */
export function namedBesideDeath(person: Person, facts: Facts): boolean {
	const at = new Set([person.sentence, ...person.mentions.map((m) => m.sentence)]);
	return (
		[...at].every((i) => DEATH.test(facts.sentences[i]?.text ?? '')) ||
		saidToBeDead(person.name, facts)
	);
}

/** Where a report says someone died: the words after "late husband", before "'s death". */
interface DeathClues {
	after: string[];
	before: string[];
}

/** Read once per article: every person of every quote's options is checked against them. */
const clues = new WeakMap<Facts, DeathClues>();

function deathClues(facts: Facts): DeathClues {
	let found = clues.get(facts);
	if (!found) {
		found = { after: [], before: [] };
		for (const m of facts.body.matchAll(LATE_OR_DEATH)) {
			if (m[1]) found.after.push(facts.body.slice(m.index, m.index + 90).split(/[.;]/)[0] ?? '');
			else found.before.push(facts.body.slice(Math.max(0, m.index - 40), m.index));
		}
		clues.set(facts, found);
	}
	return found;
}

/**
 * "her late husband, the physicist Andrei Sakharov", "after Sakharov's death in 1989": the report
 * says this person is dead, wherever else it names them.
 */
function saidToBeDead(name: string, facts: Facts): boolean {
	const last = surname(name);
	if (last.length < 3) return false;
	const { after, before } = deathClues(facts);
	return (
		after.some((text) => containsWords(text, last)) ||
		before.some((text) => text.endsWith(last) && containsWords(text.slice(-last.length - 1), last))
	);
}

/**
 * Up to `count` wrong speakers for a quote, never the same person under another name: other
 * named speakers of the same kind who said nothing like it; with too few, other people of the
 * story; then roles the story gives ("France's envoy") to no one already offered.
 */
/** A speaker known only by role: "the FAO chief", "a government spokesman". */
export const ROLE_ONLY = /^(?:the|a|an)\s/i;
/** A speaker known by whose they are: "Aisyah's lawyer", "Wolf's husband and coach". */
const OWNED_ROLE = /['’]s\s+\p{Ll}/u;

/** A body, a place or a thing by its last or first word: "Nova Lima Studios", "Radio Central", "Puerto Nuevo". */
const BODY_WORD =
	/(?:^(?:Radio|Club|Team|Air|Bank|Hotel|Hospital|Studio|Studios|Ciudad|Puerto|Port|Fort|Mount|Cape|Lake|Isla|Sierra)\s|\s(?:Studios|Records|Pictures|Radio|News|Newspaper|Magazine|Agency|Group|Inc\.?|Ltd\.?|Corporation|Company|Airlines|Airways|Club|Palace|Prison|Network|Channel|Television|TV)$)/u;

/**
 * A speaker a reader takes for a person. Reports quote newspapers, agencies and clubs ("Kyodo
 * said", "Castellon confirmed") and the extractor may take them for people; beside three people
 * such an option is out at a glance. A name of one word needs some sign of a person: a known
 * given name, a role, or a he or she in the report.
 */
export function seemsAPerson(ctx: StoryContext, name: string): boolean {
	let known = personLike.get(ctx);
	if (!known) personLike.set(ctx, (known = new Map()));
	let seems = known.get(name);
	if (seems === undefined) known.set(name, (seems = readSeemsAPerson(ctx, name)));
	return seems;
}

/** Each name judged once per story: every quote's options ask about every speaker. */
const personLike = new WeakMap<StoryContext, Map<string, boolean>>();

function readSeemsAPerson(ctx: StoryContext, name: string): boolean {
	if (BODY_WORD.test(name)) return false;
	if (givenName(name)) return true;
	// Any word: "Google", "Sony Music"; "Gerald Ford" passed as a given name above.
	if (hasTag(name, 'Organization')) return false;
	if (/\s/.test(name)) return true;
	const person = ctx.articles.flatMap((a) => a.facts.people).find((p) => sameSpeaker(p.name, name));
	const speaker = ctx.speakers.find((s) => sameSpeaker(s.name, name));
	return Boolean(
		person?.gender ||
		usableRole(person?.role ?? null, name) ||
		usableRole(speaker?.role ?? null, name)
	);
}

/**
 * The story's people as a reader knows them (never the tail of an organisation's name), with the
 * name the report gives, less those named only beside a death; read once per story.
 */
function plainPeople(ctx: StoryContext): { person: Person; named: string }[] {
	let found = plainPeopleOf.get(ctx);
	if (!found) {
		found = ctx.articles.flatMap((a) =>
			a.facts.people.flatMap((p) => {
				const name = plainName(p.name, a.facts.body);
				return name && !namedBesideDeath(p, a.facts)
					? [{ person: { ...p, name }, named: p.name }]
					: [];
			})
		);
		plainPeopleOf.set(ctx, found);
	}
	return found;
}
const plainPeopleOf = new WeakMap<StoryContext, { person: Person; named: string }[]>();

export function speakerDistractors(
	ctx: StoryContext,
	quote: Quote,
	key: string,
	count = 3,
	/** Only people who speak in the story: words credited to a bystander give themselves away. */
	speakersOnly = false
): string[] {
	const out: string[] = [];
	const add = (names: string[]) => {
		for (const name of byHash(names, (n) => `${key}|${n}`)) {
			if (out.length >= count) return;
			if (sameSpeaker(name, quote.speaker) || out.some((o) => sameSpeaker(o, name))) continue;
			// "The FAO chief" may be the very person named beside it: a role is never an option,
			// nor one told by whose it is ("Aisyah's lawyer" is Gooi Soon Seng, another option).
			if (ROLE_ONLY.test(name) || OWNED_ROLE.test(name)) continue;
			// Nor someone the quote talks about ("she loved Mark Antony", "the power to weaken
			// Bush"), nor a name read from its words ("Happy Pride everyone!"): they cannot have said it.
			if (namedIn(quote.text, name)) continue;
			// Someone who said much the same is a right answer too.
			const said = ctx.speakers.find((s) => sameSpeaker(s.name, name));
			if (said && saidSomethingLike(said, quote.text)) continue;
			out.push(name);
		}
	};
	add(
		ctx.speakers
			.filter(
				(s) => s.kind === quote.speakerKind && (s.kind !== 'person' || seemsAPerson(ctx, s.name))
			)
			.map((s) => s.name)
	);
	if (speakersOnly || out.length >= count) return out;
	const people = plainPeople(ctx)
		.filter(({ named }) => !namedIn(quote.text, named))
		.map(({ person }) => person);
	add(
		people
			// Only someone the article shows to be a person (a role, a he or she): a name alone
			// may be a storm, a current or a place ("Hurricane X").
			.filter(
				(p) =>
					p.kind === quote.speakerKind &&
					isNamed(p.name) &&
					p.name.includes(' ') &&
					(p.kind !== 'person' || p.role !== null || p.gender !== null || givenName(p.name))
			)
			.map((p) => p.name)
	);
	if (out.length < count && quote.speakerKind === 'person') {
		const offered = [quote.speaker, ...out];
		const roles = people.filter(
			(p) =>
				p.kind === 'person' &&
				usableRole(p.role, p.name) &&
				!offered.some((o) => sameSpeaker(o, p.name)) &&
				!containsWords(p.role ?? '', quote.role ?? '\u0000')
		);
		// "Kenya's environment minister", never a bare "President" beside full names.
		add(
			roles
				.map((p) => roleLabel(p.role as string))
				// "Bauer’s CEO who": a role cut before its clause is no label.
				.filter(
					(r) =>
						/^\p{Lu}/u.test(r) &&
						r.split(/\s+/).length >= 2 &&
						!/\s(?:who|which|that|of|and|the|a|to|for|with)$/i.test(r)
				)
		);
	}
	return out;
}

/**
 * Ratios to the answer for wrong figures. None is a simple fraction or multiple: options at ½, 2×
 * and 3× the answer share it as a factor, and a test-wise student picks the common one.
 */
const MULTIPLIERS = [0.6, 1.4, 0.8, 1.7, 0.45, 2.3, 1.25, 3.2];

/**
 * Rounded as the answer is: decimals only when it has them, and as many trailing zeros. An exact
 * "71,088" among round "43,000" and "100,000" stands out as the one a report would print.
 */
export function roundLike(value: number, answer: number): number {
	const decimals = (String(answer).split('.')[1] ?? '').length;
	if (decimals > 0) return Number(value.toFixed(decimals));
	const zeros = /0*$/.exec(String(Math.round(Math.abs(answer))))?.[0].length ?? 0;
	const magnitude = Math.pow(
		10,
		Math.min(zeros, Math.max(0, Math.floor(Math.log10(Math.abs(value)))))
	);
	return Math.round(value / magnitude) * magnitude;
}

/**
 * Numbers in the same unit and magnitude as `answer`. `avoid` holds values that any report
 * gives for the same thing: never offered as wrong answers.
 */
export function numberDistractors(
	answer: number,
	avoid: number[],
	count = 3,
	bounds: { max?: number; min?: number } = {},
	key = ''
): number[] {
	const out: number[] = [];
	const isPercent = answer > 0 && answer <= 100;
	// In an order of the item's own, so the answer is not always the second largest option.
	for (const m of key ? byHash(MULTIPLIERS, (x) => `${key}|${x}`) : MULTIPLIERS) {
		let value = roundLike(answer * m, answer);
		if (Number.isInteger(answer) && answer < 20) value = Math.max(1, Math.round(answer * m));
		if (value <= 0 || (isPercent && answer * m > 100 && answer > 20)) continue;
		if (bounds.max !== undefined && value > bounds.max) continue;
		if (bounds.min !== undefined && value <= bounds.min) continue;
		const tooClose = (x: number) => Math.abs(x - value) <= Math.abs(x) * 0.05;
		if (tooClose(answer) || avoid.some(tooClose) || out.some(tooClose)) continue;
		out.push(value);
		if (out.length === count) break;
	}
	return out;
}

/**
 * Steps for a figure on a scale with natural limits, where a multiple reads as absurd: a leader
 * of 36 for one who turns 80, a magnitude 11.2 earthquake, the 140th minute of a match,
 * thirteen o'clock.
 */
const STEPS = {
	age: [3, -4, 7, -9, 12, -2, 5, -6],
	minute: [6, -5, 11, -9, 3, -13, 17, -2],
	magnitude: [0.4, -0.6, 0.9, -1.1, 0.3, -0.3, 1.4, -1.5],
	hour: [2, -1, 3, -2, 1, -3, 4, -4]
} as const;
const LIMITS: Record<keyof typeof STEPS, { min: number; max: number }> = {
	age: { min: 1, max: 115 },
	minute: { min: 1, max: 120 },
	magnitude: { min: 2, max: 9.5 },
	// "thirteen o'clock" is no time.
	hour: { min: 1, max: 12 }
};
export type Scale = keyof typeof STEPS;

/** Wrong figures a few steps from `answer` on its scale, within the scale's and the sentence's limits. */
export function nearbyDistractors(
	answer: number,
	scale: Scale,
	avoid: number[],
	bounds: { max?: number; min?: number } = {},
	key = ''
): number[] {
	const min = Math.max(LIMITS[scale].min, bounds.min ?? -Infinity);
	const max = Math.min(LIMITS[scale].max, bounds.max ?? Infinity);
	const steps = key ? byHash([...STEPS[scale]], (x) => `${key}|${x}`) : [...STEPS[scale]];
	const out: number[] = [];
	for (const step of steps) {
		const value = Math.round((answer + step) * 10) / 10;
		if (value < min || value > max || (bounds.min !== undefined && value <= bounds.min)) continue;
		if (value === answer || avoid.includes(value) || out.includes(value)) continue;
		out.push(value);
	}
	return out;
}

/**
 * Dates of the same precision near `answer`. For an event before the report's date (`published`,
 * "YYYY-MM-DD"), none falls after that date where enough earlier ones exist: a date the report
 * could not yet know gives the answer away.
 */
export function dateDistractors(
	answer: DateParts,
	published: string,
	avoid: string[],
	key = ''
): DateParts[] {
	const { year, month, day } = answer;
	let candidates: DateParts[];
	if (day !== undefined && month !== undefined) {
		candidates = [day - 3, day + 4, day - 6, day + 2, day + 9, day - 9, day + 6, day - 2]
			.concat([day - 1, day - 4, day - 5, day - 7, day - 8, day - 11, day - 12, day - 13])
			.filter((d) => d >= 1 && d <= 28)
			.map((d) => ({ year, month, day: d }));
	} else if (month !== undefined) {
		candidates = [
			{ year: year - 1, month },
			{ year, month: ((month + 3) % 12) + 1 },
			{ year: year + 1, month },
			{ year, month: ((month + 7) % 12) + 1 },
			{ year: year - 2, month },
			...[1, 2, 3, 4, 5].filter((m) => m < month).map((m) => ({ year, month: month - m }))
		];
	} else {
		candidates = [-3, 2, -1, 4, -5, 1, -2, -4, -6].map((d) => ({ year: year + d }));
	}
	const late = (d: DateParts) => dateKey(d) > published.slice(0, dateKey(d).length);
	// Shuffled per item, so the answer does not always stand second latest among the options.
	if (key) candidates = byHash(candidates, (d) => `${key}|${dateKey(d)}`);
	const fine = candidates.filter(
		(d, i) =>
			!avoid.includes(dateKey(d)) &&
			dateKey(d) !== dateKey(answer) &&
			candidates.findIndex((c) => dateKey(c) === dateKey(d)) === i
	);
	// All on the answer's side of the report's date where enough are: a future date among past
	// ones (or the reverse) stands out, as does an answer above or below all three.
	const same = fine.filter((d) => late(d) === late(answer));
	const pool = same.length >= 3 ? same : [...same, ...fine.filter((d) => late(d) !== late(answer))];
	return eitherSide(pool, dateKey(answer));
}

/** Three of `pool` in its order, with one before and one after `answer` where the pool has them. */
function eitherSide(pool: DateParts[], answer: string): DateParts[] {
	const chosen = pool.slice(0, 3);
	for (const side of [(k: string) => k < answer, (k: string) => k > answer]) {
		if (chosen.some((d) => side(dateKey(d)))) continue;
		const other = pool.find((d) => side(dateKey(d)));
		if (!other) continue;
		// Replace the last pick from the side that has two or more.
		const drop = chosen.findLastIndex(
			(d) => !side(dateKey(d)) && chosen.filter((c) => !side(dateKey(c))).length > 1
		);
		if (drop >= 0) chosen.splice(drop, 1, other);
	}
	return chosen;
}
