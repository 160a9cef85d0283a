/**
 * Whether a reader can tell who spoke without guessing. A quote carried to its speaker from an
 * earlier sentence ("…," she said) is right most of the time, but when another person is named
 * in between, or the pronoun does not fit, the extractor's guess is often wrong, and a who-said
 * question on a wrong guess teaches a wrong fact. Questions that name a speaker use only quotes
 * that pass here.
 */
import type { Facts, Person, Quote } from '../facts';
import { sameSpeaker } from './context';
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, escapeRegExp, wordsAt } from '../regexp';
import { remembered } from '../remember';

/** Inside the words of some quote: a person named in speech is not a speaker. */
function insideQuote(facts: Facts, at: number): boolean {
	return facts.quotes.some((q) => q.direct && at >= q.start && at < q.end);
}

/**
 * Where the article names a person outside quotation: their surname, or their role as a subject
 * ("The Iranian president attacked …"). Searched in the text, since a person's recorded mentions
 * include pronouns and whole sentences.
 */
function namedAt(facts: Facts, person: Person): number[] {
	let byPerson = named.get(facts);
	if (!byPerson) named.set(facts, (byPerson = new Map()));
	let at = byPerson.get(person);
	if (!at) byPerson.set(person, (at = findNamedAt(facts, person)));
	return at;
}

/** Each person is searched for once per article, not once for every quote judged. */
const named = new WeakMap<Facts, Map<Person, number[]>>();

function findNamedAt(facts: Facts, person: Person): number[] {
	// The matches of `(?<!\p{L})(?:<surname>(?!’s)|\b[Tt]he\s+<role>)(?!\p{L})`, left to right and
	// not overlapping, found without compiling a RegExp for every person of every article. An
	// owner ("Okafor’s sister said") is named, but the sentence is about someone else.
	const { body } = facts;
	const found: [start: number, end: number][] = [];
	const surname = lastWord(person.name);
	if (surname.length >= 2)
		for (const at of wordsAt(body, surname, NO_LETTER_BEFORE, NOT_OWNER, true))
			found.push([at, at + surname.length]);
	const role = person.role?.replace(/^(?:the|a|an)\s+/i, '').trim();
	if (role && role.split(/\s+/).length <= 5)
		for (const at of wordsAt(body, role, AFTER_THE, NO_LETTER_AFTER, true)) {
			let the = at;
			while (/\s/.test(body[the - 1] ?? '')) the--;
			found.push([the - 3, at + role.length]);
		}
	// At one place the surname comes first, as in the alternation; a stable sort keeps it so.
	found.sort((a, b) => a[0] - b[0]);
	const starts: number[] = [];
	let from = 0;
	for (const [start, end] of found)
		if (start >= from) {
			starts.push(start);
			from = end;
		}
	return starts.filter((at) => !insideQuote(facts, at));
}

/** No letter after, and no "’s": the name itself, not its owner's mark. */
const NOT_OWNER = /(?!\p{L}|['’]s\b)/uy;

/** Right after "the " or "The " that begins a word: where a role is named. */
const AFTER_THE = /(?<=(?<!\p{L})\b[Tt]he\s+)/uy;

/** "…," she said: the pronoun that does the saying must fit the speaker (a possessive need not). */
function fitsPronoun(sentence: string, quote: Quote, gender: Person['gender']): boolean {
	const verb = quote.cue?.split(/\s+/)[0];
	if (!verb || !gender) return true;
	const outside = sentence.replace(quote.text, ' ');
	const sayer = remembered(sayers, verb, (verb) => {
		const v = escapeRegExp(verb);
		return new RegExp(
			`\\b(he|she)\\s+(?:\\w+ly\\s+|also\\s+|then\\s+)?${v}\\b|\\b${v}\\s+(he|she)\\b`,
			'i'
		);
	});
	const found = sayer.exec(outside);
	const pronoun = (found?.[1] ?? found?.[2])?.toLowerCase();
	return !pronoun || (pronoun === 'she') === (gender === 'female');
}

/** One RegExp per verb ("said", "told"), not per quote. */
const sayers = new Map<string, RegExp>();

const SAY_VERB =
	'said|says|states|stated|told|tells|added|adds|explained|explains|wrote|writes|claimed|claims|insisted|argued';
/** "the source said", "said a resident", "the dog states": a speaker known by a common noun. */
const UNNAMED_SAYS = new RegExp(
	`\\b(?:the|a|an|one|another|this)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+\\s+(?:${SAY_VERB})\\b|\\b(?:${SAY_VERB})\\s+(?:the|a|an|one|another|this)\\s+[\\p{Ll}-]+`,
	'u'
);

/** Each quote is judged once: several question types ask about the same quote. */
const judged = new WeakMap<Quote, boolean>();

export function clearlyAttributed(facts: Facts, quote: Quote): boolean {
	let known = judged.get(quote);
	if (known === undefined) {
		known = judge(facts, quote);
		judged.set(quote, known);
	}
	return known;
}

function judge(facts: Facts, quote: Quote): boolean {
	const sentence = facts.sentences[quote.sentence];
	if (!sentence) return false;
	const speaker = personNamed(facts, quote.speaker);
	// The names written before the quote, nearest last: the speaker must be the last one.
	const counts = (p: Person) => p.kind === 'person' || p === speaker;
	const mentions = mentionsOf(facts);
	let end = firstAtOrAfter(mentions, quote.start);
	while (end > 0 && !counts((mentions[end - 1] as Mention).p)) end--;
	const outside = sentence.text.replace(quote.text, ' ');
	// "Okafor’s sister Greta said he …": an owner named beside the words is not their speaker.
	const surname = lastWord(quote.speaker);
	const inSentence = wordsAt(outside, surname, NO_LETTER_BEFORE, NOT_OWNER).length > 0;
	// "X's sister pleaded with him, but he replied …": another person named beside the quote.
	const others = namedInText(facts, outside).filter(
		(p) => p.kind === 'person' && p !== speaker && !sameSpeaker(p.name, quote.speaker)
	);
	if (!inSentence && others.some((p) => namesIn(p.name).some((w) => hasWord(outside, w))))
		return false;
	// "Coates said that …, Hood told her “…”": two people speak in the sentence, and whose words
	// the quotation holds (Hood's, as Coates tells them) is no fair question.
	if (inSentence && others.some((p) => saysInSentence(outside, p.name))) return false;
	if (!speaker) return inSentence;
	if (!fitsPronoun(sentence.text, quote, speaker.gender)) return false;
	// Named in the quote's own sentence, outside the quoted words: clear.
	if (inSentence) return true;
	const last = mentions[end - 1];
	if (!last) return false;
	// "Eventually, the dog states that “…”", "“…,” said the source. “…”": someone the report does
	// not name speaks after the last name, and the words are theirs, not the name's.
	if (UNNAMED_SAYS.test(facts.body.slice(last.start, quote.start))) return false;
	const from = last.sentence;
	// Carried from no further back than the paragraph before.
	if (sentence.paragraph - (facts.sentences[from]?.paragraph ?? -99) > 1) return false;
	if (last.p === speaker) return true;
	// "X's sharpest words were aimed at Y." then the quote: X, the sentence's subject, speaks.
	let first: Mention | undefined;
	for (let i = end - 1; i >= 0 && (mentions[i] as Mention).sentence === from; i--)
		if (counts((mentions[i] as Mention).p)) first = mentions[i];
	return first?.p === speaker && from === quote.sentence - 1;
}

/** The article's person of that name (by `sameSpeaker`), looked for once per speaker. */
function personNamed(facts: Facts, name: string): Person | undefined {
	let byName = people.get(facts);
	if (!byName) people.set(facts, (byName = new Map()));
	if (!byName.has(name))
		byName.set(
			name,
			facts.people.find((p) => sameSpeaker(p.name, name))
		);
	return byName.get(name);
}
const people = new WeakMap<Facts, Map<string, Person | undefined>>();

/**
 * The people a word of whose name stands in `text`: the only ones a test on the text's words
 * can find (each run of letters of a name is a key), so no quote checks every person.
 */
function namedInText(facts: Facts, text: string): Person[] {
	let byWord = nameWordIndex.get(facts);
	if (!byWord) {
		byWord = new Map();
		for (const p of facts.people)
			for (const word of new Set(p.name.match(LETTERS) ?? []))
				byWord.set(word, [...(byWord.get(word) ?? []), p]);
		nameWordIndex.set(facts, byWord);
	}
	const found = new Set<Person>();
	for (const word of new Set(text.match(LETTERS) ?? []))
		for (const p of byWord.get(word) ?? []) found.add(p);
	return [...found];
}
const nameWordIndex = new WeakMap<Facts, Map<string, Person[]>>();
const LETTERS = /\p{L}+/gu;

/** Where a person is named, and in which sentence. */
interface Mention {
	p: Person;
	start: number;
	sentence: number;
}

/** Every place a person is named, in the order of the text; read once per article. */
function mentionsOf(facts: Facts): Mention[] {
	let found = allMentions.get(facts);
	if (!found) {
		let i = 0;
		found = facts.people
			.flatMap((p) => namedAt(facts, p).map((start) => ({ p, start, sentence: -1 })))
			.sort((a, b) => a.start - b.start);
		// Both in order: one walk finds each name's sentence.
		for (const m of found) {
			while (i < facts.sentences.length && (facts.sentences[i]?.end ?? 0) <= m.start) i++;
			const s = facts.sentences[i];
			m.sentence = s && m.start >= s.start ? i : -1;
		}
		allMentions.set(facts, found);
	}
	return found;
}
const allMentions = new WeakMap<Facts, Mention[]>();

/** The index of the first mention at or after `at` (binary search). */
function firstAtOrAfter(mentions: Mention[], at: number): number {
	let [low, high] = [0, mentions.length];
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((mentions[mid] as Mention).start < at) low = mid + 1;
		else high = mid;
	}
	return low;
}

const SAYS = 'said|says|told|tells|added|recalled|explained|claimed|wrote|argued|stated|warned';

/**
 * "Coates said", "according to Coates", "King Hamad of Bahrain, who argued": the person speaks
 * in this sentence too.
 */
function saysInSentence(text: string, name: string): boolean {
	// What `(?<!\p{L})<surname>(?:…says…)|according to (?:\p{Lu}\S*\s+)?<surname>(?!\p{L})` finds,
	// without compiling a RegExp for every person and quote.
	const surname = lastWord(name);
	return (
		wordsAt(text, surname, NO_LETTER_BEFORE, SAYS_AFTER).length > 0 ||
		wordsAt(text, surname, AFTER_ACCORDING_TO, NO_LETTER_AFTER).length > 0
	);
}

const SAYS_AFTER = new RegExp(
	`(?:\\s+(?:${SAYS})\\b|(?:\\s+of\\s+[\\p{Lu}][\\p{L}-]*)?,\\s+who\\s+(?:${SAYS})\\b)`,
	'uy'
);
const AFTER_ACCORDING_TO = /(?<=according to (?:\p{Lu}\S*\s+)?)/uy;

/** The capitalised words of a name long enough to find in a sentence ("Thomas", "Sam"). */
function namesIn(name: string): string[] {
	return name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
}

/** `word` (letters only) stands alone in `text`. */
function hasWord(text: string, word: string): boolean {
	return wordsAt(text, word, NO_LETTER_BEFORE, NO_LETTER_AFTER).length > 0;
}

function lastWord(name: string): string {
	return (
		name
			.replace(/['’]s$/, '')
			.split(/\s+/)
			.at(-1) ?? name
	);
}
