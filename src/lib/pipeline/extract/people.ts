import type { Person, Span } from '../facts';
import {
	NOT_NAME,
	PORTFOLIOS,
	ROLE_NOUNS,
	ROLE_QUALIFIERS,
	TITLE_HEADS,
	TITLES,
	FEMALE_TITLES,
	MALE_TITLES
} from './lexicon';
import { lookupEntity } from './gazetteer';
import { hasTag } from '../tags';

/** One word of a personal name: "Okafor", "Hye-jin", "McDonald", "O’Brien", "O'Neill", an initial "J.". */
const WORD = String.raw`(?:(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd)-)?(?:(?:[OD]['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-’'](?!s(?!\p{L}))\p{L}\p{Ll}*)?|\p{Lu}\.)`;
const PARTICLE = String.raw`(?:(?:de|van|von|bin|al|da|der|del|di|la|le|arap|dos|das|ibn)\s+)?`;
/** Up to seven words, so a long title ("State Attorney General Bob Ferguson") keeps its name. */
/** A title written with a full stop ("Mr.", "Dr.") starts a name run: "Mr. Tedeschi". */
const DOTTED_TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev)\.\s+)?`;
const NAME_RE = new RegExp(
	`(?<![\\p{L}.])${DOTTED_TITLE}${WORD}(?:\\s+${PARTICLE}${WORD}){0,6}(?![\\p{L}])`,
	'gu'
);
/** Heads that make a capitalised phrase a place, body or thing rather than a person. */
const NOT_PERSON_HEAD =
	/^(?:sea|ocean|river|valley|mountains?|island|islands|bay|lake|gulf|airport|square|park|street|avenue|road|drive|lane|way|estates?|homes|hall|office|sheriff|counsel|bridge|center|centre|institute|group|inc|corp|university|college|foundation|fund|association|society|times|post|news|journal|labs?|airlines?|motors|school|hospital|church|museum|stadium|prize|award|act|treaty|agreement|war|summit|conference|forum|games|cup|league|index|exchange|market|peninsula|strait|desert|coast|valley|hills?|county|district|oblast|region|province|state|city|village|town|capital|festival|company|holdings|bank|party|front|alliance|brigade|battalion|telescope|mission|project|program|programme|station|day|week|year|era|research|economics|partners|capital|associates|analytics|consulting|securities|insights|systems|technologies|media|press|review|magazine|fleet|command|corps|guard|guards|ministry|council|forces|sports|images|health|pictures|photos|tv|radio|fc|united|city|assembly|unit|system|systems|service|services|tax|instructions|sentenced|assistant|mapping|flight|flights|series|matters|scale|grid|entry|award|awards|board|commission)$/i;

/** Head words of institutions: a capitalised run ending in one names the body, not a person. */
const BODY_HEADS = new Set(
	'department ministry government parliament congress senate court university institute bank agency committee commission union organization organisation federation party army forces navy police office council region district province division command service authority'.split(
		' '
	)
);
const clean = (w: string): string => w.replace(/[’']s$/, '').toLowerCase();
/** Abbreviations that are words only in capitals: "UN" is not a name, "Un" in a Korean name like "Lee Un" is. */
const CAPS_ONLY = new Set(['un', 'us', 'uk', 'eu', 'ap', 'afp', 'dprk', 'nato']);
const notName = (w: string): boolean =>
	NOT_NAME.has(clean(w)) && (!CAPS_ONLY.has(clean(w)) || w === w.toUpperCase());

/** Words compromise counts as people that are no role: "Boy Ade Putra" and "Lady Vela" keep them. */
const PERSON_NOUNS = new Set(['boy', 'girl', 'man', 'woman', 'lady', 'guy', 'child', 'baby']);

/** A word compromise knows for a person's role or trade ("survivor", "taoiseach", "bishop"). */
const isActor = (w: string): boolean =>
	// "McCaskill" or "McMaster" is a name, whatever its ending.
	/^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w) &&
	!PERSON_NOUNS.has(clean(w)) &&
	hasTag(w, 'Actor') &&
	!hasTag(w, 'FirstName');

/** Strips words that cannot belong to a name ("Leader", "Monday") from both ends. */
function trimName(raw: string): string | null {
	const words = raw.replace(/[’']s$/, '').split(/\s+/);
	let titled = false;
	while (words.length && (notName(words[0] ?? '') || TITLES.has(clean(words[0] ?? '')))) {
		titled ||= TITLES.has(clean(words[0] ?? ''));
		words.shift();
	}
	// "Natural History Museum Curator": a run that ends in a title names no one.
	// "Julia Bishop", "Mary Pope": after a given name, a title word is a surname.
	const titleSurname =
		words.length >= 2 &&
		/^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1] ?? '') &&
		hasTag(words[words.length - 2] ?? '', 'FirstName');
	// "Chilean Vice-President", "Deputy Director": a nationality, a rank or another role word
	// before a role word names no one either ("Evening Courier" is left to the outlet rules).
	const before = words[words.length - 2] ?? '';
	const roleAfterRank =
		isActor(words[words.length - 1] ?? '') &&
		(hasTag(before, 'Demonym') || hasTag(before, 'Adjective') || isActor(before));
	if ((TITLE_HEADS.has(clean(words[words.length - 1] ?? '')) || roleAfterRank) && !titleSurname)
		return null;
	while (words.length && notName(words[words.length - 1] ?? '')) {
		// "Environmental Protection Agency": a run that ends in a body's head word is that body.
		if (BODY_HEADS.has(clean(words[words.length - 1] ?? ''))) return null;
		words.pop();
	}
	// "Finance Minister Laura Pinto": the name is what follows the last title or role word.
	const cut = words.findLastIndex(
		(w, i) =>
			notName(w) ||
			(TITLES.has(clean(w)) && !(titleSurname && i === words.length - 1)) ||
			lookupEntity(w) ||
			// "Attorney Hurwit", "Sheriff Kieran Donahue": a role word before the name is a title.
			(i < words.length - 1 && ROLE_NOUNS.has(clean(w))) ||
			// "Survivor Ana Lima", "Irish Taoiseach Leo Daly": a word compromise knows for a
			// person's role or trade. Not the last word: "Julia Bishop" and "Omar Singer" keep it.
			(i < words.length - 1 && isActor(w)) ||
			// "Environmentalist Mark Lynas", "Counterterrorism Ana Lima" (the end of a title cut off
			// by the line before): a trade or a field, by its suffix, opening the run.
			(i === 0 &&
				words.length > 2 &&
				/^\p{L}{3,}(?:ologist|ographer|ician|ist|ism)$/u.test(clean(w)))
	);
	if (cut >= 0)
		[titled] = [
			titled ||
				TITLES.has(clean(words[cut] ?? '')) ||
				ROLE_NOUNS.has(clean(words[cut] ?? '')) ||
				isActor(words[cut] ?? ''),
			words.splice(0, cut + 1)
		];
	// "Minister of Education Ana Lima": the run starts with the portfolio, not the name.
	while (words.length > 2 && PORTFOLIOS.has(clean(words[0] ?? ''))) words.shift();
	// "Judge Penrose", "Dr Okafor": a title makes one capitalised word a surname.
	const surnameOnly =
		titled &&
		words.length === 1 &&
		/^\p{Lu}\p{Ll}{2,}/u.test(words[0] ?? '') &&
		!isRoleWord(words[0]);
	if ((words.length < 2 && !surnameOnly) || words.length > 4) return null;
	if (NOT_PERSON_HEAD.test(words[words.length - 1] ?? '')) return null;
	const name = words.join(' ');
	return lookupEntity(name) ? null : name;
}

const isRoleWord = (w = ''): boolean =>
	[clean(w), clean(w).replace(/s$/, '')].some((x) => ROLE_NOUNS.has(x) || TITLES.has(x)) ||
	/(?:secretary|minister|director|president|officer|commander|general)s?$/i.test(w) ||
	NOT_PERSON_HEAD.test(w);

/**
 * Words right before a capitalised run that make it a title or a body, not a person: "the journal
 * Nature". After a name ("Cleo magazine Ana Lima") the noun ends that name and a person may follow.
 */
const NOT_PERSON_BEFORE =
	/\b(?:[Aa]t|(?<!\p{Lu}[\p{L}’'-]*\s)(?:journal|magazine|newspaper|broadcaster|company|firm|app|brand))\s+$/u;

const HONORIFICS = /^(?:dr|mr|mrs|ms|miss|prof|sir|dame|lord|lady)\.?$/i;

/** "a consultant epidemiologist", "the club's captain": a role noun, or a trade by its suffix. */
export const hasRoleNoun = (phrase: string): boolean =>
	phrase
		.toLowerCase()
		.split(/[\s,]+/)
		.some((w) => {
			const bare = w.replace(/[’']s$/, '');
			return ROLE_NOUNS.has(bare) || /(?:ologist|ographer|ician|ist)$/.test(bare);
		});

/** Role words written right before a name: "Iranian President", "Prime Minister". */
function roleBefore(text: string, at: number): string | null {
	const words = text.slice(Math.max(0, at - 80), at).split(/\s+/);
	words.pop();
	const role: string[] = [];
	for (let i = words.length - 1; i >= 0; i--) {
		const w = words[i] ?? '';
		const low = clean(w);
		const isRole = ROLE_NOUNS.has(low) || TITLES.has(low);
		if (role.length === 0 && !isRole) break;
		if (/[,;:()“”"]/.test(w) || !(isRole || /^\p{Lu}/u.test(w) || low === 'of')) break;
		role.unshift(w);
	}
	while (role[0] && clean(role[0]) === 'of') role.shift();
	// "former UN chief": the qualifier stays, or the role would state something untrue.
	const before = words[words.length - role.length - 1];
	if (role.length && before && ROLE_QUALIFIERS.has(clean(before).replace(/-$/, '')))
		role.unshift(before);
	// "Dr", "Mrs Justice": courtesy titles alone are a form of address, not a role.
	if (role.every((w) => HONORIFICS.test(w))) return null;
	return role.length ? role.join(' ') : null;
}

export interface Candidate {
	name: string;
	role: string | null;
	start: number;
	end: number;
	gender: 'male' | 'female' | null;
}

/**
 * "Bertie Ahern, the Prime Minister of Ireland visited the White House …": an apposition the
 * writer never closed runs to the end of the sentence; it ends where the sentence's verb, or a
 * clause about the person ("the expert who led the plan"), starts.
 */
function roleAfter(role: string, after: string): string {
	const closed = /^\s*[,;)]/.test(after.slice(after.indexOf(role) + role.length));
	if (closed) return role.trim();
	const verb =
		/\s(?:who|which|that|\p{Ll}+ed|said|says|told|was|were|is|are|has|have|had|made|met|went|took|gave|won|lost|left|will|would)\b/u.exec(
			role
		);
	return (verb ? role.slice(0, verb.index) : role).trim();
}

/** " mayor", " police chief" after a capitalised run; not nouns that are also verbs ("lead"). */
const ROLE_AFTER = new RegExp(
	`^\\s+(?:(?:police|fire|city|county|state|school|party|team|club|government|public)\\s+)?(?:${[
		...ROLE_NOUNS
	]
		.filter((w) => !/^(?:lead|head|partner|member|owner|general|prime|vice|deputy)$/.test(w))
		.join('|')})\\b`
);

/** Finds people named in one sentence, with the role the sentence gives them. */
export function findPeople(text: string): Candidate[] {
	const found: Candidate[] = [];
	for (const m of text.matchAll(NAME_RE)) {
		// "the United Arab Emirates": a place whole, whatever trimming its first word would leave.
		if (lookupEntity(m[0])) continue;
		const name = trimName(m[0]);
		if (!name) continue;
		const start = m.index + m[0].indexOf(name);
		const end = start + name.length;
		const before = text.slice(0, start);
		const after = text.slice(end);
		if (NOT_PERSON_BEFORE.test(text.slice(0, m.index))) continue;
		// "the El Paso mayor", "El Paso police chief": a place or body that qualifies a role.
		if (ROLE_AFTER.test(after)) continue;
		let role: string | null;
		// "Deputy Envoy to the EU, Maria Lopez," -- the role stands before, set off by commas.
		const appBefore = /(?:^|[,;:(—–]\s*)([^,;:()“”"]{2,90}?),\s*$/.exec(before);
		// "Maria Lopez, the deputy envoy," -- the role follows.
		const appAfter =
			/^,\s+((?:the|a|an)\s[^,;:()“”"]{2,90}?|\p{Ll}[^,;:()“”"]{2,90}?)(?=\s*[,;)]|\.?$)/u.exec(
				after
			);
		if (appBefore?.[1] && hasRoleNoun(appBefore[1]) && /^\s*[,—]/.test(after))
			role = appBefore[1].replace(/^(?:and|but)\s+/, '').trim();
		else if (appAfter?.[1] && hasRoleNoun(appAfter[1])) role = roleAfter(appAfter[1], after);
		else role = roleBefore(text, start);
		// "Mrs Justice Penrose": any title word just before the name tells the gender.
		const titles = (/((?:\S+\s+){0,3})$/.exec(before)?.[1] ?? '').split(/\s+/).map(clean);
		const gender = titles.some((t) => FEMALE_TITLES.has(t))
			? 'female'
			: titles.some((t) => MALE_TITLES.has(t))
				? 'male'
				: null;
		found.push({ name, role, start, end, gender });
	}
	return found;
}

/** Everyone the article names, in order of first mention, with their mentions. */
export class PeopleRegistry {
	readonly people: Person[] = [];

	/** Adds a person or, when known (same name, or a longer form), returns the one recorded. */
	add(c: Candidate, span: Span): Person {
		const key = c.name.replace(/-/g, ' ').toLowerCase();
		let p = this.people.find((x) => x.name.replace(/-/g, ' ').toLowerCase() === key);
		// "Ambassador Otieno" after "Grace Otieno": a titled surname is the person already named.
		if (!p && !c.name.includes(' ')) p = this.bySurname(c.name) ?? undefined;
		if (!p) {
			p = { ...span, name: c.name, role: c.role, kind: 'person', gender: c.gender, mentions: [] };
			this.people.push(p);
		} else if (!p.role && c.role) p.role = c.role;
		if (!p.gender && c.gender) p.gender = c.gender;
		p.mentions.push(span);
		return p;
	}

	/** The most recent person with this surname and a longer name, or null. */
	bySurname(word: string): Person | null {
		const w = clean(word);
		const withName = (p: Person): boolean =>
			p.name.includes(' ') && clean(p.name.split(' ').pop() ?? '') === w;
		return [...this.people].reverse().find(withName) ?? null;
	}

	/** A one-word mention ("Lopez", "Maria"): surname first, then given name, most recent first. */
	bySingleName(word: string): Person | null {
		const w = clean(word);
		const people = [...this.people].reverse();
		const last = people.find((p) => clean(p.name.split(' ').pop() ?? '') === w);
		if (last) return last;
		// A family name written first ("Park" of "Park Ji-ho") or a given name: only when one
		// person bears it. Of three Parks, the latest named is as often wrong as right.
		// "Ana Kovac" and "Ana Maria Kovac" are one person: the surname agrees.
		const first = people.filter((p) => clean(p.name.split(' ')[0] ?? '') === w);
		const surnames = new Set(first.map((p) => clean(p.name.split(' ').pop() ?? '')));
		return surnames.size === 1 ? (first[0] ?? null) : null;
	}

	/** "the ambassador", "the envoy": the most recently mentioned person with that role. */
	byRoleNoun(noun: string): Person | null {
		const synonyms: Record<string, string[]> = {
			envoy: ['envoy', 'ambassador', 'diplomat'],
			diplomat: ['ambassador', 'envoy', 'diplomat'],
			ambassador: ['ambassador', 'envoy', 'diplomat', 'representative'],
			representative: ['representative', 'ambassador', 'envoy'],
			minister: ['minister', 'secretary'],
			judge: ['judge', 'justice'],
			official: ['official', 'spokesperson', 'spokesman', 'spokeswoman'],
			ceo: ['ceo', 'chief executive']
		};
		const nouns = synonyms[noun] ?? [noun];
		let best: Person | null = null;
		let at = -1;
		for (const p of this.people) {
			const role = (p.role ?? '').toLowerCase();
			if (!nouns.some((n) => role.includes(n))) continue;
			const last = p.mentions[p.mentions.length - 1]?.start ?? p.start;
			if (last > at) [best, at] = [p, last];
		}
		return best;
	}
}
