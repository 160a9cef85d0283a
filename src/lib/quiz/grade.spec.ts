import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import fc from 'fast-check';
import { ItemSchema, type Item } from '$lib/pipeline/schema';
import { gradeAnswer, parseNumberAnswer } from './grade';
import { ResponseSchema } from './response';

const citation = { article: 'a1', outlet: 'Outlet', sentence: 'A sentence.', start: 0, end: 11 };

function item(fields: Partial<Item> & Pick<Item, 'format' | 'answer'>): Item {
	return v.parse(ItemSchema, {
		id: 'q1',
		type: 'how-many',
		prompt: 'Question?',
		explanation: 'Because.',
		citations: [citation],
		...fields
	});
}

describe('parseNumberAnswer', () => {
	it.each([
		['12000', 12000],
		['12,000', 12000],
		['12 000', 12000],
		['12\u00a0000', 12000],
		['12k', 12000],
		['12K', 12000],
		['12 thousand', 12000],
		['1.5 million', 1_500_000],
		['1.5m', 1_500_000],
		['$3bn', 3e9],
		['2 billion', 2e9],
		['1,234,567.5', 1234567.5],
		['about 300 troops', 300],
		['more than 40%', 40],
		['-5', -5],
		['-0', 0],
		['\u22125', -5],
		['0.25', 0.25],
		['1,5', 1.5],
		['twelve', 12],
		['twelve thousand', 12000],
		['twenty-five', 25],
		['one hundred and five', 105],
		['a million', 1e6],
		['three hundred thousand people', 300000]
	])('reads %s as %d', (text, value) => {
		expect(parseNumberAnswer(text)).toBe(value);
	});

	it.each([[''], ['many'], ['12 or 13'], ['between 10 and 20'], ['a'], ['twelve or thirteen']])(
		'refuses %j',
		(text) => {
			expect(parseNumberAnswer(text)).toBeNull();
		}
	);

	it('reads any whole number however its digits are grouped', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
				expect(parseNumberAnswer(String(n))).toBe(n);
				expect(parseNumberAnswer(n.toLocaleString('en-US'))).toBe(n);
				expect(parseNumberAnswer(n.toLocaleString('en-US').replace(/,/g, ' '))).toBe(n);
				expect(parseNumberAnswer(`-${n.toLocaleString('en-US')}`)).toBe(n === 0 ? 0 : -n);
			})
		);
	});

	it('ignores the item unit when typed', () => {
		expect(parseNumberAnswer('15 km', 'km')).toBe(15);
		expect(parseNumberAnswer('15km', 'km')).toBe(15);
	});
});

describe('gradeAnswer: number', () => {
	const troops = item({ format: 'number', answer: '12000', tolerance: 0, unit: 'troops' });

	it('accepts the same number however it is written', () => {
		for (const value of ['12000', '12,000', '12 000', '12k', '12 thousand', '12,000 troops']) {
			expect(gradeAnswer(troops, { format: 'number', value }).correct, value).toBe(true);
		}
	});

	it('refuses a different or unreadable number and shows the expected one', () => {
		const grade = gradeAnswer(troops, { format: 'number', value: '11,999' });
		expect(grade.correct).toBe(false);
		expect(grade.expected).toBe('12,000 troops');
		expect(gradeAnswer(troops, { format: 'number', value: 'lots' }).correct).toBe(false);
	});

	it('accepts numbers within the tolerance and refuses those outside it', () => {
		const rough = item({ format: 'number', answer: '300', tolerance: 10 });
		expect(gradeAnswer(rough, { format: 'number', value: '310' }).correct).toBe(true);
		expect(gradeAnswer(rough, { format: 'number', value: '290' }).correct).toBe(true);
		expect(gradeAnswer(rough, { format: 'number', value: '311' }).correct).toBe(false);
		const decimal = item({ format: 'number', answer: '0.3', tolerance: 0 });
		expect(gradeAnswer(decimal, { format: 'number', value: '0.3' }).correct).toBe(true);
	});
});

describe('gradeAnswer: text', () => {
	const name = item({
		format: 'text',
		type: 'who-said',
		answer: 'Vassily Nebenzia',
		accept: ['Nebenzia']
	});

	it('ignores case, accents, punctuation, spacing and quote style', () => {
		for (const value of [
			'vassily nebenzia',
			'  Vassily   Nebenzia. ',
			'VASSILY NEBENZIA!',
			'Vassíly Nebenzia'
		]) {
			expect(gradeAnswer(name, { format: 'text', value }).correct, value).toBe(true);
		}
		const quote = item({ format: 'text', answer: 'don\u2019t stop' });
		expect(gradeAnswer(quote, { format: 'text', value: "Don't stop" }).correct).toBe(true);
		expect(gradeAnswer(quote, { format: 'text', value: 'dont stop' }).correct).toBe(true);
	});

	it('accepts listed alternatives and a missing leading article', () => {
		expect(gradeAnswer(name, { format: 'text', value: 'nebenzia' }).correct).toBe(true);
		const body = item({ format: 'text', answer: 'the Security Council' });
		expect(gradeAnswer(body, { format: 'text', value: 'Security Council' }).correct).toBe(true);
	});

	it('refuses a different answer', () => {
		const grade = gradeAnswer(name, { format: 'text', value: 'Nebenzi' });
		expect(grade).toEqual({ correct: false, expected: 'Vassily Nebenzia' });
		expect(gradeAnswer(name, { format: 'text', value: '' }).correct).toBe(false);
	});
});

describe('gradeAnswer: choice, match, order', () => {
	const choice = item({ format: 'choice', answer: '40', options: ['40', '40%', '400'] });

	it('grades a choice against the answer, keeping similar options apart', () => {
		expect(gradeAnswer(choice, { format: 'choice', choice: '40' }).correct).toBe(true);
		expect(gradeAnswer(choice, { format: 'choice', choice: '40%' }).correct).toBe(false);
		const curly = item({
			format: 'choice',
			answer: '\u201cNo\u201d',
			options: ['\u201cNo\u201d', 'Yes']
		});
		expect(gradeAnswer(curly, { format: 'choice', choice: '"No"' }).correct).toBe(true);
	});

	it('grades a match only when every pair is right', () => {
		const match = item({
			format: 'match',
			type: 'match',
			answer: '',
			pairs: [
				{ left: 'A', right: 'one' },
				{ left: 'B', right: 'two' }
			]
		});
		expect(gradeAnswer(match, { format: 'match', pairs: { A: 'one', B: 'two' } }).correct).toBe(
			true
		);
		expect(gradeAnswer(match, { format: 'match', pairs: { A: 'two', B: 'one' } }).correct).toBe(
			false
		);
		const partial = gradeAnswer(match, { format: 'match', pairs: { A: 'one' } });
		expect(partial).toEqual({ correct: false, expected: 'A → one; B → two' });
	});

	it('grades an order only when the whole sequence is right', () => {
		const order = item({
			format: 'order',
			type: 'timeline',
			answer: '',
			options: ['c', 'a', 'b'],
			sequence: ['a', 'b', 'c']
		});
		expect(gradeAnswer(order, { format: 'order', sequence: ['a', 'b', 'c'] }).correct).toBe(true);
		expect(gradeAnswer(order, { format: 'order', sequence: ['a', 'c', 'b'] }).correct).toBe(false);
		expect(gradeAnswer(order, { format: 'order', sequence: ['a', 'b'] })).toEqual({
			correct: false,
			expected: 'a → b → c'
		});
	});

	it('refuses a response of another format', () => {
		expect(gradeAnswer(choice, { format: 'text', value: '40' }).correct).toBe(false);
	});
});

describe('gradeAnswer: lefts that are names of object properties', () => {
	const match = item({
		format: 'match',
		type: 'match',
		answer: '',
		pairs: [
			{ left: '__proto__', right: 'one' },
			{ left: 'constructor', right: 'two' },
			{ left: 'toString', right: 'three' }
		]
	});
	// As JSON.parse, IndexedDB and Object.fromEntries give it: "__proto__" an own key.
	const pairs = (a: string, b: string, c: string) =>
		Object.fromEntries([
			['__proto__', a],
			['constructor', b],
			['toString', c]
		]) as Record<string, string>;

	it('grades the right pairs right and the wrong pairs wrong', () => {
		expect(gradeAnswer(match, { format: 'match', pairs: pairs('one', 'two', 'three') })).toEqual({
			correct: true,
			expected: '__proto__ → one; constructor → two; toString → three'
		});
		expect(
			gradeAnswer(match, { format: 'match', pairs: pairs('two', 'one', 'three') }).correct
		).toBe(false);
	});

	it('grades an answer missing those lefts as wrong, without throwing', () => {
		expect(gradeAnswer(match, { format: 'match', pairs: {} }).correct).toBe(false);
	});

	it('keeps those lefts when a stored answer is read back through the schema', () => {
		const stored: unknown = JSON.parse(
			JSON.stringify({ format: 'match', pairs: pairs('one', 'two', 'three') })
		);
		const response = v.parse(ResponseSchema, stored);
		expect(Object.keys(response.format === 'match' ? response.pairs : {})).toEqual([
			'__proto__',
			'constructor',
			'toString'
		]);
		expect(gradeAnswer(match, response).correct).toBe(true);
	});
});
