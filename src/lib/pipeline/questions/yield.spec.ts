import { describe, it, expect } from 'vitest';
import { extractFacts } from '../extract/index';
import { buildContext, isNamed } from './context';
import { candidateItems } from './generate';
import { inQuestion } from './clauses';
import { purposeOf } from './purpose';
import { causeOf } from './why';

// Made-up reports in the shapes where real ones got two or three items: a purpose or a cause a
// teacher would ask, a report with two voices, a name with a joined particle.
const front = (body: string[]) =>
	`---\ntitle: Test\nsource: Daily Wire Service\npublished: 2024-05-02\n---\n\n${body.join('\n\n')}`;

function items(text: string) {
	const f = extractFacts(text);
	return candidateItems(buildContext([{ id: 'a', outlet: 'Daily', facts: f }]), 'seed').items;
}

const harbour = front([
	'Mayor Lena Brandt visited the harbour on Tuesday to inspect the new flood barrier.',
	'Former employees gathered outside the shipyard on Friday to demand unpaid wages.',
	'Engineers finished the pumping station in March.',
	'The council voted on Monday to extend the fishing ban.',
	'Volunteers cleaned the beaches near the old lighthouse.',
	'The town hired two divers for the summer.',
	'Tom Weber, 52, a fisherman from Kiel, Germany, was fined by the port authority after he refused to pay the harbour levy.',
	'Ferries stopped running because of a strike by the crews.',
	'The blackout, which began at noon, was caused by a fallen power line near the depot.'
]);

describe('why: purposes and causes a teacher asks', () => {
	it('asks the purpose of an act, with wrong options that are other acts of the report', () => {
		const why = items(harbour).filter((i) => i.type === 'why');
		const visit = why.find((i) => i.answer === 'To inspect the new flood barrier');
		expect(visit?.prompt).toBe(
			'Why did Mayor Lena Brandt visit the harbour on Tuesday, according to Daily?'
		);
		expect(visit?.options?.length).toBeGreaterThanOrEqual(3);
		for (const option of visit?.options ?? []) expect(option).toMatch(/^To \p{Ll}/u);
		// "voted to extend" is what was decided, not why anyone voted.
		expect(why.some((i) => i.answer === 'To extend the fishing ban')).toBe(false);
	});

	it('puts a word that only began the sentence in lower case, and keeps names', () => {
		const why = items(harbour).filter((i) => i.type === 'why');
		expect(why.map((i) => i.prompt)).toContain(
			'Why did former employees gather outside the shipyard on Friday, according to Daily?'
		);
		expect(inQuestion('Tom Weber')).toBe('Tom Weber');
		expect(inQuestion('The council')).toBe('the council');
	});

	it('names a person described at length by name alone', () => {
		const fined = items(harbour).find((i) => i.type === 'why' && /fined/.test(i.prompt));
		expect(fined?.prompt).toBe(
			'Why was Tom Weber fined by the port authority, according to Daily?'
		);
		expect(fined?.answer).toBe('He refused to pay the harbour levy');
	});

	it('reads what caused an event named with "caused by"', () => {
		const [sentence] = extractFacts(
			front([
				'The blackout, which began at noon, was caused by a fallen power line near the depot.'
			])
		).sentences;
		const cause = causeOf(sentence!);
		expect(cause?.question).toBe('What caused the blackout');
		expect(cause?.cause).toBe('a fallen power line near the depot');
	});

	it('refuses a "to" that completes a verb or a noun rather than giving a purpose', () => {
		expect(purposeOf('The board decided on Friday to close the plant.')).toBeNull();
		expect(purposeOf('Twitter gave the student the option to apply for an internship.')).toBeNull();
		expect(purposeOf('She is the first woman to win the prize.')).toBeNull();
		expect(purposeOf('Police travelled to the border to meet the families.')?.purpose).toBe(
			'To meet the families'
		);
	});
});

describe('who said it in a report with two voices', () => {
	const talks = front([
		'Trade ministers Omar Haddad and Ines Moreau met in Geneva on Monday.',
		'“We have agreed the outline of a deal on steel quotas,” Haddad said after the meeting.',
		'“Nothing is signed until the farmers are heard,” Moreau said.'
	]);

	it('still asks who said what, with the other voice as the wrong option', () => {
		const asked = items(talks).filter((i) => i.type === 'who-said');
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			expect(item.options).toHaveLength(2);
			expect(new Set(item.options)).toEqual(new Set(['Omar Haddad', 'Ines Moreau']));
		}
	});

	it('reads a name with a joined particle as a name', () => {
		expect(isNamed('Omar al-Rashid')).toBe(true);
		expect(isNamed('Valéry d’Estaing')).toBe(true);
		expect(isNamed('Officials tell reporters')).toBe(false);
	});
});
