import { describe, it, expect } from 'vitest';
import { auditItem } from './audit';
import { goldFacts, type Gold } from './gold.testkit';
import { buildContext } from './context';
import { candidateItems, generateItems } from './generate';
import { budgetFor, primaryKey } from './select';

// An article on another topic, written for this spec, with hand-made facts: the generator
// must follow the same rules on text it was not tuned on.
const body = [
	'LISBON, March 3 – The city council approved a plan on Tuesday to rebuild the flooded riverside district, after storms in November 2023 forced 3,400 residents from their homes.',
	'Mayor Carla Mendes told reporters that the work will start in June and cost about 210 million euros.',
	'“We owe these families a district that can stand the next flood,” Mendes said.',
	'Opposition leader Rui Tavares said that the council had ignored engineers’ warnings for a decade.',
	'“This plan arrives ten years late and still leaves the old sea wall in place,” Tavares told the assembly.',
	'Engineer Sofia Almeida, who advised the council, said that the new barriers would protect 12 neighbourhoods.',
	'“The barriers are designed for a storm twice as strong as the last one,” Almeida said.',
	'The district was first protected by a sea wall built in 1967.'
].join('\n');

const gold: Gold = {
	quotes: [
		{
			speaker: 'Carla Mendes',
			role: 'Mayor',
			text: 'the work will start in June and cost about 210 million euros.',
			direct: false,
			kind: 'indirect',
			cue: 'told reporters that'
		},
		{
			speaker: 'Carla Mendes',
			role: 'Mayor',
			text: 'We owe these families a district that can stand the next flood',
			direct: true,
			kind: 'direct',
			cue: 'said'
		},
		{
			speaker: 'Rui Tavares',
			role: 'Opposition leader',
			text: 'the council had ignored engineers’ warnings for a decade.',
			direct: false,
			kind: 'indirect',
			cue: 'said that'
		},
		{
			speaker: 'Rui Tavares',
			role: 'Opposition leader',
			text: 'This plan arrives ten years late and still leaves the old sea wall in place',
			direct: true,
			kind: 'direct',
			cue: 'told the assembly'
		},
		{
			speaker: 'Sofia Almeida',
			role: 'Engineer',
			text: 'the new barriers would protect 12 neighbourhoods.',
			direct: false,
			kind: 'indirect',
			cue: 'said that'
		},
		{
			speaker: 'Sofia Almeida',
			role: 'Engineer',
			text: 'The barriers are designed for a storm twice as strong as the last one',
			direct: true,
			kind: 'direct',
			cue: 'said'
		}
	],
	numbers: [
		{ value: 3400, what: 'residents forced from their homes', text: '3,400' },
		{
			value: 210,
			what: 'million euros the work will cost',
			text: 'about 210 million',
			qualifier: 'about'
		},
		{ value: 12, what: 'neighbourhoods the barriers would protect', text: '12 neighbourhoods' }
	],
	dates: [
		{ when: '2023-11', what: 'storms forced residents from their homes', text: 'November 2023' },
		{ when: '1967', what: 'a sea wall was built to protect the district', text: '1967' },
		{
			when: '2024-03-05',
			what: 'the city council approved the rebuilding plan',
			text: 'on Tuesday'
		},
		{ when: '2024-06', what: 'the rebuilding work starts', text: 'in June' }
	],
	people: [
		{ name: 'Carla Mendes', role: 'Mayor' },
		{ name: 'Rui Tavares', role: 'Opposition leader' },
		{ name: 'Sofia Almeida', role: 'Engineer' }
	]
};

describe('questions from an unseen article', () => {
	const facts = goldFacts(body, gold, {
		title: 'Flood plan',
		source: 'Lisbon Daily',
		published: '2024-03-06'
	});
	const ctx = buildContext([{ id: 'flood', outlet: 'Lisbon Daily', facts }]);
	// What each type can make, before the set is chosen from them.
	const { items, dropped } = candidateItems(ctx, 's');
	const set = generateItems(ctx, 's').items;

	it('chooses a short set: one item per sentence, several kinds, the lead asked', () => {
		expect(set.length).toBeGreaterThanOrEqual(3);
		expect(set.length).toBeLessThanOrEqual(budgetFor(body.split(/\s+/).length));
		const single = set.filter((i) => i.format !== 'match' && i.format !== 'order');
		expect(new Set(single.map(primaryKey)).size).toBe(single.length);
		expect(new Set(set.map((i) => i.type)).size).toBeGreaterThanOrEqual(2);
		for (const item of set) expect(auditItem(item, { flood: body }), item.id).toEqual([]);
	});

	it('makes sound items of the single-article types', () => {
		const types = new Set(items.map((i) => i.type));
		for (const t of ['who-said', 'how-many', 'when', 'true-false', 'match'])
			expect(types, t).toContain(t);
		for (const item of items) expect(auditItem(item, { flood: body }), item.id).toEqual([]);
		expect(items.some((i) => i.type === 'which-outlet')).toBe(false);
	});

	it('asks about dates only as precisely as the article states them', () => {
		const when = items.filter((i) => i.type === 'when');
		expect(when.map((i) => i.answer).sort()).toEqual(['1967', 'November 2023']);
		for (const item of when) expect(item.options!.every((o) => /\d{4}/.test(o))).toBe(true);
	});

	it('gives a typed number a tolerance when the article hedges it', () => {
		const typed = items.filter((i) => i.type === 'how-many' && i.format === 'number');
		expect(typed.find((i) => i.answer === '210')?.tolerance).toBeGreaterThan(0);
		expect(typed.find((i) => i.answer === '3400')?.tolerance).toBe(0);
	});

	it('drops doubtful items rather than shipping them', () => {
		for (const d of dropped) expect(d.problems.length).toBeGreaterThan(0);
		const prompts = items.map((i) => i.prompt).join('\n');
		expect(prompts).not.toMatch(/said that (He|She|They)\b/);
	});
});

describe('two reports of the same unseen event', () => {
	const second = [
		'Lisbon councillors backed a rebuilding plan for the riverside district this week.',
		'According to Mayor Carla Mendes, construction begins in June and will cost roughly 210 million euros.',
		'Rui Tavares, who leads the opposition, argued that councillors brushed aside expert advice for ten years.',
		'The storms of November 2023 drove 3,400 people out of their homes.'
	].join('\n');
	const secondGold: Gold = {
		quotes: [
			{
				speaker: 'Carla Mendes',
				role: 'Mayor',
				text: 'construction begins in June and will cost roughly 210 million euros.',
				direct: false,
				kind: 'indirect',
				cue: 'According to'
			},
			{
				speaker: 'Rui Tavares',
				role: 'opposition leader',
				text: 'councillors brushed aside expert advice for ten years.',
				direct: false,
				kind: 'indirect',
				cue: 'argued that'
			}
		],
		numbers: [{ value: 3400, what: 'people driven out of their homes', text: '3,400' }],
		dates: [
			{ when: '2023-11', what: 'storms drove people out of their homes', text: 'November 2023' }
		],
		people: [
			{ name: 'Carla Mendes', role: 'Mayor' },
			{ name: 'Rui Tavares', role: 'opposition leader' }
		]
	};
	const first = goldFacts(body, gold, {
		title: 'Flood plan',
		source: 'Lisbon Daily',
		published: '2024-03-06'
	});
	const other = goldFacts(second, secondGold, {
		title: 'Plan backed',
		source: 'Coast Herald',
		published: '2024-03-07'
	});
	const ctx = buildContext([
		{ id: 'daily', outlet: 'Lisbon Daily', facts: first },
		{ id: 'herald', outlet: 'Coast Herald', facts: other }
	]);
	const { items } = candidateItems(ctx, 's');
	const bodies = { daily: body, herald: second };

	it('asks which outlet used a wording, and marks shared facts as corroborated', () => {
		const which = items.filter((i) => i.type === 'which-outlet');
		expect(which.length).toBeGreaterThan(0);
		for (const item of which) {
			expect(item.options?.sort()).toEqual(['Coast Herald', 'Lisbon Daily']);
			expect(auditItem(item, bodies)).toEqual([]);
		}
		const shared = items.filter(
			(i) => i.type === 'how-many' && i.answer.replace(',', '') === '3400'
		);
		expect(shared.length).toBeGreaterThan(0);
		for (const item of shared)
			expect(item.corroborated?.sort()).toEqual(['Coast Herald', 'Lisbon Daily']);
	});

	it('asks about a shared fact once, not once per report', () => {
		const typed = items.filter(
			(i) => i.type === 'how-many' && i.format === 'number' && i.answer === '3400'
		);
		expect(typed).toHaveLength(1);
	});
});
