/**
 * The record of a quiz received from a teacher, apart from records.ts so the library page can
 * check it without loading every other record's schema (see shelf.ts).
 */
import * as v from 'valibot';

const Str = (max = 300) => v.pipe(v.string(), v.maxLength(max));
const Ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A quiz a student opened from a teacher's link, with their result and result code once they
 * finished it: the Library lists it ("From your teacher") and the code can be shown again.
 */
export const ReceivedQuizSchema = v.object({
	quizId: Str(200),
	title: Str(300),
	/** The link's quiz part, to open the quiz again without the teacher's link. */
	payload: Str(200_000),
	/** Last opened; the shelf lists the latest first. */
	openedAt: Ms,
	result: v.optional(
		v.object({
			student: Str(60),
			score: Count,
			total: Count,
			code: Str(20_000),
			finishedAt: Ms
		})
	)
});
export type ReceivedQuiz = v.InferOutput<typeof ReceivedQuizSchema>;
export type ReceivedResult = NonNullable<ReceivedQuiz['result']>;
