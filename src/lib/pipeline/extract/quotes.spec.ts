import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';

const quotes = (text: string) =>
	extractFacts(text, { published: '2024-05-15' }).quotes.map((q) => ({
		speaker: q.speaker,
		text: q.text,
		direct: q.direct
	}));

describe('quotes', () => {
	it('attributes a direct quote to the speaker after it, by surname', () => {
		const text =
			'Finance Minister Laura Pinto said on Tuesday that the budget was balanced. “We kept every promise,” Pinto told parliament.';
		expect(quotes(text)).toEqual([
			{ speaker: 'Laura Pinto', text: 'the budget was balanced.', direct: false },
			{ speaker: 'Laura Pinto', text: 'We kept every promise', direct: true }
		]);
	});

	it('reads "said X" inversion and straight quotation marks', () => {
		expect(quotes('"Markets are calm," said Omar Haddad, the bank\'s chief strategist.')).toEqual([
			{ speaker: 'Omar Haddad', text: 'Markets are calm', direct: true }
		]);
	});

	it('resolves a pronoun speaker to the last person', () => {
		const text =
			'Spain’s foreign minister, Elena Ruiz, met her counterpart. She warned that talks could fail.';
		expect(quotes(text)).toEqual([
			{ speaker: 'Elena Ruiz', text: 'talks could fail.', direct: false }
		]);
	});

	it('gives a quote with no cue of its own to the previous speaker', () => {
		const text = '“Prices will fall,” said Paul Meyer, an economist. “But not this year.”';
		expect(quotes(text).map((q) => q.speaker)).toEqual(['Paul Meyer', 'Paul Meyer']);
	});

	it('reads "according to X, …", "X accused Y of …" and "…, X said"', () => {
		const text =
			'According to Nadia Farah, the director of the agency, 40 staff left in March. She accused the ministry of cutting funds. Output is falling, a senior official said on Friday.';
		expect(quotes(text)).toEqual([
			{ speaker: 'Nadia Farah', text: '40 staff left in March.', direct: false },
			{ speaker: 'Nadia Farah', text: 'the ministry of cutting funds', direct: false },
			{ speaker: 'a senior official', text: 'Output is falling', direct: false }
		]);
	});

	it('takes countries and organisations as speakers', () => {
		const text =
			'On Monday, the United Kingdom issued a warning about rising piracy in the region.';
		expect(quotes(text)).toEqual([
			{ speaker: 'United Kingdom', text: 'rising piracy in the region.', direct: false }
		]);
	});

	it('keeps a quoted fragment in reported speech as the quote, with its speaker', () => {
		const text = 'Trade envoy Mark Olsen dismissed as “pure fiction” the claims of a deal.';
		expect(quotes(text)).toContainEqual({
			speaker: 'Mark Olsen',
			text: 'pure fiction',
			direct: true
		});
	});

	it('takes groups and bodies named by kind as speakers', () => {
		const text =
			'Rents rose sharply in the city, tenants’ groups said on Monday. The housing ministry said it would build more homes.';
		expect(quotes(text)).toEqual([
			{ speaker: 'tenants’ groups', text: 'Rents rose sharply in the city', direct: false },
			{ speaker: 'The housing ministry', text: 'it would build more homes.', direct: false }
		]);
	});

	it('finds no quote where nobody speaks', () => {
		expect(quotes('The river rose two metres overnight. Roads were closed.')).toEqual([]);
	});

	it('reads a title in quotation marks as part of the sentence, not as speech', () => {
		expect(
			quotes('Chief executive Nadia Brenner said on “Money in the Morning” that orders were up.')
		).toEqual([{ speaker: 'Nadia Brenner', text: 'orders were up.', direct: false }]);
	});

	it('takes a descriptor before a name for a title, not a first name', () => {
		expect(quotes('Resident Omar Talbot said the water was brown for a week.')).toEqual([
			{ speaker: 'Omar Talbot', text: 'the water was brown for a week.', direct: false }
		]);
	});
});
