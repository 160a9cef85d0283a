/**
 * Which capitalised names really are people. The name finder is generous on purpose (a speaker
 * must never be missed), so "Tower Hamlets", "Exxon Mobil" or a headline in title case reach the
 * registry too; before the list is reported, each name must show some sign of a person.
 */
import type { Person, Quote } from '../facts';
import { wordsAt } from '../regexp';
import { hasTag } from '../tags';

/** compromise's lexicon: a known given name, or a term it knows as a body or a place. */
function tagsOf(name: string): { firstName: boolean; organisation: boolean; place: boolean } {
	return {
		firstName: hasTag(name, 'FirstName'),
		organisation: hasTag(name, 'Organization'),
		place: hasTag(name, 'Place')
	};
}

/** No letter, apostrophe or hyphen joined on: a name inside a longer word is not the name. */
const NOT_JOINED_BEFORE = /(?<![\p{L}’'-])/uy;
const NOT_JOINED_AFTER = /(?![\p{L}’'-])/uy;

const count = (text: string, word: string): number =>
	wordsAt(text, word, NOT_JOINED_BEFORE, NOT_JOINED_AFTER).length;

/** The surname stands alone somewhere ("Okafor said"): people are named that way, bodies rarely. */
function surnameAlone(p: Person, body: string): boolean {
	const words = p.name.split(' ');
	const surname = words[words.length - 1] ?? '';
	return words.length > 1 && count(body, surname) > count(body, p.name);
}

/**
 * "University of Texas Arlington Amneh Jafari" leaves "Texas Arlington Amneh Jafari" to the name
 * finder: words that compromise knows as places, bodies, demonyms or the plurals institutions are named with, at the
 * front of a name of three words or more, belong to the institution before it. A known given
 * name stops the cut, so "Georgia Ann Lee" stays whole; two words always remain.
 */
const INSTITUTION_PLURALS =
	/^(?:Relations|Affairs|Studies|Services|Sciences|Rights|Resources|Industries|Nations|Forces|Arts|Sports|Games|Communications|Operations|Programs|Programmes)$/;

function withoutInstitution(name: string, before: string): string {
	const words = name.split(' ');
	// "Assistant Secretary for Acquisition Marvin Sambur" leaves "Acquisition Marvin Sambur",
	// "Minister for the Olympics Tessa Jowell" leaves "Olympics Tessa Jowell": after "for (the)",
	// "of", "at" or "on", the words before the first known given name are the title's.
	if (words.length > 2 && /\b(?:for|of|at|on)\s+(?:the\s+)?$/.test(before)) {
		const given = words.findIndex((w) => hasTag(w, 'FirstName'));
		if (given > 0 && words.length - given >= 2) return words.slice(given).join(' ');
	}
	let cut = 0;
	while (words.length - cut > 2) {
		const word = words[cut] ?? '';
		if (hasTag(word, 'FirstName') || hasTag(word, 'Honorific')) break;
		const institutional =
			hasTag(word, 'Place') ||
			hasTag(word, 'Organization') ||
			hasTag(word, 'Demonym') ||
			INSTITUTION_PLURALS.test(word);
		if (!institutional) break;
		cut++;
	}
	return words.slice(cut).join(' ');
}

/** "Ana Lima Corporation", "Internet Explorer 6": somewhere the name heads a company or a model. */
const THING_AFTER =
	/^\s+(?:\d{1,2}(?:\.\d)?(?![\d\-–:,.]*\d)\b|(?:Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|plc|PLC|Group|Company|Holdings|Airways|Airlines)\b)/u;

/** "Daily Telegraph", "New York Times", "Sunday Herald": a newspaper's name, not a person's. */
const OUTLET =
	/^(?:Daily|Sunday|Weekly|Evening|Morning)\s|\s(?:Telegraph|Times|Herald|Gazette|Journal|Tribune|Guardian|Chronicle|Observer|Courier|News)$/;

/**
 * "Élysée Palace, the President's official residence", "Friends Arena", "Atlantic Records": a
 * building, a place or a business named by what it is. A person named like one ("Charlotte
 * Church", "Ed Park") has a given name in it, and is kept.
 */
const FACILITY =
	/\s(?:Palace|Arena|Stadium|Stadion|Square|Street|Avenue|Boulevard|Bridge|Airport|Hospital|Hotel|Cathedral|Mosque|Temple|Synagogue|Museum|Tower|Centre|Center|Station|Prison|Jail|School|College|University|Institute|Library|Theatre|Theater|Castle|Gardens|Building|Base|Island|Islands|Mountains|River|Lake|Bay|Valley|Canal|Road|Highway|Harbour|Harbor|Dome|Park|Hall|House|Church|Field|Records|Studios|Pictures)$/;

function namesAPlace(name: string): boolean {
	return FACILITY.test(name) && !name.split(' ').some((word) => hasTag(word, 'FirstName'));
}

function namesAThing(name: string, body: string): boolean {
	return wordsAt(body, name, NOT_JOINED_BEFORE, NOT_JOINED_AFTER).some((at) =>
		THING_AFTER.test(body.slice(at + name.length, at + name.length + 16))
	);
}

/**
 * Keeps the people with a sign of personhood in the article (a role, a gendered title, quoted
 * words, a pronoun or surname that refers back) unless compromise knows the name as a body; with
 * no such sign, a name is kept only when it starts with a given name compromise knows. Quotes by
 * a known body keep their words and are marked as the organisation's.
 */
export function keepPeople(
	people: Person[],
	quotes: Quote[],
	referred: ReadonlySet<Person>,
	body: string
): Person[] {
	const kept: Person[] = [];
	for (const p of people) {
		const tags = tagsOf(p.name);
		const thing = namesAThing(p.name, body) || OUTLET.test(p.name) || namesAPlace(p.name);
		const signs = p.role !== null || p.gender !== null || referred.has(p) || surnameAlone(p, body);
		// compromise reads names out of context ("Helen Marsh" can be a place), so its lexicon
		// decides alone only when the article itself gives no sign either way.
		const keep =
			!thing &&
			(signs
				? tags.firstName || !tags.organisation
				: tags.firstName && !tags.organisation && !tags.place);
		if (keep) {
			const name = withoutInstitution(p.name, body.slice(Math.max(0, p.start - 12), p.start));
			if (name !== p.name) for (const q of quotes) if (q.speaker === p.name) q.speaker = name;
			kept.push(name === p.name ? p : { ...p, name, start: p.start + p.name.length - name.length });
			continue;
		}
		if (tags.organisation || thing)
			for (const q of quotes)
				if (q.speaker === p.name && q.speakerKind === 'person') q.speakerKind = 'organisation';
	}
	return kept;
}
