import { describe, it, expect } from 'vitest';
import type { Item } from '$lib/pipeline/schema';
import { checkItem } from './checkItem';

const choice: Item = {
	id: 'q1',
	type: 'written',
	format: 'choice',
	prompt: 'Which river runs through the town?',
	answer: 'Avon',
	options: ['Avon', 'Severn', 'Trent'],
	explanation: '',
	citations: []
};

describe('checkItem names the field that is wrong', () => {
	it('accepts a sound question with no citation', () => {
		expect(checkItem(choice)).toEqual([]);
	});

	it('finds empty and repeated options, and an answer that is not an option', () => {
		expect(checkItem({ ...choice, options: ['Avon', ' avon', ''] })).toEqual([
			'Option 2 is the same as option 1.',
			'Option 3 is empty.'
		]);
		expect(checkItem({ ...choice, answer: 'Thames' })).toEqual([
			'Answer is not one of the options.'
		]);
		expect(checkItem({ ...choice, prompt: ' ', options: ['Avon'] })).toEqual([
			'Question is empty.',
			'Give at least 2 options.'
		]);
	});

	it('checks numbers, tolerance, typed answers, pairs and steps', () => {
		const number: Item = {
			...choice,
			format: 'number',
			options: undefined,
			answer: '12',
			tolerance: 0
		};
		expect(checkItem(number)).toEqual([]);
		expect(checkItem({ ...number, answer: 'twelve', tolerance: -1 })).toEqual([
			'Answer is not a number: “twelve”.',
			'Tolerance must be a number, 0 or more.'
		]);
		expect(checkItem({ ...number, format: 'text', answer: '' })).toEqual(['Answer is empty.']);
		const pairs = [
			{ left: 'Ana', right: 'Mayor' },
			{ left: 'ana', right: 'Clerk' }
		];
		expect(checkItem({ ...number, format: 'match', answer: '', pairs })).toEqual([
			'Left side 2 is the same as left side 1.'
		]);
		const sequence = ['Vote', 'Build', ''];
		expect(
			checkItem({ ...number, format: 'order', answer: '', sequence, options: sequence })
		).toEqual(['Step 3 is empty.']);
	});

	it('reports a field that is too long by its path', () => {
		expect(checkItem({ ...choice, explanation: 'x'.repeat(2001) })[0]).toMatch(/^explanation: /);
	});
});
