/**
 * Sentences with a gap: the how-many, when and true-or-false questions show the article's own
 * sentence with one element removed or replaced, which keeps the prompt in the article's English.
 */
import type { Person, Sentence } from '../facts';
import type { Item } from '../schema';
import { DATELINE } from './salience';
import { balancedQuotes, containsWords, insideQuotes, nameParts } from './text';
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, wordsAt } from '../regexp';
import { hasTag } from '../tags';

export const GAP = '____';
const MAX_SENTENCE = 420;

/**
 * The sentence with body[start, end) replaced by `replacement`, or null when the span is not
 * inside the sentence or the sentence is too long or has unbalanced quotation marks.
 */
export function replaceInSentence(
	body: string,
	sentence: Sentence,
	start: number,
	end: number,
	replacement: string
): string | null {
	if (start < sentence.start || end > sentence.end || start >= end) return null;
	const text = body.slice(sentence.start, sentence.end);
	if (text.length > MAX_SENTENCE || !balancedQuotes(text)) return null;
	let before = text.slice(0, start - sentence.start);
	// "An ____ earthquake" rules out every option that does not start with a vowel sound.
	if (replacement === GAP) before = before.replace(/\b([Aa])n?(\s+)$/, '$1(n)$2');
	const out = before + replacement + text.slice(end - sentence.start);
	return out.replace(/\s+/g, ' ').trim();
}

/**
 * The sentence with `text`, found at body offset `start`, taken out; null when the body does not
 * hold exactly `text` there (offsets that drifted) or the sentence cannot take a gap.
 */
export function gapInSentence(
	body: string,
	sentence: Sentence,
	start: number,
	text: string
): string | null {
	if (body.slice(start, start + text.length) !== text) return null;
	return replaceInSentence(body, sentence, start, start + text.length, GAP);
}

/** The first run of digits (with thousands separators and decimals) in a number's text. */
export function digitsIn(text: string): { text: string; index: number; value: number } | null {
	const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
	if (!m) return null;
	const clean = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, '');
	const value = Number(clean);
	return Number.isFinite(value) ? { text: m[0].replace(/,$/, ''), index: m.index, value } : null;
}

const NUMBER_WORDS = [
	'',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "one" to "twenty" as a number; null for any other word. */
export function smallNumber(word: string): number | null {
	const n = NUMBER_WORDS.indexOf(word.toLowerCase());
	return n > 0 ? n : null;
}

/** 2–20 and the tens as a report writes them in words ("four", "thirty"); null otherwise. */
export function numberWord(n: number): string | null {
	if (Number.isInteger(n) && n >= 2 && n <= 20) return NUMBER_WORDS[n] ?? null;
	if (Number.isInteger(n) && n > 20 && n < 100 && n % 10 === 0) return TENS[n / 10] ?? null;
	return null;
}

/**
 * A count written as a word at the start of a number's text ("four regions", "Seven minutes"):
 * asked like a figure, in words. "One" is left alone: it is more often "one of" than a count.
 */
export function wordNumberIn(text: string): { text: string; index: number; value: number } | null {
	const m = /^[\p{L}]+/u.exec(text.trim());
	const word = m?.[0] ?? '';
	const lower = word.toLowerCase();
	const value =
		NUMBER_WORDS.indexOf(lower) > 1 ? NUMBER_WORDS.indexOf(lower) : TENS.indexOf(lower) * 10;
	if (!word || value < 2 || /-$/.test(text.trim().slice(word.length, word.length + 1))) return null;
	return { text: word, index: text.indexOf(word), value };
}

/**
 * Openers that lean on the sentence before: dropped, they change nothing the sentence states.
 * "So far three …" and "Still more …" keep theirs: there it is part of the phrase.
 */
const CONNECTIVE =
	/^(?:but|and|however|still(?! (?:more|fewer|less))|meanwhile|also|yet|so(?! (?:far|much|many|long|called|few|little))|moreover|instead),?\s+/i;
/**
 * A pronoun or demonstrative that names no one out of its article. "There are now 410 workers"
 * states a fact; "There, police found …" points back to a place.
 */
const DANGLING =
	/^(?:(?:of|among|for|in|from|with|despite|because of|after|besides|unlike)\s+(?:this|that|those|them|these|which|it)\b|another\s+(?:added|said|says|told|noted|explained|wrote)|this|that|these|those|it|its|they|their|them|such|there(?!\s+(?:is|are|was|were|have been|has been|had been|will be|remain|remains|remained)\b))\b/i;
const ATTRIBUTION = /,\s+(he|she|they)\s+(said|says|added|told [^,.]{1,40}|warned|noted)\.$/i;

/**
 * A sentence made to stand alone as a prompt: a leading "He"/"She" (and a trailing ", he said")
 * replaced by the person the article means, openers such as "But" dropped. Null when a leading
 * "This", "It" or an unresolved pronoun would leave the reader asking who or what.
 */
export function standAlone(text: string, sentence: Sentence, people: Person[]): string | null {
	// "WASHINGTON – Today, …": the dateline belongs to the report, not to the question.
	let out = text.replace(DATELINE, '').replace(CONNECTIVE, '');
	out = out.charAt(0).toUpperCase() + out.slice(1);
	// The person the extractor resolved a pronoun at [from, to) of the sentence to. Never one the
	// sentence names: "He met Ana Kovac in 1993" is not about her.
	const mentioned = (from: number, to: number) =>
		people.find(
			(p) =>
				p.kind === 'person' &&
				p.mentions.some((m) => m.start >= from && m.start < to) &&
				!nameParts(p.name).some((part) => containsWords(sentence.text, part))
		);
	const lead = /^(he|she|his|her)\b/i.exec(out);
	if (lead) {
		const who = mentioned(sentence.start, sentence.start + 12);
		if (!who) return null;
		const name = /^(his|her)$/i.test(lead[1] ?? '') ? `${who.name}'s` : who.name;
		out = name + out.slice(lead[0].length);
	}
	if (DANGLING.test(out)) return null;
	out = withFullNames(out, people);
	const tail = ATTRIBUTION.exec(out);
	if (tail) {
		const who = mentioned(sentence.end - tail[0].length, sentence.end);
		out = who
			? `${out.slice(0, tail.index)}, ${who.name} ${tail[2]}.`
			: `${out.slice(0, tail.index)}.`;
	}
	return out;
}

/**
 * "Brandt said …" shown alone: who Brandt is, the sentences before said. A surname the
 * sentence gives alone, as someone doing something ("Brandt said", "Brandt's office") and
 * belonging to one person only, is written as their full name, once, outside quoted words: the
 * student meets "Steve Brandt said …". "Rice prices rose" keeps its rice.
 */
function withFullNames(text: string, people: Person[]): string {
	let out = text;
	for (const [surname, p] of surnamesOf(people)) {
		if (out.includes(p.name)) continue;
		const at = wordsAt(out, surname, NO_LETTER_BEFORE, NO_LETTER_AFTER).find((i) => {
			const next = /^(?:['’]s\b|\s+(\p{Ll}+))/u.exec(out.slice(i + surname.length));
			return (
				next &&
				(!next[1] || hasTag(next[1], 'Verb')) &&
				!/\p{Lu}[\p{L}.]*\s+$/u.test(out.slice(0, i).replace(TITLE_BEFORE, '')) &&
				!insideQuotes(out.slice(0, i))
			);
		});
		if (at !== undefined) out = out.slice(0, at) + p.name + out.slice(at + surname.length);
	}
	return out;
}

/**
 * Per article, read once: each surname that belongs to one person of several words and to no
 * word of anyone else's name ("Park" of three Parks belongs to none).
 */
function surnamesOf(people: Person[]): Map<string, Person> {
	let bySurname = surnames.get(people);
	if (!bySurname) {
		const persons = people.filter((p) => p.kind === 'person' && p.name.includes(' '));
		const owners = new Map<string, number>();
		for (const p of persons)
			for (const word of new Set(p.name.split(' '))) owners.set(word, (owners.get(word) ?? 0) + 1);
		bySurname = new Map();
		for (const p of persons) {
			const surname = p.name.split(' ').at(-1) ?? '';
			if (/^\p{Lu}\p{Ll}{2,}$/u.test(surname) && owners.get(surname) === 1)
				bySurname.set(surname, p);
		}
		surnames.set(people, bySurname);
	}
	return bySurname;
}
const surnames = new WeakMap<Person[], Map<string, Person>>();

/** "President Trump's": a title before a surname stays, and the given name goes between. */
const TITLE_BEFORE =
	/(?:President|Prime Minister|Minister|Judge|Sheriff|Mayor|Governor|Senator|General|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor)\s+$/u;

/** "an" before "8", "11", "18,000", "eight", "an hour"; "a" before "one", "a union", "110". */
function takesAn(word: string): boolean {
	if (/^\d/.test(word)) return /^8/.test(word) || /^1[18](?![\d])/.test(word);
	if (/^(?:one|once|uni|use|usu|eu|ewe)/i.test(word)) return false;
	return /^[aeiou]/i.test(word) || /^(?:hour|honest|heir|honou?r)/i.test(word);
}

/**
 * "a(n) ____" with the article every option takes: "a(n)" hides which option fits, and reviewers
 * read it as a template's stutter. A typed answer keeps it: the article would hint at the word.
 */
export function settleArticle(item: Item): Item {
	if (!item.prompt.includes(`(n) ${GAP}`) || item.format !== 'choice' || !item.options?.length)
		return item;
	const an = item.options.map(takesAn);
	if (!an.every((x) => x === an[0])) return item;
	return { ...item, prompt: item.prompt.replace(`(n) ${GAP}`, `${an[0] ? 'n' : ''} ${GAP}`) };
}
