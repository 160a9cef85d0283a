/**
 * The data shapes that travel between the pipeline, the app, the database and share links.
 * One valibot schema per shape; the TypeScript types are inferred from them, so a file,
 * a link or a backup is checked against exactly what the code expects.
 */
import * as v from 'valibot';
import { safeHref, WEB_URL_MESSAGE } from './url';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/i, 'an id of letters, digits, . _ -')
);
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A source address: http(s) only, since it is shown as a link (see url.ts). */
export const WebUrlSchema = v.pipe(
	Text(2000),
	v.check((url) => safeHref(url) !== undefined, WEB_URL_MESSAGE)
);

/** Text as the player shows it: two options that differ only in spacing look the same. */
const shown = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The first entry that appears twice in `list` (as shown), or undefined when all differ. */
export function firstRepeat(list: readonly string[] | undefined): string | undefined {
	const seen = new Set<string>();
	for (const entry of list ?? []) {
		const key = shown(entry);
		if (seen.has(key)) return entry;
		seen.add(key);
	}
	return undefined;
}

/**
 * A check that `list(input)` holds no entry twice, whose message names the repeated entry. The
 * player keys options, steps, pairs and items by their text or id, so a repeat would stop it.
 */
export function noRepeats<T>(list: (input: T) => readonly string[] | undefined, what: string) {
	return v.check(
		(input: T) => firstRepeat(list(input)) === undefined,
		(issue: v.CheckIssue<T>) => `${what} ("${firstRepeat(list(issue.input))?.slice(0, 60)}")`
	);
}

/** Where a fact or a question comes from: an exact span of one article's body. */
export const CitationSchema = v.object({
	/** The article's id (its file name without extension). */
	article: Id,
	/** The outlet as shown to readers, e.g. "Reuters". May be empty when the text names none. */
	outlet: Text(120),
	/** The whole sentence that holds the answer, exactly as it stands in the article. */
	sentence: Text(2000),
	/** Character offsets of `sentence` in the article body. */
	start: Offset,
	end: Offset,
	url: v.optional(WebUrlSchema)
});
export type Citation = v.InferOutput<typeof CitationSchema>;

export const QUESTION_TYPES = [
	'who-said',
	'what-said',
	'how-many',
	'when',
	'quote-completion',
	'true-false',
	'match',
	'timeline',
	'which-outlet',
	/** Written by a teacher in the question editor, in any format. Last, so link indexes stay. */
	'written',
	// Appended, never inserted: share links carry a type as its index in this list.
	'what-happened',
	'why',
	'who-is',
	'who-did'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * How a question is answered, which decides how the player shows it and grades it:
 * - choice: pick `answer` among `options`;
 * - number: type a number; right when within `tolerance` of Number(answer);
 * - text: type a word or phrase; graded tolerantly against `answer` (and `accept`);
 * - match: pair each `pairs[i].left` with its `pairs[i].right`;
 * - order: put `options` (shown shuffled) into the order of `sequence`.
 */
export const FORMATS = ['choice', 'number', 'text', 'match', 'order'] as const;
export type Format = (typeof FORMATS)[number];

export const ItemSchema = v.pipe(
	v.object({
		id: Id,
		type: v.picklist(QUESTION_TYPES),
		format: v.picklist(FORMATS),
		prompt: Text(1000),
		answer: Text(1000),
		options: v.optional(v.pipe(v.array(Text(600)), v.maxLength(8))),
		accept: v.optional(v.pipe(v.array(Text(600)), v.maxLength(8))),
		tolerance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1e15))),
		unit: v.optional(Text(80)),
		pairs: v.optional(
			v.pipe(
				v.array(v.object({ left: Text(300), right: Text(600) })),
				v.minLength(2),
				v.maxLength(6)
			)
		),
		sequence: v.optional(v.pipe(v.array(Text(600)), v.minLength(2), v.maxLength(6))),
		explanation: Text(2000),
		/** Empty only for a question a teacher wrote without a source. */
		citations: v.pipe(v.array(CitationSchema), v.maxLength(6)),
		/** Outlets whose reports both state this fact; shown on the item. */
		corroborated: v.optional(v.pipe(v.array(Text(120)), v.maxLength(6)))
	}),
	v.check((item) => {
		switch (item.format) {
			case 'choice':
				return !!item.options && item.options.length >= 2 && item.options.includes(item.answer);
			case 'number':
				// A plain decimal: "" or "1e3" pass Number() but no learner could type them right.
				return /^-?\d+(\.\d+)?$/.test(item.answer) && item.tolerance !== undefined;
			case 'text':
				return item.answer.trim().length > 0;
			case 'match':
				return !!item.pairs;
			case 'order':
				return !!item.sequence && !!item.options && item.options.length === item.sequence.length;
		}
	}, 'the fields do not fit the question format'),
	noRepeats((item) => item.options, 'two options are the same'),
	noRepeats((item) => item.pairs?.map((pair) => pair.left), 'two pairs have the same left side'),
	noRepeats((item) => item.sequence, 'two steps are the same'),
	v.check(
		(item) => !item.sequence || item.sequence.every((step) => item.options?.includes(step)),
		'every step must be one of the options'
	)
);
export type Item = v.InferOutput<typeof ItemSchema>;

export const SourceSchema = v.object({
	article: Id,
	outlet: Text(120),
	title: Text(300),
	published: Text(10),
	url: v.optional(WebUrlSchema)
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** A question set: one story's questions, as prerendered to /sets/<id>.json and carried in links. */
export const QuestionSetSchema = v.object({
	id: Id,
	title: Text(300),
	date: Text(10),
	summary: Text(2000),
	tags: v.pipe(v.array(Text(40)), v.maxLength(20)),
	sources: v.pipe(
		v.array(SourceSchema),
		v.maxLength(20),
		noRepeats((sources) => sources.map((s) => s.article), 'two sources have the same article')
	),
	items: v.pipe(
		v.array(ItemSchema),
		v.maxLength(500),
		noRepeats((items) => items.map((item) => item.id), 'two items have the same id')
	)
});
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;

/** The list at /sets/index.json: what the library shows without loading every set. */
export const SetSummarySchema = v.object({
	id: Id,
	title: Text(300),
	date: Text(10),
	summary: Text(2000),
	tags: v.array(Text(40)),
	sources: v.array(SourceSchema),
	count: v.number()
});
export type SetSummary = v.InferOutput<typeof SetSummarySchema>;
