import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';

const facts = (text: string) => extractFacts(text, { published: '2024-05-15' });

describe('numbers written as words and distinct dates', () => {
	it('counts numbers written as words', () => {
		const f = facts(
			'Rescuers reached four villages in the valley. A dozen pumps were sent, and the ferry took seven minutes to cross.'
		);
		expect(f.numbers.map((n) => [n.value, n.what])).toEqual([
			[4, 'villages'],
			[12, 'pumps'],
			[7, 'minutes']
		]);
	});

	it('reports each date once, at its first mention, with the later mentions kept', () => {
		const f = facts(
			'The vote is set for 20 June. Campaigners will march on June 20. Turnout on Monday was low.'
		);
		expect(f.dates.map((d) => [d.when, d.text])).toEqual([
			['2024-06-20', '20 June'],
			['2024-05-13', 'on Monday']
		]);
		expect(f.dates[0]?.mentions?.map((m) => f.body.slice(m.start, m.end))).toEqual(['June 20']);
	});
});
