import { describe, it, expect } from 'vitest';
import { quizName } from './quizName';

describe('quizName', () => {
	it('tells apart two quizzes with one title by time and question count', () => {
		const at = new Date(2026, 11, 2, 9, 41).getTime();
		expect(quizName('Friday quiz', at, 10, 'en-GB')).toBe(
			'Friday quiz · 2 Dec 2026, 09:41 · 10 questions'
		);
		expect(quizName('Friday quiz', at + 3_600_000, 1, 'en-GB')).toBe(
			'Friday quiz · 2 Dec 2026, 10:41 · 1 question'
		);
		expect(quizName('Friday quiz', at, undefined, 'en-GB')).toBe('Friday quiz · 2 Dec 2026, 09:41');
	});
});
