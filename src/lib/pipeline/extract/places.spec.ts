import { describe, it, expect } from 'vitest';
import { placesInSentence, uniquePlaces } from './places';

const places = (text: string, dateline = false) =>
	placesInSentence({ text, start: 0, end: text.length, paragraph: 0 }, 0, dateline).map((p) => [
		p.name,
		p.kind
	]);

describe('placesInSentence', () => {
	it('finds countries by any of their names, cities and regions', () => {
		expect(places('The U.S. and the DPRK met in Geneva near the Kherson region.')).toEqual([
			['United States', 'country'],
			['North Korea', 'country'],
			['Geneva', 'city'],
			['Kherson region', 'region']
		]);
	});

	it('takes the place of a dateline', () => {
		expect(places('BRUSSELS, May 2 (Wire) –', true)).toContainEqual(['BRUSSELS', 'other']);
	});

	it('keeps one entry per place', () => {
		const s = { text: 'France and France.', start: 0, end: 18, paragraph: 0 };
		expect(uniquePlaces(placesInSentence(s, 0, false))).toHaveLength(1);
	});
});
