/**
 * The main event as a gap: the report's opening claim with the person or place it is about taken
 * out ("____, backed by African Union forces, has invaded …"), the wrong options the article's
 * other people, or places of the same kind. Blind reviews found the main event unasked in nearly
 * every set, and "What did X do?" with other actors' acts as options rejected 21 times in 24: the
 * other acts never fit the doer. Names of one kind always fit the gap, and the sentence stays the
 * article's own, so nothing is cut mid-phrase.
 */
import type { Facts, Person, Place, Sentence } from '../facts';
import { hashString } from '../random';
import { hasTag } from '../tags';
import type { Item } from '../schema';
import { cite } from './citations';
import type { ArticleInput, StoryContext } from './context';
import { itemId } from './ids';
import { isFurniture, leadIndex } from './salience';
import { containsWords, namedIn } from './text';
import { GAP } from './cloze';
import { genderOf, genderOfPerson, knownPeople, otherPeople } from './whoDid';
import { COUNTRIES } from '../extract/gazetteer';
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, wordsAt } from '../regexp';

/** The lead and the sentence after it: a lead that sets a scene leaves the event to the next. */
const ASKED = 2;
const MAX_WORDS = 60;
const MIN_WORDS = 8;

interface Gap {
	/** Offsets of the name in the sentence's text. */
	at: number;
	end: number;
	answer: string;
	wrong: string[];
	/** "Which name", "Which country" */
	which: string;
}

/** "Ana Lima and Ben Ode …", "X, Y and Z": one of several is not what the sentence is about. */
function inList(text: string, at: number, end: number): boolean {
	const before = text.slice(0, at);
	const after = text.slice(end);
	return (
		// "On Sunday, Ana Lima": a comma before is no list; the one after the first name is.
		/\p{Lu}[\p{L}.'’-]*(?:\s+and|\s+or|\s*&)\s*$/u.test(before) ||
		/^(?:'s|’s)?\s*(?:,|and|or|&)\s+(?:the\s+)?\p{Lu}/u.test(after)
	);
}

/** Others likely first: the people the report names most often. */
function byProminence(people: Person[], key: string): Person[] {
	return people
		.map((p) => ({ p, n: p.mentions.length, h: hashString(`${key}|${p.name}`) }))
		.sort((a, b) => b.n - a.n || a.h - b.h)
		.map(({ p }) => p);
}

/** "The Maersk Alabama", "(Scotland) Bill", "Hendrick Motorsports": a part of another name. */
function partOfName(text: string, at: number, end: number): boolean {
	const before = text.slice(0, at);
	const after = text.slice(end);
	return (
		/\bthe\s+$/i.test(before) ||
		/\($/.test(before) ||
		/^\)/.test(after) ||
		/^\s+\p{Lu}/u.test(after) ||
		(at > 0 && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before))
	);
}

interface Candidate {
	at: number;
	end: number;
	gap: () => Gap | null;
}

function personCandidates(
	sentence: Sentence,
	index: number,
	known: Person[],
	facts: Facts
): Candidate[] {
	const { text } = sentence;
	const { body } = facts;
	const found: Candidate[] = [];
	for (const person of facts.people) {
		for (const m of person.mentions) {
			if (m.sentence !== index) continue;
			const at = m.start - sentence.start;
			const end = m.end - sentence.start;
			const naming = body.slice(m.start, m.end);
			// A mention may be the whole sentence that names a speaker: only a name is a gap.
			if (text.slice(at, end) !== naming || !person.name.endsWith(naming)) continue;
			found.push({
				at,
				end,
				gap: () =>
					known.includes(person) && naming.includes(' ')
						? personGap(text, at, end, person, known, facts)
						: null
			});
		}
	}
	return found;
}

function personGap(
	text: string,
	at: number,
	end: number,
	person: Person,
	people: Person[],
	facts: Facts
): Gap | null {
	const naming = text.slice(at, end);
	if (/\bthe\s+$/i.test(text.slice(0, at)) || text.indexOf(naming, end) >= 0) return null;
	const rest = `${text.slice(0, at)} ${text.slice(end)}`;
	// "his 90th win": a pronoun after the name tells the gender when the name does not.
	const gender = genderOfPerson(person) ?? genderOf(text.slice(end));
	const wrong = otherPeople(byProminence(people, text), person, rest, gender, facts);
	return wrong.length < 2 ? null : { at, end, answer: person.name, wrong, which: 'Which name' };
}

const PLACE_WORD: Record<Place['kind'], string> = {
	country: 'Which country',
	city: 'Which city',
	region: 'Which region',
	other: 'Which place'
};

function placeCandidates(sentence: Sentence, index: number, places: Place[]): Candidate[] {
	const { text } = sentence;
	return places
		.filter((place) => place.sentence === index)
		.map((place) => {
			const at = place.start - sentence.start;
			const end = place.end - sentence.start;
			return { at, end, gap: () => placeGap(text, at, end, place, places) };
		});
}

function placeGap(
	text: string,
	at: number,
	end: number,
	place: Place,
	places: Place[]
): Gap | null {
	if (text.slice(at, end) !== place.name || partOfName(text, at, end)) return null;
	// "in London, England": the country only says where the city is.
	if (/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(0, at))) return null;
	if (text.indexOf(place.name, end) >= 0) return null;
	const wrong = places
		.filter(
			(p) =>
				p.kind === place.kind &&
				!containsWords(text, p.name) &&
				!containsWords(p.name, place.name) &&
				!containsWords(place.name, p.name)
		)
		.map((p) => p.name)
		.filter((name, i, all) => all.indexOf(name) === i)
		.slice(0, 3);
	return wrong.length < 2
		? null
		: { at, end, answer: place.name, wrong, which: PLACE_WORD[place.kind] };
}

/**
 * "Finnish politics … in ____": the place's adjective elsewhere in the stem or the headline names
 * it (Finnish, Chinese, Italian, Iraqi).
 */
function adjectiveOf(place: string, text: string): boolean {
	const head = place.slice(0, 3).toLowerCase();
	return [...text.matchAll(/\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ic|i|ch)(?!\p{L})/gu)].some(
		(m) => m[0] !== place && m[0].slice(0, 3).toLowerCase() === head
	);
}

/** "a ruling against the U.S. Treasury … in ____": the country named another way in the stem. */
function otherNameIn(place: string, stem: string): boolean {
	return [...COUNTRIES].some(
		([alias, country]) =>
			country === place &&
			alias !== place &&
			// As written: "US" is a name, "us" is not.
			wordsAt(stem, alias, NO_LETTER_BEFORE, NO_LETTER_AFTER).length > 0
	);
}

/** "Chinese Premier ", "French President ": a nationality and a title right before the gap. */
function nationalTitle(before: string): boolean {
	const word = /(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u.exec(before)?.[1];
	return word !== undefined && hasTag(word, 'Demonym');
}

/**
 * "U.S. president ____", "Prime Minister ____": a head of state or government is known to every
 * student by the office alone, so the other names are no options.
 */
function namedByOffice(before: string): boolean {
	return /\b(?:president|prime\s+minister|premier|chancellor|king|queen|pope|emperor|secretary-general)\s+$/i.test(
		before
	);
}

/** "After the talks in Baghdad, …": names in an opening clause are its setting, not its news. */
const OPENING_CLAUSE =
	/^(?:after|although|though|while|as|following|despite|since|because|when|before|amid|with|to)\b[^,]*,\s/i;

const SOURCE_AFTER =
	/^\s+(?:said|says|confirmed|stated|told|reported|announced|added|explained|wrote)\b/i;

/** The sentence with the gap, up to the end of its clause: "; reports suggested …" is another claim. */
function gapped(text: string, gap: Gap): string {
	const tail = text.slice(gap.end);
	const semi = tail.indexOf(';');
	const rest = semi >= 0 ? `${tail.slice(0, semi).trimEnd()}.` : tail;
	return `${text.slice(0, gap.at)}${GAP}${rest}`.trim();
}

function itemsOf(article: ArticleInput, ctx: StoryContext): Item[] {
	const { sentences, places } = article.facts;
	const known = knownPeople(article, ctx);
	const lead = leadIndex(article.facts);
	for (let i = lead; i < Math.min(sentences.length, lead + ASKED); i++) {
		const sentence = sentences[i] as Sentence;
		// Quoted words are asked as who said them.
		if (isFurniture(sentence.text) || /["“”]/.test(sentence.text)) continue;
		const words = sentence.text.split(/\s+/).length;
		// A caption ("Kofi Annan") is no event.
		if (words > MAX_WORDS || words < MIN_WORDS) continue;
		// The first name the sentence gives is what it is about ("Comoros … has invaded"); a later
		// one is a detail or the source ("…, her publicist Ana Lima said").
		const opening = OPENING_CLAUSE.exec(sentence.text)?.[0].length ?? 0;
		// A name the headline gives is no question: the student reads it above the quiz. The
		// next name the opening gives (where it happened, who else) is asked instead.
		const headline = article.facts.meta.title ?? '';
		const inHeadline = (c: Candidate) => namedIn(headline, sentence.text.slice(c.at, c.end));
		const first = [
			...personCandidates(sentence, i, known, article.facts),
			...placeCandidates(sentence, i, places)
		]
			// "the Libyan capital ____": the stem names the answer.
			.filter(
				(c) =>
					c.at >= opening &&
					!inHeadline(c) &&
					!/\bcapital(?:\s+city)?(?:\s+of)?,?\s+$/i.test(sentence.text.slice(0, c.at)) &&
					// "Chinese Premier ____": the nationality rules out every other option.
					!nationalTitle(sentence.text.slice(0, c.at)) &&
					!namedByOffice(sentence.text.slice(0, c.at))
			)
			.sort((a, b) => a.at - b.at)[0];
		if (!first || inList(sentence.text, first.at, first.end)) continue;
		// "…, her publicist Ana Lima confirmed", "Ana Lima, a pilot, said …": who tells the news
		// is asked as who said it, not as the news.
		const after = sentence.text.slice(first.end).replace(/^,\s[^,]{1,80},/, '');
		if (SOURCE_AFTER.test(after)) continue;
		const gap = first.gap();
		if (
			!gap ||
			adjectiveOf(gap.answer, `${headline} ${sentence.text}`) ||
			otherNameIn(gap.answer, gapped(sentence.text, gap))
		)
			continue;
		return [
			{
				id: itemId('what-happened', article.id, 'gap', sentence.text),
				type: 'what-happened',
				format: 'choice',
				prompt: `${gap.which} fills the gap in the opening of this report from ${article.outlet}? “${gapped(sentence.text, gap)}”`,
				answer: gap.answer,
				options: [gap.answer, ...gap.wrong],
				explanation: `${article.outlet} reports: ${sentence.text.trim()}`,
				citations: [cite(article, sentence)]
			}
		];
	}
	return [];
}

/** One item per article: the main event, asked once. */
export function leadItems(ctx: StoryContext): Item[] {
	return ctx.articles.flatMap((article) => itemsOf(article, ctx));
}
