/**
 * The work of the create page's Web Worker, as a pure function so it can be tested in Node:
 * a pasted article in, a validated question set (or a message saying what is wrong) out.
 */
import * as v from 'valibot';
import { extractFacts } from '../extract/index';
import type { Facts } from '../facts';
import { questionsFromArticle } from '../questions/index';
import { hashString } from '../random';
import { QuestionSetSchema, type QuestionSet } from '../schema';
import {
	EMPTY_TEXT,
	MAX_PASTE_CHARS,
	MAX_PASTE_WORDS,
	NO_DATE,
	PASTE_STAGES,
	type PasteProgress,
	type PasteRequest,
	type PasteResponse,
	type PasteStage
} from './protocol';

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ARTICLE_ID = 'article';
const UNNAMED = 'the article';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const STAGES = Object.keys(PASTE_STAGES) as PasteStage[];

/**
 * Never throws: the worker posts whatever comes back, and the page shows `message`.
 * `onProgress` hears each step as it starts (the worker passes it on to the page).
 */
export function handleRequest(
	req: PasteRequest,
	onProgress: (progress: PasteProgress) => void = () => {}
): PasteResponse {
	const fail = (message: string): PasteResponse => ({ id: req.id, ok: false, message });
	const step = (stage: PasteStage) =>
		onProgress({ id: req.id, stage, step: STAGES.indexOf(stage) + 1, of: STAGES.length });
	try {
		step('reading');
		const pasted = typeof req.text === 'string' ? req.text : '';
		const { text, words } = firstWords(pasted, MAX_PASTE_WORDS);
		if (!text.trim()) return fail(EMPTY_TEXT);
		if (pasted.length > MAX_PASTE_CHARS)
			return fail(
				`The text is too long: ${pasted.length.toLocaleString('en')} characters, and the limit is ${MAX_PASTE_CHARS.toLocaleString('en')}. Paste one article at a time.`
			);
		const published = typeof req.published === 'string' ? req.published.trim() : '';
		if (!published) return fail(NO_DATE);
		if (!DATE_RE.test(published))
			return fail(`The publication date "${published}" is not a date: use YYYY-MM-DD.`);
		const outlet = (req.outlet ?? '').trim().slice(0, 120);
		step('facts');
		const facts = extractFacts(text, { published, source: outlet || undefined });
		const id = `custom-${hashString(`${published}\n${outlet}\n${text}`).toString(36)}`;
		// The generator names the outlet in its prompts ("According to X: …"); without one they
		// read "According to : …" and its own checks drop them, so an unnamed outlet is "the article".
		const named = outlet || facts.meta.source;
		step('questions');
		const items = questionsFromArticle(text, {
			id: ARTICLE_ID,
			seed: id,
			published,
			extract: () => ({ ...facts, meta: { ...facts.meta, source: named || UNNAMED } })
		}).map((item) => (named ? item : { ...item, explanation: capitalise(item.explanation) }));
		if (!items.length)
			return fail(
				'No questions could be made from this text: it has no quotes, numbers or dates to ask about. Paste a news article that reports who said what, how many, and when.'
			);
		const set = buildSet(id, req.title, facts, items);
		const parsed = v.safeParse(QuestionSetSchema, set);
		if (!parsed.success)
			return fail(`The questions could not be saved: ${parsed.issues[0].message}`);
		const cut =
			text.length < pasted.trim().length
				? [
						`This text is ${words.toLocaleString('en')} words; the first ${MAX_PASTE_WORDS.toLocaleString('en')} were used, to keep making questions quick. Paste the rest separately for more.`
					]
				: [];
		return {
			id: req.id,
			ok: true,
			set: parsed.output,
			warnings: [...cut, ...plainWarnings(facts)]
		};
	} catch (error) {
		return fail(
			`This text could not be read: ${error instanceof Error ? error.message : String(error)}.`
		);
	}
}

function buildSet(
	id: string,
	title: string | undefined,
	facts: Facts,
	items: QuestionSet['items']
): QuestionSet {
	const name = (title ?? '').trim() || facts.meta.title.trim() || titleWords(facts.body);
	return {
		id,
		title: name.slice(0, 300),
		date: facts.meta.published,
		summary: '',
		tags: [],
		sources: [
			{
				article: ARTICLE_ID,
				outlet: facts.meta.source.slice(0, 120),
				title: name.slice(0, 300),
				published: facts.meta.published
			}
		],
		items: items.slice(0, 500)
	};
}

/**
 * The text up to its `max`th word, ended at the last sentence end before it when there is one
 * (a question cites whole sentences), and how many words the whole text has.
 */
function firstWords(text: string, max: number): { text: string; words: number } {
	const word = /\S+/g;
	let words = 0;
	let end = text.length;
	for (let m = word.exec(text); m; m = word.exec(text)) {
		if (++words === max) end = m.index + m[0].length;
	}
	if (words <= max) return { text, words };
	const head = text.slice(0, end);
	let sentenceEnd = 0;
	for (const m of head.matchAll(/[.!?]["”’)]?(?=\s)/g)) sentenceEnd = m.index + m[0].length;
	return { text: sentenceEnd > head.length / 2 ? head.slice(0, sentenceEnd) : head, words };
}

/** The opening words of the text, as a title when the teacher gave none. */
function titleWords(body: string): string {
	const line = body.trim().split('\n', 1)[0] ?? '';
	const words = line.split(/\s+/).slice(0, 10).join(' ');
	return words.length < line.length ? `${words}…` : words;
}

/** The extractor's own warnings, plus what is missing, said the way a teacher would. */
function plainWarnings(facts: Facts): string[] {
	const notes = facts.warnings.map((w) => `${capitalise(w)}.`);
	if (!facts.quotes.length)
		notes.push('No quotes were found, so there are no questions about who said what.');
	if (!facts.numbers.length)
		notes.push('No numbers were found, so there are no “how many” questions.');
	if (!facts.dates.length) notes.push('No dates were found, so there are no “when” questions.');
	return notes;
}
