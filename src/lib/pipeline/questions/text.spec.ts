import { describe, it, expect } from 'vitest';
import { clauseStart, containsWords, formatNumber, reportedClause, similarity } from './text';

describe('reported clauses', () => {
	const body = 'The minister spoke. Later the mayor said that the bridge will close in March.';

	it('ends a clause inside its closing quotation mark without the full stop', () => {
		expect(
			reportedClause(
				'tourism is down because visits are "almost nonexistent right now."',
				'said that',
				body
			)
		).toBe('tourism is down because visits are "almost nonexistent right now"');
	});

	it('turns a "that" clause into one that reads after "said that"', () => {
		expect(reportedClause('The bridge will close in March.', 'said that', body)).toBe(
			'the bridge will close in March'
		);
	});

	it('refuses noun phrases, pronoun sentences and short fragments', () => {
		expect(
			reportedClause('the growing cost of the new bridge over the river', 'warned about', body)
		).toBeNull();
		expect(reportedClause('He accused the council of wasting money.', 'accused', body)).toBeNull();
		expect(reportedClause('too late', 'said that', body)).toBeNull();
	});

	it('keeps the capital of a name at the start of a clause', () => {
		expect(clauseStart('Oslo will host the games', body)).toBe('Oslo will host the games');
		expect(clauseStart('The games will be in Oslo', body)).toBe('the games will be in Oslo');
		// A title keeps its capitals even where the body uses the word in lower case.
		expect(clauseStart('Justice Minister of Norway', `${body} They were brought to justice.`)).toBe(
			'Justice Minister of Norway'
		);
	});
});

describe('comparing statements', () => {
	it('scores two wordings of the same fact higher than different facts', () => {
		const a = 'part of an effort to enhance the city’s flood defences';
		const b = "part of efforts to strengthen the city's flood defences";
		const c = 'ticket prices will rise next year';
		expect(similarity(a, b)).toBeGreaterThan(0.4);
		expect(similarity(a, c)).toBe(0);
	});

	it('finds whole words regardless of case and quote style', () => {
		expect(containsWords('The Mayor’s plan', "mayor's plan")).toBe(true);
		expect(containsWords('Ashford said', 'Ash')).toBe(false);
	});

	it('writes numbers with thousands separators when asked', () => {
		expect(formatNumber(12500)).toBe('12,500');
		expect(formatNumber(1500, true)).toBe('1,500');
		expect(formatNumber(1500, false)).toBe('1500');
		expect(formatNumber(2.75)).toBe('2.75');
	});
});
