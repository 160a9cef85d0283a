import { describe, expect, it } from 'vitest';
import { sampleItems } from '../../../../tests/fixtures/sample-quiz';
import type { Item } from '../schema';
import { matchingPairs } from './pairs';

const base = { format: 'choice' as const, explanation: '', citations: [] };

describe('pairs for the matching game', () => {
	it('reads speakers, their words and their roles from the questions that state them', () => {
		const items: Item[] = [
			{
				...base,
				id: 'a',
				type: 'who-said',
				prompt: 'Who said that the council must act now?',
				answer: 'Ana Silva',
				options: ['Ana Silva', 'Li Wei']
			},
			{
				...base,
				id: 'b',
				type: 'what-said',
				prompt: 'According to Reuters, what did Li Wei (the Chinese ambassador) say?',
				answer: '“We oppose any sanctions”',
				options: ['“We oppose any sanctions”', '“x y”']
			},
			{
				...base,
				id: 'c',
				type: 'who-is',
				prompt: 'According to Reuters, who is the mayor of Porto?',
				answer: 'Rui Moreira',
				options: ['Rui Moreira', 'Li Wei']
			},
			{
				...base,
				id: 'd',
				type: 'who-is',
				prompt: 'Who is Ana Silva, according to Reuters?',
				answer: 'Foreign minister',
				options: ['Foreign minister', 'Mayor of Porto']
			}
		];
		expect(matchingPairs(items)).toEqual({
			words: [
				{ left: 'Ana Silva', right: 'the council must act now' },
				{ left: 'Li Wei', right: '“We oppose any sanctions”' }
			],
			roles: [
				{ left: 'Li Wei', right: 'Chinese ambassador' },
				{ left: 'Rui Moreira', right: 'Mayor of Porto' },
				{ left: 'Ana Silva', right: 'Foreign minister' }
			]
		});
	});

	it('reads who really said the words a true-or-false statement credits to another', () => {
		const items: Item[] = [
			{
				...base,
				id: 't1',
				type: 'true-false',
				prompt: 'True or false? Li Wei said: “We oppose any sanctions”',
				answer: 'False',
				options: ['True', 'False'],
				explanation: 'False: Reuters reports that Ana Silva said this, not Li Wei.'
			},
			{
				...base,
				id: 't2',
				type: 'true-false',
				prompt: 'True or false? Ana Silva said that the council must act now.',
				answer: 'False',
				options: ['True', 'False'],
				explanation: 'False: Reuters reports that Rui Moreira said this, not Ana Silva.'
			}
		];
		expect(matchingPairs(items).words).toEqual([
			{ left: 'Ana Silva', right: '“We oppose any sanctions”' },
			{ left: 'Rui Moreira', right: 'the council must act now' }
		]);
	});

	it('takes every pair of a match question, keeping one per person', () => {
		const { roles, words } = matchingPairs(sampleItems);
		expect(roles.map((p) => p.left)).toEqual([
			'Dorothy Camille Shea',
			'Kim Song',
			'Vassily Nebenzia',
			'Joonkook Hwang'
		]);
		expect(new Set(words.map((p) => p.left)).size).toBe(words.length);
	});

	it('leaves out words that name one of the speakers, which would give the pair away', () => {
		const item: Item = {
			...base,
			id: 'e',
			type: 'who-said',
			prompt: 'Who said this? “Li Wei is wrong about this”',
			answer: 'Ana Silva',
			options: ['Ana Silva', 'Li Wei']
		};
		const other: Item = {
			...item,
			id: 'f',
			prompt: 'Who said that prices rose?',
			answer: 'Li Wei'
		};
		expect(matchingPairs([item, other]).words).toEqual([{ left: 'Li Wei', right: 'prices rose' }]);
	});
});
