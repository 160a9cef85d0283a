import { describe, expect, it } from 'vitest';
import { parseAiken } from './aiken';

describe('Aiken import', () => {
	it('reads questions with A. or A) options, with or without blank lines between', () => {
		const text = [
			'Is it?',
			'A. Yes',
			'B) No',
			'ANSWER: A',
			'Which?',
			'A. one',
			'B. two',
			'C. three',
			'ANSWER: c'
		].join('\n');
		const { questions, errors } = parseAiken(text);
		expect(errors).toEqual([]);
		expect(questions).toEqual([
			{ line: 1, format: 'choice', prompt: 'Is it?', answer: 'Yes', options: ['Yes', 'No'] },
			{
				line: 5,
				format: 'choice',
				prompt: 'Which?',
				answer: 'three',
				options: ['one', 'two', 'three']
			}
		]);
	});

	it('names the line of each problem', () => {
		const text = [
			'One?',
			'A. a',
			'B. b',
			'ANSWER: D',
			'',
			'Two?',
			'A. a',
			'C. c',
			'ANSWER: A',
			'',
			'Three?',
			'A. a',
			'B. b'
		].join('\n');
		expect(parseAiken(text).errors).toEqual([
			{ line: 4, message: 'ANSWER: D is not an option (the options are A–B)' },
			{ line: 8, message: 'option C is out of order: expected B.' },
			{ line: 11, message: 'this question has no ANSWER: line' }
		]);
	});
});
