/**
 * A shared quiz: the teacher's options plus where the questions come from — a built-in set by
 * reference (id, and picked item ids or a seeded draw) or a whole question set inside the link.
 * Inline sets are checked by the same QuestionSetSchema as built-in sets.
 */
import * as v from 'valibot';
import { ItemSchema, noRepeats, QuestionSetSchema } from '$lib/pipeline/schema';
import { canonicalJson, shortHash } from './codec';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/i, 'an id of letters, digits, . _ -')
);
const Int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ShareSourceSchema = v.variant('kind', [
	v.object({
		kind: v.literal('set'),
		setId: Id,
		/** Hand-picked items, in the order the quiz shows them. */
		itemIds: v.optional(
			v.pipe(
				v.array(Id),
				v.minLength(1),
				v.maxLength(500),
				noRepeats((ids) => ids, 'two item ids are the same')
			)
		),
		/** `n` items drawn with `seed` (see drawItems), the same on every device. */
		draw: v.optional(v.object({ n: Int(1, 500), seed: Int(0, 0xffffffff) })),
		/**
		 * Items the teacher changed: each replaces the built-in item with the same id (or is added
		 * when `itemIds` names it and the set has none). Only these travel whole in the link.
		 */
		edited: v.optional(
			v.pipe(
				v.array(ItemSchema),
				v.maxLength(100),
				noRepeats((items) => items.map((item) => item.id), 'two edited items have the same id')
			)
		),
		/**
		 * Questions the teacher only reworded: the id and the new prompt travel, the rest comes
		 * from the built-in item, so ten reworded questions still fit one QR code.
		 */
		reworded: v.optional(
			v.pipe(
				v.array(v.object({ id: Id, prompt: v.pipe(Text(1000), v.minLength(1)) })),
				v.maxLength(100),
				noRepeats((items) => items.map((item) => item.id), 'two reworded items have the same id')
			)
		)
	}),
	v.object({ kind: v.literal('inline'), set: QuestionSetSchema })
]);
export type ShareSource = v.InferOutput<typeof ShareSourceSchema>;

export const ShareQuizSchema = v.object({
	title: Text(200),
	message: Text(1000),
	mode: v.picklist(['practice', 'test']),
	/** Whole quiz, in seconds; absent = no limit. */
	timeLimitSec: v.optional(Int(10, 86_400)),
	/** Show the right answer and the source after each question. */
	reveal: v.boolean(),
	source: ShareSourceSchema
});
export type ShareQuizContent = v.InferOutput<typeof ShareQuizSchema>;

/** A quiz with its id: a hash of its content, so the id changes whenever the content does. */
export type ShareQuiz = ShareQuizContent & { id: string };

export const QUIZ_ID_LENGTH = 12;

/** The id of a quiz's content (12 base64url chars of SHA-256 over canonical JSON, 72 bits). */
export async function quizId(content: ShareQuizContent): Promise<string> {
	const { title, message, mode, timeLimitSec, reveal, source } = content;
	return shortHash(
		canonicalJson({ title, message, mode, timeLimitSec, reveal, source }),
		QUIZ_ID_LENGTH
	);
}

export type ValidQuiz = { ok: true; quiz: ShareQuiz } | { ok: false; message: string };

/** Check quiz content against the schema and give it its id; `message` names the bad field. */
export async function makeShareQuiz(content: unknown): Promise<ValidQuiz> {
	const parsed = v.safeParse(ShareQuizSchema, content);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return { ok: false, message: `${fieldName(issue.path ?? [])}: ${plainIssue(issue)}` };
	}
	return { ok: true, quiz: { ...parsed.output, id: await quizId(parsed.output) } };
}

/** Counted things in a path, in the words a teacher uses: items.2 is "item 3". */
const COUNTED: Record<string, string> = {
	items: 'item',
	edited: 'edited item',
	reworded: 'reworded item',
	itemIds: 'item id',
	citations: 'citation',
	sources: 'source',
	options: 'option',
	accept: 'accepted answer',
	pairs: 'pair',
	sequence: 'step',
	tags: 'tag',
	corroborated: 'outlet'
};

const NAMED: Partial<Record<string, string>> = {
	itemIds: 'item ids',
	setId: 'set id',
	timeLimitSec: 'time limit'
};

/** "source.set.items.2.citations.0.url" as "item 3, citation 1, url": where the fault is. */
function fieldName(path: readonly { key?: unknown }[]): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = String(path[i]?.key);
		const next = path[i + 1]?.key;
		if (key === 'source' || key === 'set') continue;
		if (Object.hasOwn(COUNTED, key) && typeof next === 'number') {
			parts.push(`${COUNTED[key]} ${next + 1}`);
			i++;
		} else parts.push((Object.hasOwn(NAMED, key) && NAMED[key]) || key);
	}
	return parts.join(', ') || 'quiz';
}

/** Valibot's message, minus the words a teacher should not have to read ("undefined", "NaN"). */
function plainIssue(issue: { input: unknown; message: string }): string {
	if (issue.input === undefined) return 'missing';
	return issue.message.replace(/\bNaN\b/g, 'not a number');
}
