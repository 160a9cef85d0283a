import type { Response } from '$lib/quiz/grade';

/** A learner's answer as one line of text, for feedback, results and CSV. */
export function describeResponse(response: Response | undefined): string {
	if (!response) return 'No answer';
	switch (response.format) {
		case 'choice':
			return response.choice;
		case 'number':
		case 'text':
			return response.value.trim() || 'No answer';
		case 'match':
			return Object.entries(response.pairs)
				.map(([left, right]) => `${left} → ${right}`)
				.join('; ');
		case 'order':
			return response.sequence.join(' → ');
	}
}

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
