import { describe, it, expect } from 'vitest';
import { datesInSentence } from './dates';

const dates = (text: string, published = '2025-01-09') =>
	datesInSentence({ text, start: 0, end: text.length, paragraph: 0 }, 0, published, false).map(
		(d) => [d.text, d.when]
	);

describe('datesInSentence', () => {
	it('normalises absolute dates', () => {
		expect(dates('Fighting began in February 2022.')).toEqual([['February 2022', '2022-02']]);
		expect(dates('Sanctions have applied since 1998.')).toEqual([['since 1998', '1998']]);
		expect(dates('They met on Jan. 3 and again on 21 November.')).toEqual([
			['Jan. 3', '2025-01-03'],
			['21 November', '2024-11-21']
		]);
		expect(dates('It was signed on March 5, 2019.')).toEqual([['March 5, 2019', '2019-03-05']]);
	});

	it('reads weekdays as the latest such day on or before publication (a Thursday)', () => {
		expect(dates('On Wednesday, the minister resigned.')).toEqual([['On Wednesday', '2025-01-08']]);
		expect(dates('He defended Monday’s launch.')).toEqual([['Monday’s', '2025-01-06']]);
	});

	it('resolves relative dates against the publication date', () => {
		expect(dates('Prices fell last month.')).toEqual([['last month', '2024-12']]);
		expect(dates('Talks resumed earlier this month.')).toEqual([['earlier this month', '2025-01']]);
		expect(dates('The vote is today.')).toEqual([['today', '2025-01-09']]);
		expect(dates('Output rose last year.')).toEqual([['last year', '2024']]);
	});

	it('puts a deadline month ahead and a bare month in the same year', () => {
		expect(dates('A review is due by March.', '2023-11-30')).toEqual([['March', '2024-03']]);
		expect(dates('Prices rose in May.', '2024-06-20')).toEqual([['May', '2024-05']]);
	});

	it('says what happened, without the date words', () => {
		const [d] = datesInSentence(
			{
				text: 'Since the army invaded the region in June 2020, trade has collapsed.',
				start: 0,
				end: 66,
				paragraph: 0
			},
			0,
			'2025-01-09',
			false
		);
		expect(d?.what).toBe('the army invaded the region');
	});

	it('finds nothing in a sentence without dates', () => {
		expect(dates('May we begin? The hall was quiet.')).toEqual([]);
	});
});
