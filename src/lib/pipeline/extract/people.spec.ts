import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';

const people = (text: string) =>
	extractFacts(text, { published: '2024-05-15' }).people.map((p) => ({
		name: p.name,
		role: p.role
	}));

describe('people', () => {
	it('leaves the places and bodies of an institution before a name to the institution', () => {
		const text =
			'Nursing student at University of Oregon Portland Maria Lopez started the petition. Lopez said she felt the rule was unfair. Director of the Denver chapter of the Council on Arab-American Relations Helen Moss agreed. Moss said the rule would change.';
		const names = extractFacts(text, { published: '2024-05-15' }).people.map((p) => p.name);
		expect(names).toContain('Maria Lopez');
		expect(names).toContain('Helen Moss');
		const speakers = extractFacts(text, { published: '2024-05-15' }).quotes.map((q) => q.speaker);
		expect(speakers).toEqual(['Maria Lopez', 'Helen Moss']);
	});

	it('takes the role from an apposition before or after the name', () => {
		expect(
			people(
				'Brazil’s U.N. Ambassador, Ana Costa, spoke. Jon Berg, the deputy finance minister, agreed.'
			)
		).toEqual([
			{ name: 'Ana Costa', role: 'Brazil’s U.N. Ambassador' },
			{ name: 'Jon Berg', role: 'the deputy finance minister' }
		]);
	});

	it('takes the role from title words before the name', () => {
		expect(people('He met Iranian President Reza Karimi in May.')).toEqual([
			{ name: 'Reza Karimi', role: 'Iranian President' }
		]);
	});

	it('does not take places, bodies or weekdays for people', () => {
		expect(
			people(
				'The Security Council met in New York on Monday. Goldman Research and the Black Sea Fleet were named.'
			)
		).toEqual([]);
	});

	it('records later mentions: surname, pronoun and role noun', () => {
		const f = extractFacts(
			'Kenya’s ambassador, Grace Otieno, spoke first. Otieno said the plan was late. She said funds were short. The envoy said more was needed.',
			{ published: '2024-05-15' }
		);
		expect(f.people).toHaveLength(1);
		expect(f.people[0]?.gender).toBe('female');
		expect(f.quotes.map((q) => q.speaker)).toEqual([
			'Grace Otieno',
			'Grace Otieno',
			'Grace Otieno'
		]);
		expect(f.people[0]?.mentions.length).toBeGreaterThanOrEqual(4);
	});

	it('needs a sign of a person: bodies, estates and headlines in capitals are not people', () => {
		expect(
			people(
				'Shares Slide After Profit Warning. Harbour Estates and Greyfield Holdings Group sold the site. ' +
					'Northgate Homes said prices would rise. “It is a fair price,” said Priya Natarajan. ' +
					'The deal was first reported by Martin Cole.'
			).map((p) => p.name)
		).toEqual(['Priya Natarajan', 'Martin Cole']);
	});

	it('keeps the surname after a long title, and leaves a possessive out of the name', () => {
		expect(
			people(
				'Oregon State Attorney General Tess Albright sued. Port Lane’s Morris Hale disagreed, Hale said.'
			)
		).toEqual([
			{ name: 'Tess Albright', role: 'Oregon State Attorney General' },
			{ name: 'Morris Hale', role: null }
		]);
	});
});

describe('people in government press releases', () => {
	it('does not list units, systems or assemblies as people', () => {
		const f = extractFacts(
			'The Harbour Drug Unit and the Coastal Warning System reported to the Grand Regional Assembly. Sheriff Tom Avery said arrests rose.',
			{ published: '2024-05-15' }
		);
		expect(f.people.map((p) => p.name)).toEqual(['Tom Avery']);
	});
});

describe('role qualifiers', () => {
	it('keep "former" with the role, so a former minister is never called the minister', () => {
		const facts = extractFacts(
			'On Monday, former Finance Minister Nadia Olsen warned that the fund was short.',
			{ published: '2024-05-06' }
		);
		expect(facts.people.find((p) => p.name === 'Nadia Olsen')?.role).toBe(
			'former Finance Minister'
		);
	});
});

describe('newspapers', () => {
	it('are no people, even named without "the"', () => {
		const facts = extractFacts(
			'---\ntitle: T\nsource: Wire\npublished: 2024-05-15\n---\n\nRussian units are digging in deeper, according to Daily Telegraph. Foreign minister Omar Haddad said the talks would go on. Ana Okafor, a senator, said "We are watching closely."',
			{ published: '2024-05-15' }
		);
		expect(facts.people.map((p) => p.name)).not.toContain('Daily Telegraph');
	});
});

describe('buildings and places named by what they are', () => {
	it('are no people, even with a description after them', () => {
		const facts = extractFacts(
			'---\ntitle: T\nsource: Wire\npublished: 2024-05-15\n---\n\nThe minister went on to Marbury Palace, the governor’s official residence. The final is at Oxley Arena. Sarah Jones, the palace curator, said she was delighted. Harbor Records, her label, said the album sold well.',
			{ published: '2024-05-15' }
		);
		const names = facts.people.map((p) => p.name);
		expect(names).not.toContain('Marbury Palace');
		expect(names).not.toContain('Oxley Arena');
		expect(names).not.toContain('Harbor Records');
		expect(names).toContain('Sarah Jones');
	});

	it('reads no name in a song title after "were", and gives it no words', () => {
		const facts = extractFacts(
			'---\ntitle: T\nsource: Wire\npublished: 2024-05-15\n---\n\nMaria Lenz sang at the gala.\n\nHer biggest hit was I Knew You Were Waiting. "It was a joy to sing," she said.',
			{ published: '2024-05-15' }
		);
		expect(facts.people.map((p) => p.name)).not.toContain('Were Waiting');
		expect(facts.quotes.map((q) => q.speaker)).toEqual(['Maria Lenz']);
	});
});

describe('abbreviated ranks', () => {
	it('read "Lt. Col. Steve Stover" as one man with his rank, never a person called "Col"', () => {
		const facts = extractFacts(
			'---\ntitle: T\nsource: Wire\npublished: 2024-05-15\n---\n\nA spokesman for the base, Lt. Col. Steve Stover, said the jet was safe.',
			{ published: '2024-05-15' }
		);
		expect(facts.people.map((p) => p.name)).toEqual(['Steve Stover']);
		expect(facts.quotes.map((q) => q.speaker)).toEqual(['Steve Stover']);
	});
});
