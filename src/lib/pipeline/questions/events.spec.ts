import { describe, it, expect } from 'vitest';
import { eventLabel } from './events';
import { usableRole } from './speakers';

describe('events stated true or false', () => {
	it('keep a well-formed event and drop the preposition of its date', () => {
		expect(eventLabel('the city has been under a curfew since')).toBe(
			'The city has been under a curfew'
		);
		expect(eventLabel('Storms forced residents from their homes')).toBe(
			'Storms forced residents from their homes'
		);
	});

	it('refuse fragments a reader could not place', () => {
		expect(eventLabel(', the mayor issued a warning about the cost of its')).toBeNull();
		expect(eventLabel('the minister told parliament that')).toBeNull();
		expect(eventLabel('defended the budget vote')).toBeNull();
		expect(eventLabel('They began building the bridge')).toBeNull();
		expect(eventLabel('publication date')).toBeNull();
		expect(eventLabel('a senior official said')).toBeNull();
		// "risen from 10% in [1995] to 17%": the year cut out leaves "in to".
		expect(eventLabel('Female representation has risen from 10% in to 17% in 2009')).toBeNull();
		// "… a landing on a plain in the planet's northern [hemisphere]": cut short.
		expect(eventLabel("NASA scheduled a landing on a plain in the planet's northern")).toBeNull();
	});
});

describe('speaker roles', () => {
	it('accept a role and refuse titles, fragments and the name itself', () => {
		expect(usableRole('Mayor of Porto', 'Ana Silva')).toBe(true);
		expect(usableRole('Dr.', 'Ana Silva')).toBe(false);
		expect(usableRole('But Professor', 'Ana Silva')).toBe(false);
		expect(usableRole('whose chairman', 'Ana Silva')).toBe(false);
		expect(
			usableRole('Health Minister Ana Silva of Kenya', 'Health Minister Ana Silva of Kenya')
		).toBe(false);
		expect(usableRole(null, 'Ana Silva')).toBe(false);
	});
});
