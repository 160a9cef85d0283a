/** Helpers shared by this folder's specs (not used by the app). */
import { setDbName } from './db';
import { startAttempt, recordAnswer } from './attempts';
import type { Mode } from './records';

let counter = 0;

/** Points the module at a new, empty database so specs do not see each other's data. */
export function useFreshDb(): string {
	const name = `factdeck-test-${Date.now()}-${++counter}`;
	setDbName(name);
	return name;
}

/** Local noon on a given day, so day boundaries do not depend on the test machine's zone. */
export function day(year: number, month: number, date: number, hour = 12): number {
	return new Date(year, month - 1, date, hour).getTime();
}

/** Answers the given items of a new attempt: `results[i]` says whether item i was right. */
export async function answerItems(
	setId: string,
	results: boolean[],
	now: number,
	mode: Mode = 'practice',
	durationMs = 8000
) {
	const itemIds = results.map((_, i) => `q${i + 1}`);
	const attempt = await startAttempt({ setId, mode, itemIds, now });
	for (const [i, correct] of results.entries()) {
		await recordAnswer({
			attemptId: attempt.id,
			setId,
			itemId: itemIds[i] as string,
			response: { format: 'choice', choice: correct ? 'right' : 'wrong' },
			correct,
			durationMs,
			now: now + i * 1000
		});
	}
	return attempt;
}
