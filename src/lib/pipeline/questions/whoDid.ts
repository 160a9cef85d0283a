/**
 * Who did it: a main event with its doer taken out ("Who resigned on Monday after …?"), the doer
 * a person the article names, the wrong options the story's other people. A lead is hard to ask
 * as "What did X do?" (wrong acts must be found elsewhere in the text); the other people of the
 * story are always at hand, and which of them did what is what a reader should remember.
 */
import type { Facts, Person, Sentence } from '../facts';
import { hashString } from '../random';
import type { Item } from '../schema';
import { cite } from './citations';
import { clauseOf, coreOf, SPEECH_VERB } from './clauses';
import { givenName, namedBesideDeath, seemsAPerson } from './distractors';
import { isNamed, plainName, sameSpeaker, type ArticleInput, type StoryContext } from './context';
import { itemId } from './ids';
import { isFurniture, leadIndex } from './salience';
import { wordsAt } from '../regexp';
import { ROLE_NOUNS, TITLES } from '../extract/lexicon';
import { containsWords, nameParts } from './text';
import { hasTag, verbsOf } from '../tags';

/** Sentences from the lead on that may be asked, and the longest event asked. */
const SCANNED = 10;
const MAX_WORDS = 30;

/** "Co-founder of Google, " or "French driver " before the name: a role, not a clause with a verb. */
function roleOnly(prefix: string): boolean {
	const text = prefix.trim().replace(/,$/, '');
	if (!text) return true;
	// "Astronaut Ana Lima and cosmonaut …": one of several doers is not the answer.
	if (text.split(/\s+/).length > 8 || /[;:"“”&]|\band\b/.test(text)) return false;
	return noVerb(text);
}

const noVerb = (text: string): boolean => verbsOf(text).length === 0;

/** ", 14," or ", the party's leader," right after the name. */
const APPOSITIVE = /^,\s[^,]{1,80},(?=\s)/;
/** ", dubbed the Iron Lady," or ", known as …,": a name given, not an event. */
const NICKNAME = /^,\s(?:dubbed|nicknamed|known as|called|aged)\s[^,]+,$/;
/** Ends that show the event was cut short ("will remove mention of"). */
const CUT = /\s(?:of|the|a|an|and|or|to|with|for|as|by|from|that|which|who|in|on|at)$/i;
/** ", and a teacher thought …": a second clause with its own subject, which is another event. */
const SECOND_CLAUSE =
	/,\s+(?:and|but)\s+(?:a|an|the|his|her|their)\s+[\p{L}-]+(?:\s+\p{L}+ly)?\s+(?:\p{L}+ed|was|were|had|has|is|are|thought|said|made|took|gave)\b.*$/u;
/** An adverb between doer and verb ("personally met") stays with the event. */
const ADVERB = /^\p{L}+ly$/u;

interface Event {
	person: Person;
	/** "died on Friday night at age 25" */
	event: string;
	/** "On October 5, 2014": the time phrase the sentence began with, for the question. */
	when: string;
}

/**
 * Where the sentence names each person it mentions: the full name the extractor found there, or
 * the surname alone ("Bianchi collided with …", never the tail of "Lucien Bianchi") when only
 * one person named earlier bears it.
 */
function namings(
	index: number,
	people: Person[],
	body: string,
	text: string
): { person: Person; naming: string; at: number }[] {
	const out: { person: Person; naming: string; at: number }[] = [];
	for (const person of people) {
		for (const m of person.mentions) {
			const naming = body.slice(m.start, m.end);
			if (m.sentence === index && text.includes(naming))
				out.push({ person, naming, at: text.indexOf(naming) });
		}
		const last = person.name.split(' ').at(-1) ?? '';
		const earlier = people.filter((p) => p.sentence < index && p.name.split(' ').at(-1) === last);
		// Searched only then: a RegExp compiled for every person in every sentence was much of
		// who-did's time.
		if (earlier.length !== 1 || earlier[0] !== person) continue;
		const alone = wordsAt(text, last, NOT_AFTER_CAPITALISED, NOT_POSSESSIVE)[0];
		if (alone !== undefined) out.push({ person, naming: last, at: alone });
	}
	return out.filter(({ naming }) => /^\p{Lu}/u.test(naming));
}

/** The surname alone, as `(?<![\p{Lu}][\p{L}.'’-]*\s)\b<surname>\b(?!['’])` finds it. */
const NOT_AFTER_CAPITALISED = /(?<![\p{Lu}][\p{L}.'’-]*\s)\b/uy;
const NOT_POSSESSIVE = /\b(?!['’])/uy;

/** "At the late portion of the race, " before the doer: where or when, kept in the question. */
const SETTING = /^(?:at|in|during|after|before|on|near|inside|outside)\s[^,;:"“”]{2,90},\s$/i;

/**
 * "finished second, followed by Ana Lima and …", "buried in Janzur, west of Tripoli": a tail
 * after a comma that only adds company, circumstance or place is dropped; any other comma ("had plates, which protect …, confiscated") leaves an
 * event that cannot be cut without changing it, and a blind review rejected every such stem.
 */
const TAIL =
	/,\s+(?:followed by|with|while|as|after|before|and|but|ahead of|behind|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b.*$/i;

/** ", two years after her boat capsized": a time that reads whole in the question. */
const TIME_TAIL =
	/^[^,]+,\s+(?:[\p{L}-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b[^,]*$/iu;

function withoutTail(event: string): string | null {
	if (TIME_TAIL.test(event)) return event;
	const cut = event.replace(TAIL, '');
	if (cut.includes(',') || cut.split(/\s+/).length < 2) return null;
	return cut;
}

/** The event of a sentence whose subject is one named person, or null. */
function eventOf(sentence: Sentence, index: number, people: Person[], body: string): Event | null {
	// Quoted words cut the clause short ("asked how such documents …"): who-said asks those.
	if (isFurniture(sentence.text) || /["“”]/.test(sentence.text)) return null;
	const { text, when } = coreOf(sentence.text);
	for (const { person, naming, at } of namings(index, people, body, text)) {
		const prefix = text.slice(0, at);
		const setting = SETTING.test(prefix) && noVerb(prefix) ? prefix.trim().replace(/,$/, '') : '';
		if (!setting && !roleOnly(prefix)) continue;
		// "The envoy, Ana Lima, said …": the name is itself the apposition, so only its comma goes.
		let after = text.slice(at + naming.length);
		const appositive = APPOSITIVE.exec(after)?.[0] ?? '';
		if (/,\s*$/.test(prefix)) after = after.replace(/^,/, '');
		else if (appositive && (noVerb(appositive) || NICKNAME.test(appositive)))
			after = after.slice(appositive.length);
		// "Ruto, named by the report for buying the guns, dismissed …": a description the
		// appositive pattern could not lift would be read as the event.
		if (after.startsWith(',')) continue;
		const c = clauseOf(`${naming}${after}`, { passive: true });
		// "citing it as …" is no finite verb: the clause's own verb was taken as an apposition.
		if (!c || SPEECH_VERB.test(c.infinitive) || /^\p{L}+ing$/u.test(c.verb)) continue;
		const extra = c.subject.slice(naming.length).trim();
		if (!c.subject.startsWith(naming) || (extra && !ADVERB.test(extra))) continue;
		const event = withoutTail(
			`${extra ? `${extra} ` : ''}${c.predicate}`.replace(SECOND_CLAUSE, '')
		);
		if (
			!event ||
			event.split(/\s+/).length > MAX_WORDS ||
			/[;"“”]/.test(event) ||
			CUT.test(event) ||
			// "… when it came under attack": the doer is a ship or a body, not one of the people.
			/\b(?:it|its|itself)\b/i.test(event)
		)
			return null;
		return { person, event, when: [when, setting].filter(Boolean).join(', ') };
	}
	return null;
}

const isRoleWord = (word: string): boolean =>
	ROLE_NOUNS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase());

/** "his", "her": a pronoun in the event that rules out people of the other gender. */
export function genderOf(event: string): 'male' | 'female' | null {
	if (/\b(?:he|him|his|himself)\b/i.test(event)) return 'male';
	if (/\b(?:she|her|hers|herself)\b/i.test(event)) return 'female';
	return null;
}

/** The gender the report gives (a title, a pronoun), else what compromise knows of the given name. */
export function genderOfPerson(p: Person): 'male' | 'female' | null {
	if (p.gender) return p.gender;
	const first = p.name.split(' ')[0] ?? '';
	return hasTag(first, 'MaleName') ? 'male' : hasTag(first, 'FemaleName') ? 'female' : null;
}

/**
 * Up to three of `ordered`, in that order, who could stand in `person`'s place in `text` (the
 * sentence around the gap): never the same person under another name, nor someone `text` names
 * ("Who collided with the car of Adrian Sutil?" cannot be Adrian Sutil), of the other `gender`, or
 * named only beside a death.
 */
export function otherPeople(
	ordered: Person[],
	person: Person,
	text: string,
	gender: 'male' | 'female' | null,
	facts: Facts
): string[] {
	return (
		ordered
			.filter(
				(p) =>
					!sameSpeaker(p.name, person.name) &&
					!nameParts(p.name).some((part) => containsWords(text, part)) &&
					!(gender && (genderOfPerson(p) ?? gender) !== gender) &&
					!namedBesideDeath(p, facts)
			)
			.map((p) => p.name)
			// One person the report spells two ways is one option.
			.filter((name, i, all) => !all.slice(0, i).some((other) => sameSpeaker(other, name)))
			.slice(0, 3)
	);
}

/** People a reader knows by full name: the answer and every wrong option of a "who" question. */
export function knownPeople(article: ArticleInput, ctx: StoryContext): Person[] {
	const { body } = article.facts;
	return article.facts.people.filter(
		(p) =>
			p.kind === 'person' &&
			p.name.includes(' ') &&
			isNamed(p.name) &&
			plainName(p.name, body) === p.name &&
			// "Central Press Club": a body named by what it is.
			seemsAPerson(ctx, p.name) &&
			// "Ada County Prosecuting Attorney": a run of capitals ending in a role is no one's name.
			!isRoleWord(p.name.split(' ').at(-1) ?? '') &&
			// A name alone may be a ship, a law or a storm: only someone shown to be a person.
			(p.role !== null ||
				p.gender !== null ||
				givenName(p.name) ||
				ctx.speakers.some((s) => s.kind === 'person' && sameSpeaker(s.name, p.name)))
	);
}

function itemsOf(article: ArticleInput, ctx: StoryContext): Item[] {
	const { sentences, body } = article.facts;
	const people = knownPeople(article, ctx);
	if (people.length < 3) return [];
	const items: Item[] = [];
	const lead = leadIndex(article.facts);
	for (let i = lead; i < Math.min(sentences.length, lead + SCANNED); i++) {
		const sentence = sentences[i] as Sentence;
		const found = eventOf(sentence, i, people, body);
		if (!found) continue;
		const { person, event, when } = found;
		// "announced … today": out of the article, "today" names no day.
		if (/\b(?:yesterday|today|tomorrow|tonight)\b/i.test(event)) continue;
		// "All except Reisman will return": the named one is the one who did not.
		if (/\b(?:except|apart from|other than|but not|save for)\b/i.test(sentence.text)) continue;
		const ordered = people
			.map((p) => ({ p, h: hashString(`${sentence.text}|${p.name}`) }))
			.sort((a, b) => a.h - b.h)
			.map(({ p }) => p);
		const wrong = otherPeople(ordered, person, event, genderOf(event), article.facts);
		if (wrong.length < 2 || nameParts(person.name).some((part) => containsWords(event, part)))
			continue;
		const time = when ? `${when.charAt(0).toUpperCase()}${when.slice(1)}, who` : 'Who';
		items.push({
			id: itemId('who-did', article.id, sentence.text),
			type: 'who-did',
			format: 'choice',
			prompt: `${time} ${event}, according to ${article.outlet}?`,
			answer: person.name,
			options: [person.name, ...wrong],
			explanation: `${article.outlet} reports: ${sentence.text.trim()}`,
			citations: [cite(article, sentence)]
		});
	}
	return items;
}

export function whoDidItems(ctx: StoryContext): Item[] {
	return ctx.articles.flatMap((article) => itemsOf(article, ctx));
}
