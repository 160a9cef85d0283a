/**
 * A shared quiz as the teacher tells it apart from others: two quizzes shared the same day often
 * have the same title, so the time and the number of questions are part of its name.
 */
export function quizName(
	title: string,
	sharedAt: number,
	questions: number | undefined,
	locale?: string
): string {
	const when = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(sharedAt);
	const count =
		questions === undefined ? '' : ` · ${questions} ${questions === 1 ? 'question' : 'questions'}`;
	return `${title} · ${when}${count}`;
}
