import type { Which } from './types';

/** How a quiz page was asked to start, read from its query string. */
export interface QuizOptions {
	from: { attempt: string; which: Which } | null;
	count: number;
	onlyMissed: boolean;
	minutes: number;
}

/**
 * `?wrong=<attempt>` or `?unreached=<attempt>` ask an earlier attempt's questions again;
 * `?count=10` draws that many; `?only=missed` asks what the learner last got wrong.
 */
export function quizOptions(params: URLSearchParams): QuizOptions {
	const wrong = params.get('wrong') ?? params.get('retry');
	const unreached = params.get('unreached');
	return {
		from: wrong
			? { attempt: wrong, which: 'wrong' }
			: unreached
				? { attempt: unreached, which: 'unreached' }
				: null,
		count: Math.max(0, Math.floor(Number(params.get('count')) || 0)),
		onlyMissed: params.get('only') === 'missed',
		minutes: Math.max(0, Number(params.get('minutes')) || 0)
	};
}
