import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { ItemSchema, type Item } from '$lib/pipeline/schema';
import { matchChoices, optionOrder } from './shuffle';

const base = {
	id: 'q1',
	prompt: 'Question?',
	explanation: 'Because.',
	citations: [{ article: 'a1', outlet: 'O', sentence: 'S.', start: 0, end: 2 }]
};

const choice: Item = v.parse(ItemSchema, {
	...base,
	type: 'who-said',
	format: 'choice',
	answer: 'b',
	options: ['a', 'b', 'c', 'd', 'e']
});
const order: Item = v.parse(ItemSchema, {
	...base,
	type: 'timeline',
	format: 'order',
	answer: '',
	options: ['x', 'y'],
	sequence: ['x', 'y']
});
const match: Item = v.parse(ItemSchema, {
	...base,
	type: 'match',
	format: 'match',
	answer: '',
	pairs: [
		{ left: 'A', right: '1' },
		{ left: 'B', right: '2' }
	]
});

describe('optionOrder', () => {
	it('shows every option once, the same order for one attempt, varying across attempts', () => {
		const shown = optionOrder(choice, 'attempt-1');
		expect([...shown].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(optionOrder(choice, 'attempt-1')).toEqual(shown);
		const orders = new Set(
			Array.from({ length: 20 }, (_, i) => optionOrder(choice, `attempt-${i}`).join(''))
		);
		expect(orders.size).toBeGreaterThan(10);
	});

	it('always shows True above False, whatever the attempt', () => {
		const tf = v.parse(ItemSchema, {
			...base,
			type: 'true-false',
			format: 'choice',
			answer: 'False',
			options: ['False', 'True']
		});
		for (let i = 0; i < 20; i++) expect(optionOrder(tf, `a${i}`)).toEqual(['True', 'False']);
	});

	it('never shows an order item already in the right order', () => {
		for (let i = 0; i < 30; i++) expect(optionOrder(order, `a${i}`)).toEqual(['y', 'x']);
	});
});

describe('matchChoices', () => {
	it('never lines the right-hand sides up with their lefts', () => {
		for (let i = 0; i < 30; i++) expect(matchChoices(match, `a${i}`)).toEqual(['2', '1']);
	});
});

describe('matchChoices with a right shared by two lefts', () => {
	it('lists that right once, so the player can key the list by its text', () => {
		const shared = {
			id: 'm',
			format: 'match',
			pairs: [
				{ left: 'a', right: 'x' },
				{ left: 'b', right: 'x' },
				{ left: 'c', right: 'y' }
			]
		} as Item;
		expect(matchChoices(shared, 'attempt').sort()).toEqual(['x', 'y']);
	});
});
