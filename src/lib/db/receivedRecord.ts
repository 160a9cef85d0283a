/**
 * The record of a quiz received from a teacher, apart from records.ts so the library page can
 * check it without loading every other record's schema (see shelf.ts). Since schema version 4
 * these records have their own table, `received`, keyed by quiz id; up to version 3 they were
 * settings rows "received:<quiz id>", which `moveReceivedOutOfSettings` upgrades.
 */
import * as v from 'valibot';
import type { Transaction } from 'dexie';

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

/** The settings key a received quiz had up to schema version 3 (and backup version 2). */
export const RECEIVED_PREFIX = 'received:';

/** The last change to a kept quiz: opened again, or finished (a backup merge keeps the later). */
export function changedAt(quiz: ReceivedQuiz): number {
	return Math.max(quiz.openedAt, quiz.result?.finishedAt ?? 0);
}

/** A settings row of a received quiz as its record, or null when it is not one (or no longer fits). */
export function fromLegacySetting(setting: { key: string; value: unknown }): ReceivedQuiz | null {
	if (!setting.key.startsWith(RECEIVED_PREFIX)) return null;
	const parsed = v.safeParse(ReceivedQuizSchema, setting.value);
	return parsed.success && parsed.output.quizId === setting.key.slice(RECEIVED_PREFIX.length)
		? parsed.output
		: null;
}

/**
 * Schema upgrade to version 4: received quizzes leave the settings table for their own. A row
 * that no longer fits the schema stays in settings untouched, so nothing stored is lost.
 */
export async function moveReceivedOutOfSettings(tx: Transaction): Promise<void> {
	const settings = tx.table<{ key: string; value: unknown }, string>('settings');
	const legacy = await settings.where('key').startsWith(RECEIVED_PREFIX).toArray();
	for (const setting of legacy) {
		const quiz = fromLegacySetting(setting);
		if (!quiz) continue;
		await tx.table('received').put(quiz);
		await settings.delete(setting.key);
	}
}
