import { NO_LETTER_AFTER, NO_LETTER_BEFORE, wordsAt } from '../regexp';
import type { Person, SpeakerKind, Span } from '../facts';
import {
	FEMALE_TITLES,
	MALE_TITLES,
	NOT_NAME,
	PRONOUNS,
	ROLE_NOUNS,
	SPEAKER_NOUNS
} from './lexicon';
import { lookupEntity } from './gazetteer';
import { findPeople, type PeopleRegistry } from './people';
import { hasTag } from '../tags';

/**
 * A surname that opens a sentence: acting ("Mugabe left"), or owning what the sentence is about
 * ("Franklin's career was …"); either way the paragraph is about them. Not an owner of the
 * sentence's subject: "Reid's father Norrie said" is about the father.
 */
const SENTENCE_START = /(?<=(?:^|[.!?][”"’]?\s+))/uy;
const KIN =
	'father|mother|son|daughter|brother|sister|wife|husband|partner|family|parents|uncle|aunt|cousin|grandfather|grandmother|step-?father|step-?mother|girlfriend|boyfriend|fianc[eé]e?|friend|friends|widow|widower|children|relatives';
const ACTING_AFTER = new RegExp(
	`(?=\\s+\\p{Ll}|['’]s\\s+(?!(?:former\\s+|late\\s+)?(?:${KIN}|${[...ROLE_NOUNS].join('|')})\\b)\\p{Ll})`,
	'uy'
);

/** "residents", "local officials", "the police": people spoken of as a group. */
export const GROUP_RE =
	/^(?:the\s+|some\s+|many\s+|several\s+)?(?:[\p{L}’'-]+\s+){0,2}(?:groups|traders|residents|farmers|analysts|economists|experts|investors|critics|activists|witnesses|sources|diplomats|medics|doctors|officials|observers|campaigners|unions|employers|scientists|researchers|authorities|lawmakers|protesters|organisers|organizers|rescuers|police|agencies|charities|lawyers|attorneys|prosecutors|teachers|parents|patients|nurses|fans|players|voters|companies|banks|airlines|insurers|retailers|manufacturers|landlords|tenants)$/iu;

/**
 * The gender a given name suggests ("Nicolas Sarkozy", "Carla Bruni"), or null. A suggestion
 * only: "Kim Jong-un" puts the family name first (a hyphenated given name after it says so).
 */
function givenNameGender(p: Person): 'male' | 'female' | null {
	const words = p.name.split(/\s+/);
	const first = words[0] ?? '';
	if (words.length < 2 || words.slice(1).some((w) => w.includes('-')) || FAMILY_FIRST.has(first))
		return null;
	const male = hasTag(first, 'MaleName');
	const female = hasTag(first, 'FemaleName');
	return male === female ? null : male ? 'male' : 'female';
}

/** A paragraph that opens with the pronoun itself. */
const OPENS_WITH = { male: /^\s*He\b/, female: /^\s*She\b/ };

/** Family names that open East Asian names ("Kim Min-ho"), which compromise lists as given names. */
const FAMILY_FIRST = new Set(['Kim', 'Nguyen', 'Lin', 'Wei']);

/** A role that names a gender ("spokeswoman") must agree with the pronoun. */
function roleFits(role: string | null, gender: 'male' | 'female'): boolean {
	const words = (role ?? '').toLowerCase().split(/\s+/);
	const other = gender === 'male' ? FEMALE_TITLES : MALE_TITLES;
	return !words.some((w) => other.has(w));
}

export interface Speaker {
	name: string;
	role: string | null;
	kind: SpeakerKind;
	person: Person | null;
}

/** Remembers who spoke last and who was named last, to resolve "she", "Lopez", "the envoy". */
export class Coref {
	lastSpeaker: Speaker | null = null;
	lastSpeakerParagraph = -1;
	/** Body offset where the last speaker's words ended. */
	lastSpeakerAt = -1;
	private paragraph = -1;
	private paragraphStart = 0;
	/** People who speak or are referred back to (pronoun, surname, role noun): a sign of a person. */
	readonly referred = new Set<Person>();
	/** `text` is the article body: a lone name must be written with a capital mid-sentence there. */
	constructor(
		readonly registry: PeopleRegistry,
		private readonly text = ''
	) {}

	/**
	 * "Dodds wrote", "his older sister Zaynab remarked": one capitalised word the name finder
	 * cannot take for a person (it wants two), but the report writes it with a capital after a
	 * lower-case word somewhere, so it is a name, never "Critics" or "Officials" opening a sentence.
	 */
	private loneName(word: string): boolean {
		if (PRONOUNS[word.toLowerCase()] || NOT_NAME.has(word.toLowerCase()) || lookupEntity(word))
			return false;
		// "the University of Tennessee, Knoxville, has": set off by commas after a name, a place;
		// "Ant-Man and the Wasp": a person is not "the" anyone.
		return new RegExp(
			`(?:\\p{Ll}(?<!\\b(?:the|a|an))|(?<!\\p{Lu}[\\p{L}.]*),)\\s+${word}\\b(?![’'-])|,\\s+${word}\\b(?![’'-,])`,
			'u'
		).test(this.text);
	}

	/** Records who spoke last, so "he said" or an unattributed quote can follow them. */
	spoke(sp: Speaker, paragraph: number, at: number): void {
		this.lastSpeaker = sp;
		this.lastSpeakerParagraph = paragraph;
		this.lastSpeakerAt = at;
	}

	/** Someone named since the last speaker spoke: a pronoun may mean them instead. */
	private namedSince(at: number): boolean {
		return this.registry.people.some((p) =>
			p.mentions.some((m) => m.start > this.lastSpeakerAt && m.start < at)
		);
	}

	private fromPerson(p: Person, span: Span): Speaker {
		this.referred.add(p);
		p.mentions.push(span);
		return { name: p.name, role: p.role, kind: 'person', person: p };
	}

	/**
	 * The most recent person a pronoun can refer to: the last speaker first, then by recency. A new
	 * paragraph that names someone else first ("Kane won the award. He said …") means them.
	 */
	private pronoun(gender: 'male' | 'female', at: number, end = at): Person | null {
		// "She called on Nicolas Sarkozy …, she stated": a man's given name rules him out, unless
		// no one else can be meant.
		return this.pronounOf(gender, at, end, true) ?? this.pronounOf(gender, at, end, false);
	}

	private pronounOf(
		gender: 'male' | 'female',
		at: number,
		end: number,
		byGivenName: boolean
	): Person | null {
		// "He also criticises Bush for …": one named after the pronoun in its own clause is someone
		// else.
		const own = this.text.slice(at, end);
		const said = own.search(gender === 'male' ? /\b[Hh]e\b/ : /\b[Ss]he\b/);
		// Only in the pronoun's own clause: "he declares …, whom Martin praises" may still be Martin.
		const later = said >= 0 ? (own.slice(said + 3).split(/[,;:]/)[0] ?? '') : '';
		const namedLater = (p: Person): boolean => {
			const surname = p.name.split(/\s+/).pop() ?? '';
			return (
				surname.length > 1 && wordsAt(later, surname, NO_LETTER_BEFORE, NO_LETTER_AFTER).length > 0
			);
		};
		const fits = (p: Person): boolean => {
			const known = p.gender ?? (byGivenName ? givenNameGender(p) : null);
			return (known === null || known === gender) && !namedLater(p);
		};
		let best: Person | null = null;
		let bestAt = -1;
		for (const p of this.registry.people) {
			const m = p.mentions.filter((x) => x.start < at).pop();
			if (m && m.start > bestAt && fits(p)) [best, bestAt] = [p, m.start];
		}
		const last = this.lastSpeaker?.person;
		// "She called on Sarkozy to … “…,” she stated": a paragraph that opens with the same
		// pronoun carries on whoever it meant before, not the first name after it.
		const opensWithIt = OPENS_WITH[gender].test(this.text.slice(this.paragraphStart, at));
		if (this.paragraph !== this.lastSpeakerParagraph && !opensWithIt) {
			// The subject comes first: "Kane won the Man of the Match award. He said …" is Kane.
			const from = Math.max(this.paragraphStart, this.lastSpeakerAt + 1);
			let first: Person | null = null;
			let firstAt = Infinity;
			// "Mugabe left the offer …": a surname alone opening a sentence is a mention the name
			// finder, which wants two words, did not list.
			const span = this.text.slice(from, at);
			for (const p of this.registry.people) {
				const m = p.mentions.find((x) => x.start >= from && x.start < at);
				const surname = p.name.split(/\s+/).pop() ?? '';
				const acting =
					surname.length > 1 && p.name.includes(' ')
						? wordsAt(span, surname, SENTENCE_START, ACTING_AFTER)[0]
						: undefined;
				const start = Math.min(
					m?.start ?? Infinity,
					acting === undefined ? Infinity : from + acting
				);
				if (start < firstAt && fits(p)) [first, firstAt] = [p, start];
			}
			if (first) return this.unlessNamedSince(first, at);
		}
		if (last && fits(last)) return this.unlessNamedSince(last, at);
		return best && this.unlessNamedSince(best, at);
	}

	/**
	 * "Bruno Mars paid tribute …. While performing, Adele stopped …. She later apologised": a lone
	 * name acting after the person's last mention is who "she" means, and the name finder, which
	 * wants two words, never listed her. Better no speaker than the wrong one.
	 */
	private unlessNamedSince(p: Person, at: number): Person | null {
		const from = p.mentions.filter((m) => m.start < at).pop()?.end ?? at;
		const between = this.text.slice(from, at);
		for (const m of between.matchAll(
			/(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{Ll}’'-]+)\s+(?:\p{Ll}+ed|said|says|was|is|has|had)\b/gu
		)) {
			const word = m[1] ?? '';
			if (!this.registry.bySingleName(word) && this.loneName(word)) return null;
		}
		return p;
	}

	/** Tells the resolver which paragraph it is reading. */
	enter(paragraph: number, start: number): void {
		if (paragraph === this.paragraph) return;
		this.paragraph = paragraph;
		this.paragraphStart = start;
	}

	/**
	 * Who a subject phrase names: "She", "Lopez", "Deputy Envoy, Maria Lopez,",
	 * "the European Union", "a senior EU official", "the envoy". Null when it names no speaker.
	 */
	resolve(raw: string, span: Span): Speaker | null {
		const phrase = raw
			// What follows a quotation: "“…,” she said, adding" -> "she".
			.replace(/^[^]*_[”"’']?/, '')
			.replace(/^[\s,—–-]+|[\s,—–-]+$/g, '')
			.replace(/^(?:and|but|so|then|also|however|meanwhile|moreover|still|yet)\s+/i, '')
			// "Several hundred business leaders Tuesday (said)": the day is not part of the name.
			.replace(
				/(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+$/i,
				''
			)
			// Adverbs between subject and verb: "The ambassador also warned".
			.replace(
				/(?:\s+(?:also|later|then|again|further|previously|repeatedly|separately|meanwhile|however|now|still|too|nevertheless|nonetheless|reportedly|recently|earlier|publicly|privately|subsequently|immediately|strongly|firmly|flatly|openly|once|had|has|have|would|will|could|may|might))+$/i,
				''
			);
		if (!phrase) return null;
		// "for what he calls": the pronoun is the subject.
		// "Speaking about the victims he (said)": a pronoun that ends the phrase is its subject.
		const clausePronoun = /(?:\b(?:what|as|whom?|which)|[\p{Ll}\d])\s+(he|she|they)$/iu.exec(
			phrase
		)?.[1];
		if (clausePronoun) return this.resolve(clausePronoun, span);
		const sp = this.resolvePhrase(phrase, span);
		if (sp) return sp;
		// "The broadcasts began in May and South Korea (says)": the subject of the last clause, which
		// may carry its own apposition ("…, while Ana Lima, head of the police, promised").
		const lastClause = /.*\s(?:and|but|while|whereas|so)\s+(.+)$/.exec(phrase)?.[1];
		return lastClause && lastClause.split(/\s+/).length <= (lastClause.includes(',') ? 10 : 6)
			? this.resolvePhrase(lastClause, span)
			: null;
	}

	private resolvePhrase(phrase: string, span: Span): Speaker | null {
		// A long run-up ("Despite the assertion …, President Ana Lima on Thursday"): the last clause.
		if (phrase.split(/\s+/).length > 16) {
			const tail = phrase.split(/,(?!\d)\s*/).pop() ?? '';
			const named = tail.split(/\s+/).length <= 8 && findPeople(tail).length > 0;
			return named && tail !== phrase ? this.resolvePhrase(tail, span) : null;
		}
		// "Mary Lou McDonald, leader of the Sinn Féin party said": a role set after the name (its
		// closing comma missing) is not the subject; the name before it is. So for "Ana Lima, 47,
		// legal chair of …" (an age between) and "Ana Lima, Ben Ode's step-mother," (a role owned
		// by someone else).
		const parts = phrase.split(/,(?!\d)\s*/).filter((x) => !/^\s*\d{1,3}\s*$/.test(x));
		const before = parts.at(-2)?.trim() ?? '';
		const role = parts.at(-1)?.trim() ?? '';
		if (
			parts.length >= 2 &&
			(/^(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(role) ||
				/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s+\p{Ll}/u.test(role)) &&
			findPeople(before)[0]?.name === before
		)
			return this.resolvePhrase(before, span);
		// The name nearest the verb is the subject: "On her Green Fund project, Dr Okoro told".
		const lastClause =
			phrase
				.split(/,(?!\d)\s*/)
				.pop()
				?.trim() ?? '';
		if (/^\p{Lu}[\p{Ll}’'-]+$/u.test(lastClause) && !PRONOUNS[lastClause.toLowerCase()]) {
			const p = this.registry.bySingleName(lastClause);
			if (p) return this.fromPerson(p, span);
		}
		// "El Paso's police chief Greg Allen": an owner before a later name is not the subject.
		const own = (text: string) =>
			findPeople(text).filter(
				(c, i, all) => i === all.length - 1 || !/^['’]s\b/.test(text.slice(c.end))
			);
		for (const c of [...own(lastClause), ...own(phrase).reverse()]) {
			const known =
				this.registry.people.find((p) => p.name === c.name) ??
				(c.name.includes(' ') ? null : this.registry.bySurname(c.name));
			if (known) return this.fromPerson(known, span);
		}
		// "The agency, which fined the firm last year, said": the relative clause is not the subject.
		const segments = phrase
			.split(/,(?!\d)\s*/)
			.filter((x) => x && !/^(?:who|which|whose|where|set up|founded|based)\b/i.test(x));
		const tail = (segments[segments.length - 1] ?? '')
			.trim()
			.replace(/^(?:and|but|so|while)\s+/i, '')
			// "Bauer's CEO who addressed the staff (continued)": the relative clause is not the name.
			.replace(/\s+(?:who|whom|which)(?:\s.*)?$/i, '');
		const low = tail.toLowerCase();
		const pron = PRONOUNS[low];
		if (pron === 'male' || pron === 'female') {
			// "A spokesman said …. He added …": a speaker known only by role carries on.
			const last = this.lastSpeaker;
			if (
				last &&
				!last.person &&
				last.kind === 'person' &&
				roleFits(last.role, pron) &&
				!this.namedSince(span.start)
			)
				return last;
			const p = this.pronoun(pron, span.start, span.end);
			if (p) {
				if (givenNameGender(p) !== (pron === 'male' ? 'female' : 'male')) p.gender ??= pron;
				return this.fromPerson(p, span);
			}
			return null;
		}
		if (pron === 'plural') return this.lastSpeaker?.kind !== 'person' ? this.lastSpeaker : null;
		if (/^[\p{Lu}][\p{Ll}’'-]+$/u.test(tail)) {
			const p = this.registry.bySingleName(tail);
			if (p) return this.fromPerson(p, span);
			if (this.loneName(tail)) return { name: tail, role: null, kind: 'person', person: null };
		}
		const named =
			/^((?:his|her|their|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})(\p{Lu}[\p{Ll}’'-]+)$/u.exec(tail);
		if (named?.[1] && named[2] && this.loneName(named[2]))
			return { name: named[2], role: named[1].trim(), kind: 'person', person: null };
		const entity = lookupEntity(tail);
		if (entity)
			return {
				name: entity.name,
				role: null,
				kind: entity.kind === 'organisation' ? 'organisation' : 'country',
				person: null
			};
		// "the chief", "the firm's CEO": a role noun for someone the article may already have named.
		const roleNoun = /^(?:the\s+(?:[\p{L}.-]+['’]s\s+)?|[\p{L}.-]+['’]s\s+)(\S+)$/iu
			.exec(tail)?.[1]
			?.toLowerCase();
		// "The speaker added": meeting coverage names whoever has the floor that way.
		if (
			roleNoun &&
			/^the\s/i.test(tail) &&
			SPEAKER_NOUNS.has(roleNoun) &&
			this.lastSpeaker?.kind === 'person'
		) {
			const last = this.lastSpeaker;
			if (last.person) return this.fromPerson(last.person, span);
			return last;
		}
		if (roleNoun && ROLE_NOUNS.has(roleNoun)) {
			const p = this.registry.byRoleNoun(roleNoun);
			if (p) return this.fromPerson(p, span);
			// "The representative of Brazil said …. The representative added …".
			const last = this.lastSpeaker;
			if (last && !last.person && last.role?.toLowerCase().includes(roleNoun)) return last;
		}
		const words = low.split(/\s+/);
		const roleWord = (w: string): boolean => {
			// "vice-president", "co-founder": the role is the last part.
			const bare =
				w
					.replace(/[’']s$/, '')
					.split('-')
					.pop() ?? '';
			return ROLE_NOUNS.has(bare) || (/[^s]s$/.test(bare) && ROLE_NOUNS.has(bare.slice(0, -1)));
		};
		if (words.length <= 8 && words.slice(0, 4).some(roleWord)) {
			const plural = /s$/.test(words[words.length - 1] ?? '');
			return {
				name: tail,
				role: tail.replace(/^(?:a|an|the)\s+/i, ''),
				kind: plural ? 'group' : 'person',
				person: null
			};
		}
		// A body named by its kind: "the central bank", "the statistics office", "Russia's defence ministry".
		const body =
			/^(?:(?:the|its|their|a|an)\s+(?:[\p{L}’'.-]+\s+){0,3}|(?:[\p{Ll}-]+\s+){1,2}|\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2})(bank|ministry|government|office|agency|company|court|committee|council|study|report|survey|police|army|military|department|commission|team|institute|university|administration|regulator|board|firm|group|statement|data|figures|minutes|analysis|paper|journal|union|authority|authorities|spokesperson|embassy|prosecutors|investigators|panel|jury|tribunal|network|agencies|charity|watchdog|service|ruling|judgment|poll|statistics|index|website|site|service|centre|center|foundation|association|organisation|organization|movement|party|federation)(?:\s+(?:of|for|on)(?:\s+the)?)?(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}$/iu.exec(
				tail
			);
		if (body) return { name: tail, role: null, kind: 'organisation', person: null };
		// People named by what they do: "farmers' groups", "traders", "residents".
		if (GROUP_RE.test(tail)) return { name: tail, role: null, kind: 'group', person: null };
		// A group named by number or kind: "the 27 members", "the study's authors".
		if (
			/^the\s+(?:(?:\d+|[a-z]+)\s+)?(?:countries|nations|members|states|authors|researchers|companies|firms)$/i.test(
				tail
			)
		)
			return { name: tail, role: null, kind: 'group', person: null };
		return null;
	}
}
