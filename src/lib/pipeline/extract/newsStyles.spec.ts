import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';

const facts = (body: string, published = '2025-04-13') => extractFacts(body, { published });

describe('news styles of other outlets', () => {
	it('drops bylines with a role, picture credits and update notes', () => {
		const f = facts(
			[
				'By Ann Example, Health correspondent',
				'Mary Sample Science editor',
				'Players celebrate at the ground on Saturday. (AP Photo/Joe Snapper)',
				'Photograph: Jim Lens/Getty Images',
				'The club won on Saturday.',
				'This story has been updated to add detail.'
			].join('\n\n')
		);
		expect(f.sentences.map((s) => s.text)).toEqual(['The club won on Saturday.']);
		expect(f.people).toEqual([]);
	});

	it('reads single quotation marks and a quote that is a sentence of its own', () => {
		const f = facts(
			'\'We held on,\' Ivo Brand told reporters. \'It was hard.\'\n\n"We tried," Ola Berg said. "Nobody won."'
		);
		expect(f.quotes.map((q) => [q.speaker, q.text])).toEqual([
			['Ivo Brand', 'We held on'],
			['Ivo Brand', 'It was hard.'],
			['Ola Berg', 'We tried'],
			['Ola Berg', 'Nobody won.']
		]);
	});

	it('finds speakers behind relative clauses, group nouns and content-first attributions', () => {
		const f = facts(
			[
				'The data regulator, which fined the firm £750,000 last year, said it welcomed the ruling.',
				'Aid agencies say about 2.5 million people have fled.',
				'Prices rose 0.4% from March, statistics agency STATCO said, above forecasts.'
			].join('\n\n')
		);
		expect(f.quotes.map((q) => q.speaker)).toEqual([
			'The data regulator',
			'Aid agencies',
			'statistics agency STATCO'
		]);
	});

	it('reads glued scales, scores and coordinated years, and puts past months in the past', () => {
		const f = facts(
			'The club, which spent £15m in 2022 and 2023, won 3-1 after its coach took charge in November.'
		);
		expect(f.numbers.map((n) => n.value)).toEqual([15e6, 3, 1]);
		expect(f.dates.map((d) => d.when)).toEqual(['2022', '2023', '2024-11']);
	});

	it('names a judge known only by title and surname', () => {
		const f = facts('Mrs Justice Alder ruled that the firm had failed its drivers.');
		expect(f.people.map((p) => [p.name, p.gender])).toEqual([['Alder', 'female']]);
		expect(f.quotes[0]?.speaker).toBe('Alder');
	});
});
