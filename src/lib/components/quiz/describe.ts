import { responseText, type Response } from '$lib/quiz/response';

/** A learner's answer as one line of text for feedback and results. */
export function describeResponse(response: Response | undefined): string {
	return (response && responseText(response).trim()) || 'No answer';
}

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
