import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';

const facts = (text: string) => extractFacts(text, { published: '2024-05-15' });

describe('canonical speakers', () => {
	it('merges full name, surname, title and surname, role and possessive into one speaker', () => {
		const f = facts(
			'Kenya’s envoy, Grace Otieno, said the vote was close. “We will try again,” Otieno said. Ambassador Otieno later said the draft would return. The envoy said support was growing. Otieno’s remarks were welcomed.'
		);
		expect(f.speakers).toEqual([
			{
				id: 'grace-otieno',
				name: 'Grace Otieno',
				role: 'Kenya’s envoy',
				kind: 'person',
				aliases: expect.arrayContaining(['Otieno', 'Ambassador Otieno', 'Otieno’s', 'the envoy'])
			}
		]);
		expect(new Set(f.quotes.map((q) => q.speakerId))).toEqual(new Set(['grace-otieno']));
	});

	it('names a role-only speaker once the article links the role to a name', () => {
		const f = facts(
			'A ministry spokesman said the bridge would reopen. The spokesman, Ilan Petrov, said repairs were finished.'
		);
		expect(f.quotes.map((q) => q.speaker)).toEqual(['Ilan Petrov', 'Ilan Petrov']);
		expect(f.speakers?.map((s) => s.id)).toEqual(['ilan-petrov']);
	});

	it('keeps a speaker known only by role, and bodies apart from people', () => {
		const f = facts(
			'The representative of Peru said the fund was empty. The central bank said rates would hold.'
		);
		expect(f.speakers?.map((s) => [s.name, s.kind])).toEqual([
			['The representative of Peru', 'person'],
			['The central bank', 'organisation']
		]);
	});
});
