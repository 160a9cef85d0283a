/**
 * One canonical speaker per person or body: the article names the same speaker as "Maria
 * Lopez", "Lopez", "Ambassador Lopez", "the envoy" or "Lopez's"; a quiz must see one speaker.
 */
import type { Person, Quote, QuoteSpeaker } from '../facts';
import { ROLE_NOUNS, TITLES } from './lexicon';
import { escapeRegExp } from '../regexp';

const norm = (s: string): string =>
	s
		.toLowerCase()
		.replace(/^(?:the|a|an)\s+/, '')
		.replace(/[’']s$/, '')
		.replace(/\s+/g, ' ')
		.trim();
const lastWord = (s: string): string => norm(s).split(' ').pop() ?? '';
const slug = (s: string): string =>
	norm(s)
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '') || 'speaker';

/** "A government spokesman", "the representative of Chile": a speaker known only by role. */
function roleOnly(q: Quote): boolean {
	return q.speakerKind === 'person' && /^(?:the|a|an)\s+\p{Ll}/iu.test(q.speaker);
}

/** The head noun of a role phrase: "a senior government spokesman" -> "spokesman". */
function roleHead(phrase: string): string | null {
	const words =
		norm(phrase)
			.split(/\s+(?:of|for|at|from|to|in)\s+/)[0]
			?.split(' ') ?? [];
	const head = words.findLast((w) => ROLE_NOUNS.has(w));
	return head ?? null;
}

/** The one named person whose role the role phrase describes, if exactly one fits. */
function personForRole(phrase: string, people: Person[]): Person | null {
	const head = roleHead(phrase);
	if (!head) return null;
	// Other content words ("Chile" in "the representative of Chile") must agree too.
	const detail = phrase
		.split(/\s+/)
		.slice(1)
		.filter((w) => /^\p{Lu}\p{L}+$/u.test(w))
		.map((w) => w.toLowerCase());
	const fits = people.filter((p) => {
		const role = (p.role ?? '').toLowerCase();
		return role.includes(head) && detail.every((w) => role.includes(w));
	});
	return fits.length === 1 ? (fits[0] ?? null) : null;
}

const WORD_BEFORE = /\b([\p{L}.]+)\s+/uy;
const POSSESSIVE_END = /(?:[’']s)?(?![\p{L}])/uy;

/** Where `(?:[’']s)?(?![\p{L}])` ends when it matches at `at`. */
function possessiveEnd(body: string, at: number): number | null {
	POSSESSIVE_END.lastIndex = at;
	return POSSESSIVE_END.exec(body) ? POSSESSIVE_END.lastIndex : null;
}

/** A surrogate pair begins at `at`. */
function pairAt(text: string, at: number): boolean {
	const high = text.charCodeAt(at);
	const low = text.charCodeAt(at + 1);
	return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The matches of `(?:\b([\p{L}.]+)\s+)?<surname>(?:[’']s)?(?![\p{L}])` in the body (left to
 * right, not overlapping) as [match, word before]: tried only at the surname and in the word
 * before it, and without compiling a RegExp for every speaker. Scanning the whole body with
 * that RegExp, which may begin at any word, was most of the time of finding speakers.
 */
function surnameMatches(body: string, surname: string): [string, string | undefined][] {
	if (!surname || /\s/.test(surname)) {
		const re = new RegExp(
			`(?:\\b([\\p{L}.]+)\\s+)?${escapeRegExp(surname)}(?:[’']s)?(?![\\p{L}])`,
			'gu'
		);
		return [...body.matchAll(re)].map((m) => [m[0], m[1]]);
	}
	// Where a match can begin: at the surname, or in the run of non-spaces before the spaces
	// before it.
	const starts = new Set<number>();
	for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
		starts.add(at);
		let k = at;
		while (k > 0 && /\s/.test(body[k - 1] ?? '')) k--;
		if (k < at) while (k > 0 && !/\s/.test(body[k - 1] ?? '')) starts.add(--k);
	}
	const out: [string, string | undefined][] = [];
	let from = 0;
	for (const at of [...starts].sort((a, b) => a - b)) {
		// No match begins inside a surrogate pair (u).
		if (at < from || pairAt(body, at - 1)) continue;
		WORD_BEFORE.lastIndex = at;
		const word = WORD_BEFORE.exec(body);
		const named = at + (word?.[0].length ?? 0);
		let end =
			word && body.startsWith(surname, named) ? possessiveEnd(body, named + surname.length) : null;
		if (end !== null) out.push([body.slice(at, end), word?.[1]]);
		else if (
			body.startsWith(surname, at) &&
			(end = possessiveEnd(body, at + surname.length)) !== null
		)
			out.push([body.slice(at, end), undefined]);
		if (end !== null) from = end;
	}
	return out;
}

/** Other ways the body names a person: surname, title + surname, possessive, "the <role>". */
function aliasesOf(sp: QuoteSpeaker, body: string): string[] {
	const out = new Set<string>(sp.aliases);
	if (sp.kind === 'person' && sp.name.includes(' ') && !/^(?:the|a|an)\s/i.test(sp.name)) {
		const surname = sp.name.split(' ').pop() ?? '';
		for (const m of surnameMatches(body, surname)) {
			const before = (m[1] ?? '').toLowerCase();
			if (TITLES.has(before) || ROLE_NOUNS.has(before)) out.add(`${m[1]} ${surname}`);
			else if (!m[0].includes(sp.name)) out.add(surname);
			if (/[’']s$/.test(m[0])) out.add(`${surname}’s`.replace(/’/, m[0].includes("'") ? "'" : '’'));
		}
		const head = sp.role ? roleHead(sp.role) : null;
		if (head && new RegExp(`\\bthe ${escapeRegExp(head)}\\b`, 'i').test(body))
			out.add(`the ${head}`);
	}
	out.delete(sp.name);
	return [...out];
}

/**
 * Groups the quotes' speakers into canonical speakers, points each quote at its speaker's id and
 * names it the canonical way (the full name rather than a surname or a role).
 */
export function canonicalSpeakers(quotes: Quote[], people: Person[], body: string): QuoteSpeaker[] {
	const speakers: QuoteSpeaker[] = [];
	const find = (q: Quote): QuoteSpeaker | undefined => {
		const n = norm(q.speaker);
		const same = speakers.find(
			(s) => s.kind === q.speakerKind && [s.name, ...s.aliases].some((a) => norm(a) === n)
		);
		if (same || q.speakerKind !== 'person') return same;
		// A surname or a given name alone is the person with the longer name.
		if (!n.includes(' '))
			return speakers.find(
				(s) => s.kind === 'person' && (lastWord(s.name) === n || norm(s.name).split(' ')[0] === n)
			);
		// A longer name for a speaker first seen by surname: the longer name wins.
		const short = speakers.find(
			(s) => s.kind === 'person' && !s.name.includes(' ') && norm(s.name) === lastWord(n)
		);
		if (short) {
			short.aliases.push(short.name);
			short.name = q.speaker;
		}
		return short;
	};
	for (const q of quotes) {
		if (roleOnly(q)) {
			const p = personForRole(q.speaker, people);
			if (p) [q.speaker, q.role] = [p.name, q.role ?? p.role];
		}
		let sp = find(q);
		if (!sp) {
			sp = { id: '', name: q.speaker, role: q.role, kind: q.speakerKind, aliases: [] };
			speakers.push(sp);
		} else if (norm(sp.name) !== norm(q.speaker) && !sp.aliases.includes(q.speaker))
			sp.aliases.push(q.speaker);
		sp.role ??= q.role;
		q.speakerId = sp.name;
	}
	const ids = new Set<string>();
	for (const sp of speakers) {
		let id = slug(sp.name);
		for (let k = 2; ids.has(id); k++) id = `${slug(sp.name)}-${k}`;
		ids.add(id);
		for (const q of quotes)
			if (q.speakerId === sp.name || sp.aliases.includes(q.speakerId ?? '')) {
				q.speakerId = id;
				q.speaker = sp.name;
			}
		sp.id = id;
		sp.aliases = aliasesOf(sp, body);
	}
	return speakers;
}
