/**
 * The quality rules every generated item must pass. The generator drops an item that fails
 * (quality over quantity); the spec over questions/ asserts every shipped item passes.
 */
import * as v from 'valibot';
import { ItemSchema, type Item } from '../schema';
import { namesSpeaker } from './citations';
import { GAP, numberWord, smallNumber, wordNumberIn } from './cloze';
import { boundsIn } from './howMany';
import { MONTHS } from './dates';
import { balancedQuotes, containsWords, contentWords, namedIn, normalise } from './text';

/** Problems with the wording of one piece of text shown to a player. */
export function englishProblems(text: string, what: string): string[] {
	const problems: string[] = [];
	if (!balancedQuotes(text)) problems.push(`${what}: unbalanced quotation marks`);
	const doubled = /\b([A-Za-z]+)\s+\1\b/i.exec(text);
	if (doubled && !/^\d/.test(doubled[1] ?? ''))
		problems.push(`${what}: doubled word "${doubled[0]}"`);
	if (/\bthat\s*[?.!:,]?\s*$/i.test(text)) problems.push(`${what}: dangling "that"`);
	// "said that He will": a quotation spliced into reported speech. Inside someone's own words
	// "a peace that I believe will endure" is plain English.
	const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, '“”');
	if (/\bthat\s+(He|She|They|It|We|I)\b/.test(unquoted))
		problems.push(`${what}: pronoun after "that"`);
	if (/\s[,.;:?!]/.test(text.replace(/ …|\s\.\.\./g, '')))
		problems.push(`${what}: space before punctuation`);
	if (/[,;:]\s*[.?!]$|,,|(?<!\.)\.\.(?!\.)|\?\?/.test(text))
		problems.push(`${what}: doubled punctuation`);
	if (/\(\s*\)|“\s*”|""/.test(text)) problems.push(`${what}: empty brackets or quotes`);
	if (/^\s|\s$|\s{2}/.test(text)) problems.push(`${what}: stray spaces`);
	if (/\b(null|undefined|NaN)\b|\[object/.test(text)) problems.push(`${what}: leaked code value`);
	return problems;
}

/** A figure, or a range of two ("17 to 25"). */
const numberShape = /^\d[\d,]*(\.\d+)?(?: to \d[\d,]*(\.\d+)?)?$/;
const dateShape = (s: string) =>
	s
		.replace(new RegExp(MONTHS.join('|'), 'g'), 'M')
		.replace(/\d{4}/g, 'Y')
		.replace(/\b\d{1,2}\b/g, 'D');

/** The answer's digits in the citation text (thousands separators ignored). */
function hasDigits(text: string, answer: string): boolean {
	const digits = answer.replace(/,/g, '');
	return new RegExp(`(^|[^\\d])${digits.replace('.', '\\.')}($|[^\\d])`).test(
		text.replace(/(\d),(?=\d{3})/g, '$1')
	);
}

/** "four regions": the count the answer gives, written in words in the citation. */
function inWords(cited: string, answer: string): boolean {
	const word = wordNumberIn(answer)?.text ?? numberWord(Number(answer));
	return !!word && containsWords(cited, word);
}

function answerInCitations(item: Item, cited: string): string[] {
	const a = item.answer;
	const bare = (s: string) => s.replace(/^That\s+/, '').replace(/^“|”$/g, '');
	const overlap = (s: string, hay: string) => {
		const words = contentWords(s);
		const inHay = new Set(contentWords(hay));
		return words.length === 0 ? 0 : words.filter((w) => inHay.has(w)).length / words.length;
	};
	switch (item.type) {
		case 'who-said':
			return namesSpeaker(cited, a) ? [] : ['the citation does not name the speaker'];
		case 'who-did':
			return namesSpeaker(cited, a) ? [] : ['the citation does not name the doer'];
		case 'what-said':
		case 'quote-completion':
			return containsWords(cited, bare(a)) ? [] : ['the citation does not hold the answer'];
		case 'how-many':
			return hasDigits(cited, a) || inWords(cited, a)
				? []
				: ['the citation does not hold the number'];
		case 'when': {
			const problems: string[] = [];
			const year = a.match(/\d{4}/)?.[0];
			const month = MONTHS.find((m) => a.includes(m));
			const day = a.match(/^\d{1,2}\b/)?.[0];
			if (year && !hasDigits(cited, year)) problems.push('the citation does not hold the year');
			if (month && !new RegExp(`\\b${month.slice(0, 3)}`).test(cited))
				problems.push('the citation does not hold the month');
			if (day && !hasDigits(cited, day)) problems.push('the citation does not hold the day');
			return problems;
		}
		case 'true-false':
			return overlap(item.prompt.replace(/^True or false\?\s*/, ''), cited) >= 0.6
				? []
				: ['the citation does not support the statement'];
		case 'which-outlet': {
			const wording = item.prompt.match(/“([^”]+)”\s*$/)?.[1] ?? '';
			const ok = item.citations.some((c) => c.outlet === a && containsWords(c.sentence, wording));
			return ok ? [] : ['the citation does not hold the wording in that outlet'];
		}
		case 'what-happened':
		case 'why':
			return overlap(bare(a), cited) >= 0.8 ? [] : ['the citation does not hold the answer'];
		case 'who-is':
			return namesSpeaker(cited, a) || overlap(a, cited) >= 0.8
				? []
				: ['the citation does not hold the answer'];
		case 'match':
			return (item.pairs ?? []).flatMap((p, i) => {
				const c = item.citations[i]?.sentence ?? '';
				return namesSpeaker(c, p.left) && containsWords(c, bare(p.right))
					? []
					: [`pair ${i + 1}: its citation does not hold it`];
			});
		case 'timeline':
			return (item.sequence ?? []).flatMap((e, i) =>
				overlap(e, item.citations[i]?.sentence ?? '') >= 0.5
					? []
					: [`event ${i + 1}: its citation does not hold it`]
			);
		case 'written':
			// The generator never writes these; a teacher's own question is the teacher's call.
			return [];
	}
}

function givesAway(item: Item): string[] {
	const p = item.prompt;
	if (item.type === 'true-false' || item.format === 'match' || item.format === 'order') return [];
	if ((item.type === 'who-said' || item.type === 'who-did') && namedIn(p, item.answer))
		return ['the prompt names the answer'];
	if (
		(item.type === 'how-many' || item.type === 'when') &&
		item.answer.match(/\d+/g)?.some((d) => d.length > 1 && hasDigits(p, d))
	)
		return ['the prompt holds the answer digits'];
	// "since the millennium … in ____": the year is in the words.
	if (item.type === 'when' && /\bmillenni/i.test(p) && /\b200[01]\b/.test(item.answer))
		return ['the prompt names the year in words'];
	// "one in three visits": the count written in words beside a gap asking it in figures.
	if (item.type === 'how-many' && !wordNumberIn(item.answer) && inWords(p, item.answer))
		return ['the prompt holds the answer in words'];
	const count = smallNumber(item.answer) ?? Number(item.answer.replace(/,/g, ''));
	// "a collision between ____ airliners", "the merger of ____ magazines": a count of one or two
	// is what the story already says; every review threw such gaps out as given away.
	const scaled = new RegExp(
		`[$€£¥]\\s*${GAP}|${GAP}(?:\\.\\d+)?\\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|m\\b|bn\\b)`,
		'i'
	).test(p);
	if (item.type === 'how-many' && (count === 1 || count === 2) && !scaled)
		return ['a count of one or two is given by the story, not learnt'];
	if (item.type === 'how-many' && sumOfParts(p, count)) return ['the prompt adds up to the answer'];
	if (item.type === 'how-many' && countsAList(p, count)) return ['the prompt lists what it counts'];
	// "The sevengill has ____ gills": the word itself holds the count.
	const word = Number.isInteger(count) ? numberWord(count) : null;
	if (item.type === 'how-many' && word && new RegExp(`\\b${word}\\p{L}`, 'iu').test(p))
		return ['the prompt holds the answer inside a word'];
	if (item.type === 'when' && dateNextTo(p, item.answer)) return ['the prompt pins the date down'];
	const bare = normalise(item.answer.replace(/^That\s+/, '').replace(/^“|”$/g, ''));
	return normalise(p).includes(bare) ? ['the prompt holds the answer'] : [];
}

/**
 * "the following year, at the 2014 Grand Prix", "won in 1968 … and died in ____": a year next to
 * the answer's in the stem, or "____ or 20", leaves one option that fits.
 */
function dateNextTo(prompt: string, answer: string): boolean {
	const year = /\b(\d{4})\b/.exec(answer)?.[1];
	if (year) {
		const others = [...prompt.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
		if (others.some((y) => Math.abs(y - Number(year)) === 1)) return true;
	}
	return new RegExp(`${GAP}\\s*(?:or|and|-|–|to)\\s*\\d|\\d\\s*(?:or|and|-|–|to)\\s*${GAP}`).test(
		prompt
	);
}

/** "____ countries, Sierra Leone, Liberia and Nigeria,": the names after the gap can be counted. */
function countsAList(prompt: string, answer: number): boolean {
	const at = prompt.indexOf(GAP);
	if (at < 0 || !Number.isInteger(answer) || answer < 2) return false;
	const list =
		/^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*[,:(—–-]|\s+(?:including|namely|were|are))\s*((?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s*(?:,|\band\b|&)\s*)+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)/u.exec(
			prompt.slice(at + GAP.length)
		);
	if (list?.[1]) {
		const names = list[1].split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.trim());
		if (names.length === answer) return true;
	}
	// "the first ____ days … daily totals of 37, 16, 13, and 3", "____ candidates … Ana Lima,
	// Tom Brand, Jo Kerr and Li Wei": anywhere after the gap, a list of as many names or figures.
	const ITEM = String.raw`(?:\d+(?:[.,]\d+)*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})`;
	const lists = prompt
		.slice(at + GAP.length)
		.matchAll(new RegExp(`${ITEM}(?:\\s*,\\s*${ITEM})+,?\\s+(?:and|or|&)\\s+${ITEM}`, 'gu'));
	return [...lists].some(
		(m) =>
			m[0].split(/\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+/).filter(Boolean).length === answer
	);
}

/** "16 seats went to X, 4 to Y and 1 to Z; ____ in all": the parts in the stem give the total. */
function sumOfParts(prompt: string, answer: number): boolean {
	if (!Number.isFinite(answer) || answer <= 0) return false;
	const parts = [...prompt.matchAll(/\b(\d[\d,]*(?:\.\d+)?|[a-z]+)\b/gi)]
		.map((m) => {
			const word = m[1] ?? '';
			return /^\d/.test(word) ? Number(word.replace(/,/g, '')) : (smallNumber(word) ?? NaN);
		})
		.filter((n) => Number.isFinite(n) && n > 0)
		.slice(0, 10);
	for (let mask = 1; mask < 1 << parts.length; mask++) {
		let count = 0;
		let sum = 0;
		parts.forEach((n, i) => {
			if (mask & (1 << i)) {
				count++;
				sum += n;
			}
		});
		if (count >= 2 && Math.abs(sum - answer) < 1e-9) return true;
	}
	// "298 people, 15 of them crew": the rest is one subtraction away.
	return parts.some((a) => parts.some((b) => b < a && Math.abs(a - b - answer) < 1e-9));
}

function optionProblems(item: Item): string[] {
	const problems: string[] = [];
	const options = item.options ?? [];
	if (item.format === 'choice') {
		const min = ['true-false', 'which-outlet'].includes(item.type) ? 2 : 3;
		if (options.length < min) problems.push(`only ${options.length} options`);
		if (new Set(options.map(normalise)).size !== options.length) problems.push('options repeat');
		if (!options.includes(item.answer)) problems.push('the options miss the answer');
		if (options.some((o) => o.includes(GAP))) problems.push('an option holds a gap');
		const shapes: Partial<Record<Item['type'], (o: string) => string>> = {
			'how-many': (o) => String(numberShape.test(o) || wordNumberIn(o)?.text === o),
			when: dateShape,
			'who-said': (o) => String(/^\p{Lu}/u.test(o)),
			'who-did': (o) => String(/^\p{Lu}/u.test(o)),
			'quote-completion': (o) => String(/^[a-z-]+$/.test(o)),
			'what-said': (o) =>
				o.startsWith('That ')
					? 'clause'
					: /^“\p{Lu}/u.test(o)
						? 'sentence'
						: /^“/.test(o)
							? 'fragment'
							: o
		};
		const shape = shapes[item.type];
		if (shape && new Set(options.map(shape)).size !== 1) problems.push('options differ in form');
		// "Ana Silva" among "Health Minister Ana Silva of Kenya": a name that stands out gives itself away.
		const words = options.map((o) => o.split(/\s+/).length);
		if (item.type === 'who-said' && Math.max(...words) - Math.min(...words) > 2)
			problems.push('options differ in length');
		if (item.type === 'how-many' && !shape?.(item.answer).includes('true'))
			problems.push('the answer is not a number');
	}
	if (item.format === 'order') {
		const seq = item.sequence ?? [];
		if (seq.length < 3 || seq.length > 5) problems.push('a timeline needs 3 to 5 events');
		if ([...options].sort().join('\n') !== [...seq].sort().join('\n'))
			problems.push('options are not the events');
		if (new Set(seq.map(normalise)).size !== seq.length) problems.push('events repeat');
	}
	if (item.format === 'match') {
		const pairs = item.pairs ?? [];
		if (pairs.length < 3 || pairs.length > 5) problems.push('a match needs 3 to 5 pairs');
		if (new Set(pairs.map((x) => normalise(x.left))).size !== pairs.length)
			problems.push('left sides repeat');
		if (new Set(pairs.map((x) => normalise(x.right))).size !== pairs.length)
			problems.push('right sides repeat');
		if (item.citations.length !== pairs.length)
			problems.push('a match needs one citation per pair');
	}
	if (item.format === 'order' && item.citations.length !== (item.sequence ?? []).length)
		problems.push('a timeline needs one citation per event');
	return problems;
}

/** The statement of a true/false item without its frame ("True or false? According to X:"). */
function statementOf(prompt: string): string {
	return prompt.replace(/^True or false\?\s*/, '').replace(/^According to [^:]{1,80}:\s*/, '');
}

const words = (text: string) => normalise(text).match(/[\p{L}\p{N}'-]+/gu) ?? [];

/**
 * True when a statement is its sentence repeated: most of the statement is one unbroken run of
 * the sentence's words. A True statement must be built from the fact's parts instead.
 */
export function repeatsSentence(statement: string, sentence: string): boolean {
	const a = words(statement);
	const b = words(sentence);
	if (a.length < 5) return false;
	let best = 0;
	for (let i = 0; i < a.length; i++)
		for (let j = 0; j < b.length; j++) {
			let k = 0;
			while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
			if (k > best) best = k;
		}
	return best >= a.length * 0.75;
}

/** A sentence shown in a prompt that leans on one before it ("This included …", "…, he said."). */
function danglingStem(item: Item): string[] {
	const shown =
		item.type === 'true-false'
			? statementOf(item.prompt)
			: (/[?:] (.*____.*)$/.exec(item.prompt)?.[1] ??
				/^Who (?:said|denied) that (.*)\?$/.exec(item.prompt)?.[1]);
	if (!shown) return [];
	const problems: string[] = [];
	// "Correction — ____": a line that is little more than its answer asks nothing.
	if (
		shown.includes('____') &&
		shown
			.replace('____', ' ')
			.split(/\s+/)
			.filter((w) => /\p{L}/u.test(w)).length < 3
	)
		problems.push('prompt: the sentence is hardly more than its answer');
	if (/^(?:He|She|They|It|Its|This|That|These|Those|His|Her|Their|Such|We|I)\b/.test(shown))
		problems.push('prompt: the sentence starts with a pronoun that names no one');
	// "Three others were hurt", "The rest fled", "The remaining ____ percent": others than whom,
	// the rest of what, the sentence before said.
	if (
		/^The remaining\b/.test(shown) ||
		/^(?:(?:The|Two|Three|Four|Five|Six|Several|Many|Some|\d+) )?(?:others|rest)\b/i.test(shown)
	)
		problems.push('prompt: the sentence points back to one the student does not see');
	// "Many were more than 100 years old": many of what, the sentence before said.
	if (
		/^(?:Many|Most|Some|Several|Others|Both|Few|All|None|Each|Two|Three)\s+(?:of (?:them|these|those)\b|(?:were|are|was|is|had|have|did|will|would|could|can)\b)/.test(
			shown
		)
	)
		problems.push('prompt: the sentence starts with a pronoun that names no one');
	// "J: I'm a 90's baby …", "((WN)) What got you …": a turn of an interview transcript is
	// someone's answer (or the interviewer's question), not the report's sentence.
	if (/^(?:\(\([^)]{1,20}\)\)|\p{Lu}{1,3}:)\s/u.test(shown))
		problems.push('prompt: the sentence is a turn of an interview transcript');
	if (/,\s+(?:he|she|they)\s+(?:said|says|added|told|warned)\b[^.]*\.$/i.test(shown))
		problems.push('prompt: a trailing "he said" names no one');
	// "At this time the plane was at …", "The other one, …", "the rise in this figure": what the
	// sentence points back to is in the one before, which the student does not see.
	const outsideQuotes = shown.replace(/[“"][^”"]*[”"]/g, '');
	if (
		/^(?:At (?:this|that) (?:time|point|stage)|The other\b)/.test(outsideQuotes) ||
		/\b(?:(?:this|that|these|those) (?:figure|figures|decision|question|number|numbers|amount)|one such|the (?:following|previous|same) (?:year|month|week|day|season))\b/i.test(
			outsideQuotes
		)
	)
		problems.push('prompt: the sentence points back to one the student does not see');
	return problems;
}

/** Singular, plural or -ing: a gap's options must agree in form with the answer. */
const wordForm = (w: string) =>
	/ing$/.test(w) ? 'gerund' : /[^s]s$/.test(w) ? 'plural' : 'singular';

/** Options that could not be right whatever the article says: a different form, a figure out of range. */
function distractorProblems(item: Item): string[] {
	const options = item.options ?? [];
	if (item.type === 'quote-completion' && new Set(options.map(wordForm)).size > 1)
		return ['options: a distractor of a different form or number'];
	if (item.type === 'how-many' && item.format === 'choice') {
		const { max } = boundsIn(item.prompt);
		const over = options.filter((o) => max !== undefined && Number(o.replace(/,/g, '')) > max);
		if (over.length) return [`options: ${over.join(', ')} contradicts the sentence's own figures`];
	}
	return [];
}

/**
 * Problems of a whole set: never more than two items citing one sentence, and one item per
 * sentence except for match and timeline items.
 */
export function setProblems(items: Item[]): string[] {
	const problems: string[] = [];
	const cited = new Map<string, number>();
	const asked = new Map<string, number>();
	for (const item of items) {
		const keys = [...new Set(item.citations.map((c) => `${c.article}@${c.start}`))];
		for (const k of keys) cited.set(k, (cited.get(k) ?? 0) + 1);
		const last = item.citations[item.citations.length - 1];
		if (item.format !== 'match' && item.format !== 'order' && last) {
			const k = `${last.article}@${last.start}`;
			asked.set(k, (asked.get(k) ?? 0) + 1);
		}
	}
	for (const [k, n] of cited) if (n > 2) problems.push(`${n} items cite the sentence at ${k}`);
	// Two questions on one sentence only fill a thin set (see select.ts); three never.
	for (const [k, n] of asked) if (n > 2) problems.push(`${n} items ask about the sentence at ${k}`);
	return problems;
}

/** Every problem with one item, in plain words; empty when the item may ship. */
export function auditItem(item: Item, articleBodies: Record<string, string>): string[] {
	const parsed = v.safeParse(ItemSchema, item);
	if (!parsed.success) return parsed.issues.map((i) => `schema: ${i.message}`);
	// A teacher may write a question with no source; a generated one always cites its sentence.
	const problems: string[] = item.citations.length ? [] : ['citation: none'];
	for (const c of item.citations) {
		const body = articleBodies[c.article];
		if (body === undefined) problems.push(`citation: unknown article ${c.article}`);
		else if (body.slice(c.start, c.end) !== c.sentence || !c.sentence.trim())
			problems.push(`citation: the sentence is not the article's text at ${c.start}-${c.end}`);
	}
	const cited = item.citations.map((c) => c.sentence).join(' ');
	problems.push(...answerInCitations(item, cited), ...givesAway(item), ...optionProblems(item));
	if (!/^[\p{Lu}“"]/u.test(item.prompt)) problems.push('prompt: does not start with a capital');
	// "True or false? According to X: She added that …": out of its article, "she" names no one.
	if (
		item.type === 'true-false' &&
		/^True or false\?.*?:\s*(?:He|She|They|It|We|I)\b/.test(item.prompt)
	)
		problems.push('prompt: a statement that starts with a pronoun names no one');
	for (const [i, e] of (item.sequence ?? []).entries())
		if (/^(?:Which|Who|Whom|Whose|Where|That|He|She|They|It)\b/.test(e))
			problems.push(`event ${i + 1}: starts with a pronoun, not the event`);
	// A role that is only a title ("Dr", "Mrs", "General", "Sheik") says nothing to match.
	if (item.format === 'match')
		for (const [i, p] of (item.pairs ?? []).entries())
			if (
				/^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady|General|Gen|Colonel|Col|Captain|Capt|Major|Sheikh?|King|Queen|Prince|Princess|Emir|Pope)\.?$/i.test(
					p.right.trim()
				)
			)
				problems.push(`pair ${i + 1}: a courtesy title is not a role`);
	if (
		item.type === 'true-false' &&
		item.answer === 'True' &&
		item.citations.some((c) => repeatsSentence(statementOf(item.prompt), c.sentence))
	)
		problems.push('prompt: a True statement repeats its sentence');
	problems.push(...danglingStem(item), ...distractorProblems(item));
	if ((item.prompt.match(new RegExp(GAP, 'g')) ?? []).length > 1)
		problems.push('prompt: more than one gap');
	const shown = [
		['prompt', item.prompt],
		['explanation', item.explanation],
		...(item.options ?? []).map((o, i) => [`option ${i + 1}`, o]),
		...(item.sequence ?? []).map((o, i) => [`event ${i + 1}`, o]),
		...(item.pairs ?? []).flatMap((p, i) => [
			[`pair ${i + 1}`, p.left],
			[`pair ${i + 1}`, p.right]
		])
	] as [string, string][];
	for (const [what, text] of shown) problems.push(...englishProblems(text, what));
	return problems;
}

/** The figures a headline states, in digits or words: "Hacksaw Ridge gets six" -> [6]. */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Figures a text states, in digits or words; "550 thousand" is 550,000 as well as 550. */
function figuresIn(text: string): number[] {
	return [...text.matchAll(/\b(\d[\d,]*(?:\.\d+)?|[a-z]+)\b(?:\s+(thousand|million|billion)\b)?/gi)]
		.flatMap((m) => {
			const w = m[1] ?? '';
			const n = /^\d/.test(w) ? Number(w.replace(/,/g, '')) : (smallNumber(w) ?? NaN);
			const scale = SCALE[(m[2] ?? '').toLowerCase()];
			return scale ? [n, Math.round(n * scale)] : [n];
		})
		.filter((n) => Number.isFinite(n));
}

/**
 * The headline above the quiz states the answer to an item about its own fact: "Comey fired over
 * Russia investigation" answers "Who was leading the Russia investigation?", and "… gets six
 * nominations" answers "bagged ____ nominations". A date counts only when the stem shares a word
 * with it.
 */
export function headlineGivesAway(item: Item, headline: string): boolean {
	if (!headline || !['how-many', 'when', 'what-happened', 'who-did', 'who-is'].includes(item.type))
		return false;
	const answer = item.answer;
	// The person the headline names is the answer a student picks first: never asked as a name.
	if (item.type !== 'how-many' && item.type !== 'when') return namedIn(headline, answer);
	const stated =
		item.type === 'how-many'
			? figuresIn(headline).includes(smallNumber(answer) ?? Number(answer.replace(/,/g, '')))
			: normalise(headline).includes(normalise(answer)) ||
				(/\b\d{4}\b/.test(answer) &&
					(answer.match(/\b\d{4}\b/g) ?? []).every((y) => headline.includes(y)) &&
					answer.split(/\s+/).every((w) => /^\d+$/.test(w) || headline.includes(w)));
	if (!stated) return false;
	// A figure the headline states is the one a student picks, whatever the stem's words ("At
	// least twelve die" above "____ civilians were killed").
	if (item.type === 'how-many') return true;
	const words = new Set(contentWords(headline));
	const own = new Set(contentWords(answer));
	return contentWords(item.prompt).some((w) => words.has(w) && !own.has(w));
}
