import { describe, it, expect } from 'vitest';
import { numbersInSentence } from './numbers';

const numbers = (text: string) =>
	numbersInSentence({ text, start: 0, end: text.length, paragraph: 0 }, 0, []).map((n) => ({
		value: n.value,
		qualifier: n.qualifier,
		what: n.what,
		text: n.text
	}));

describe('numbersInSentence', () => {
	it('reads digits with a qualifier and says what they count, and where', () => {
		expect(numbers('Officials say over 3,400 foreign soldiers are in Belarus.')).toEqual([
			{ value: 3400, qualifier: 'over', what: 'foreign soldiers in Belarus', text: 'over 3,400' }
		]);
	});

	it('takes the subject as what is counted when a verb qualifies the number', () => {
		expect(numbers('The flood damage bill exceeded 900 in Texas.')[0]).toMatchObject({
			value: 900,
			qualifier: 'exceeded',
			what: 'flood damage bill in Texas'
		});
	});

	it('reads numbers written in words', () => {
		expect(numbers('Scientists found six new moons and nearly a dozen comets.')).toEqual([
			{ value: 6, qualifier: null, what: 'new moons', text: 'six' },
			{ value: 12, qualifier: 'nearly', what: 'comets', text: 'nearly a dozen' }
		]);
	});

	it('turns "the 27-member bloc" into members of the bloc', () => {
		expect(numbers('The 27-member bloc agreed.')[0]).toMatchObject({
			value: 27,
			what: 'members of the bloc'
		});
	});

	it('reads percentages, currencies and scales', () => {
		const [a, b] = numbersInSentence(
			{
				text: 'Inflation rose 3.1% while exports fell by $2.5 billion.',
				start: 0,
				end: 55,
				paragraph: 0
			},
			0,
			[]
		);
		expect(a).toMatchObject({ value: 3.1, unit: 'percent', what: 'Inflation' });
		expect(b).toMatchObject({ value: 2.5e9, unit: 'USD' });
	});

	it('skips years, ordinals and names with digits', () => {
		expect(numbers('In 2019 the F-16 and COVID-19 were news for the 3rd time.')).toEqual([]);
	});

	it('leaves clock times and odds alone', () => {
		expect(
			numbers(
				'The ferry left at 7:45 a.m., returned by 6 pm at odds of 7/2, and carried 312 passengers.'
			).map((n) => n.value)
		).toEqual([312]);
	});
});
