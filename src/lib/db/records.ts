/**
 * The records stored in IndexedDB, as valibot schemas: the same schemas check a backup file
 * before anything in it touches the database. Times are epoch milliseconds everywhere (JSON-safe
 * in backups, and numbers index well).
 */
import * as v from 'valibot';
import { S_MAX, S_MIN } from 'ts-fsrs';
import { ResponseSchema } from '$lib/quiz/response';

const Str = (max = 300) => v.pipe(v.string(), v.maxLength(max));
const Ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Far more answers than one device will ever store, far below IndexedDB's last key (2^53). */
export const MAX_ANSWER_ID = 2 ** 32;

export const MODES = ['practice', 'test', 'review', 'shared', 'cards'] as const;
export type Mode = (typeof MODES)[number];

export const AttemptSchema = v.object({
	id: Str(100),
	setId: Str(),
	mode: v.picklist(MODES),
	/** The questions in the order this attempt shows them. */
	itemIds: v.pipe(v.array(Str()), v.maxLength(1000)),
	/** Index in itemIds of the next question to show. */
	position: Count,
	status: v.picklist(['active', 'finished']),
	startedAt: Ms,
	/** Last change; a merge keeps the attempt changed last. */
	updatedAt: Ms,
	finishedAt: v.optional(Ms),
	// Finite: JSON writes Infinity as null, and the next backup would then be refused.
	timeLimitSec: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
	shareId: v.optional(Str(2000)),
	title: v.optional(Str(300))
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const AnswerSchema = v.object({
	/**
	 * Assigned by the database; absent before the row is stored. Bounded: a backup that brings
	 * an id near 2^53 pushes IndexedDB's key generator to its end, and every answer after it
	 * fails to save, on that device, for good.
	 */
	id: v.optional(
		v.pipe(
			v.number(),
			v.integer(),
			v.minValue(1),
			v.maxValue(MAX_ANSWER_ID, `an answer number up to ${MAX_ANSWER_ID.toLocaleString('en')}`)
		)
	),
	attemptId: Str(100),
	setId: Str(),
	itemId: Str(),
	response: ResponseSchema,
	correct: v.boolean(),
	answeredAt: Ms,
	durationMs: Ms
});
export type Answer = v.InferOutput<typeof AnswerSchema>;

/** A ts-fsrs Card with dates as milliseconds, plus which question it schedules. */
export const CardSchema = v.pipe(
	v.object({
		/** setId + '/' + itemId */
		key: Str(700),
		setId: Str(),
		itemId: Str(),
		due: Ms,
		stability: v.pipe(v.number(), v.finite()),
		difficulty: v.pipe(v.number(), v.finite()),
		elapsed_days: v.pipe(v.number(), v.finite()),
		scheduled_days: v.pipe(v.number(), v.finite()),
		learning_steps: Count,
		reps: Count,
		lapses: Count,
		/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
		state: v.picklist([0, 1, 2, 3]),
		last_review: v.optional(Ms),
		/** ts-fsrs Rating of the last answer: 1 Again, 2 Hard, 3 Good, 4 Easy. */
		lastRating: v.picklist([1, 2, 3, 4])
	}),
	// ts-fsrs throws on any other memory state, and the question could never be answered again.
	v.check(
		(card) =>
			(card.stability === 0 && card.difficulty === 0) ||
			(card.difficulty >= 1 &&
				card.difficulty <= 10 &&
				card.stability >= S_MIN &&
				card.stability <= S_MAX),
		'not a review state the scheduler can read (difficulty 1 to 10, stability 0.001 to 36500 days, or both 0)'
	)
);
export type CardRecord = v.InferOutput<typeof CardSchema>;

export const SettingSchema = v.object({ key: Str(200), value: v.unknown(), updatedAt: Ms });
export type Setting = v.InferOutput<typeof SettingSchema>;

/** One student's result for a shared quiz, as received by the teacher. */
export const RosterEntrySchema = v.object({
	id: Str(200),
	quizId: Str(2000),
	quizTitle: Str(300),
	student: Str(200),
	score: Count,
	total: Count,
	answers: v.pipe(
		v.array(
			v.object({
				itemId: Str(),
				correct: v.boolean(),
				response: v.optional(Str(2000)),
				ms: v.optional(Ms)
			})
		),
		v.maxLength(1000)
	),
	durationMs: Ms,
	startedAt: v.optional(Ms),
	receivedAt: Ms
});
export type RosterEntry = v.InferOutput<typeof RosterEntrySchema>;

export { ReceivedQuizSchema, type ReceivedQuiz, type ReceivedResult } from './receivedRecord';
