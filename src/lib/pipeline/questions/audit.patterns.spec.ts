import { describe, it, expect } from 'vitest';
import type { Item } from '../schema';
import { auditItem, headlineGivesAway, setProblems } from './audit';

// Each bad pattern a blind teacher rejected, written as an item: the audit must refuse it.
const body =
	'The council approved the plan on Tuesday after storms forced 3,400 residents from their homes. ' +
	'Ten of the 12 members voted in favour. ' +
	'It will cost about 210 million euros, she said. ' +
	'“We owe these families a district that can stand the next flood,” Mayor Carla Mendes said. ' +
	'At that time the river stood at 4 metres above its usual level.';
const bodies = { a: body };
const cite = (sentence: string) => {
	const start = body.indexOf(sentence);
	return { article: 'a', outlet: 'Daily', sentence, start, end: start + sentence.length };
};
const lead =
	'The council approved the plan on Tuesday after storms forced 3,400 residents from their homes.';
const vote = 'Ten of the 12 members voted in favour.';
const cost = 'It will cost about 210 million euros, she said.';
const quote =
	'“We owe these families a district that can stand the next flood,” Mayor Carla Mendes said.';

const trueFalse = (statement: string, answer: 'True' | 'False', sentence: string): Item => ({
	id: 'true-false-x',
	type: 'true-false',
	format: 'choice',
	prompt: `True or false? ${statement}`,
	answer,
	options: ['True', 'False'],
	explanation: `${answer}: the Daily says so.`,
	citations: [cite(sentence)]
});

/** A number gap on one of the body's sentences, with `answer` blanked. */
const gap = (sentence: string, answer: string, options: string[]): Item => ({
	id: 'how-many-g',
	type: 'how-many',
	format: 'choice',
	prompt: `Which number fills the gap in this sentence from Daily? ${sentence.replace(answer, '____')}`,
	answer,
	options: [answer, ...options],
	explanation: 'Daily reports it.',
	citations: [cite(sentence)]
});

describe('the audit refuses what a teacher would throw away', () => {
	it('a True statement that repeats its sentence word for word', () => {
		const item = trueFalse(`According to Daily: ${lead}`, 'True', lead);
		expect(auditItem(item, bodies).join()).toMatch(/repeats its sentence/);
		// Built from the fact's parts, the same fact passes.
		const parts = trueFalse(
			'Storms forced 3,400 residents from their homes before the council approved the plan.',
			'True',
			lead
		);
		expect(auditItem(parts, bodies).join()).not.toMatch(/repeats its sentence/);
	});

	it('a stem that starts with a pronoun or ends with an unattributed "she said"', () => {
		const item: Item = {
			id: 'how-many-x',
			type: 'how-many',
			format: 'choice',
			prompt:
				'Which number fills the gap in this sentence from Daily? It will cost about ____ million euros, she said.',
			answer: '210',
			options: ['210', '100', '320', '160'],
			explanation: 'Daily reports it.',
			citations: [cite(cost)]
		};
		const problems = auditItem(item, bodies).join();
		expect(problems).toMatch(/pronoun that names no one/);
		expect(problems).toMatch(/"he said" names no one/);
	});

	it('a stem that points back to a sentence the student does not see', () => {
		const sentence = 'At that time the river stood at 4 metres above its usual level.';
		expect(auditItem(gap(sentence, '4', ['2', '6', '8']), bodies).join()).toMatch(/points back/);
		const figure = trueFalse('The rise in this figure came from food prices.', 'True', sentence);
		expect(auditItem(figure, bodies).join()).toMatch(/points back/);
		const year = trueFalse('The following year she became the party leader.', 'True', sentence);
		expect(auditItem(year, bodies).join()).toMatch(/points back/);
		const plain = trueFalse('The river stood at 4 metres above its usual level.', 'True', sentence);
		expect(auditItem(plain, bodies).join()).not.toMatch(/points back/);
		// "Correction — December 22, 2008": a line that is little more than its answer.
		const line = 'Correction — 22 December 2008';
		const bare: Item = {
			...gap(sentence, '4', ['2', '6', '8']),
			prompt: 'Which date fills the gap in this sentence from Daily? Correction — ____',
			answer: '22 December 2008',
			options: ['22 December 2008', '16 December 2008', '17 December 2008', '28 December 2008'],
			citations: [{ article: 'a', outlet: 'Daily', sentence: line, start: 0, end: line.length }]
		};
		expect(auditItem(bare, { a: line }).join()).toMatch(/hardly more than its answer/);
		// "Three others …": others than whom, the sentence before said.
		const others = trueFalse('Three others were taken to hospital.', 'True', sentence);
		expect(auditItem(others, bodies).join()).toMatch(/points back/);
		const rest = trueFalse('The rest fled across the river.', 'True', sentence);
		expect(auditItem(rest, bodies).join()).toMatch(/points back/);
		const restaurant = trueFalse('Restaurants stayed open.', 'True', sentence);
		expect(auditItem(restaurant, bodies).join()).not.toMatch(/points back/);
		// "Many were …": many of what, the sentence before said.
		const many = trueFalse('Many were more than 100 years old.', 'True', sentence);
		expect(auditItem(many, bodies).join()).toMatch(/names no one/);
		const people = trueFalse('Many residents were more than 100 years old.', 'True', sentence);
		expect(auditItem(people, bodies).join()).not.toMatch(/names no one/);
	});

	it('a gap the headline above the quiz fills, or a count the stem lists after the gap', () => {
		const item = gap(vote, 'Ten', ['Five', 'Eight', 'Eleven']);
		expect(headlineGivesAway(item, 'Ten council members back flood plan')).toBe(true);
		// The figure in other words ("twelve die" above "____ were killed"), or about something
		// else: the one figure a student has seen is the one picked. Another figure gives nothing.
		expect(headlineGivesAway(item, 'Ten districts flooded')).toBe(true);
		expect(headlineGivesAway(item, 'Eleven districts flooded')).toBe(false);
		const evacuated = gap(lead, '3,400', ['1,700', '5,100', '2,400']);
		expect(headlineGivesAway(evacuated, 'Storms force over 3.4 thousand from their homes')).toBe(
			true
		);
		expect(headlineGivesAway(item, 'Council members back flood plan')).toBe(false);
		// A name the headline gives is the answer a student picks first, whatever the stem says.
		const doer = {
			...item,
			type: 'who-did' as const,
			prompt: 'Who quit as leader in 2011, according to Daily?',
			answer: 'Carla Mendes',
			options: ['Carla Mendes', 'Ana Lima', 'Tom Brand']
		};
		expect(headlineGivesAway(doer, 'Former mayor Carla Mendes dies at 61')).toBe(true);
		expect(headlineGivesAway(doer, 'Former mayor dies at 61')).toBe(false);
		const listed = {
			...item,
			prompt:
				'Which number fills the gap in this sentence from Daily? In the first ____ days there were daily totals of 37, 16, 13, and 3 complaints.',
			answer: '4',
			options: ['4', '3', '5', '6']
		};
		expect(auditItem(listed, bodies).join()).toMatch(/lists what it counts/);
	});

	it('a number option the sentence itself rules out', () => {
		const item: Item = {
			id: 'how-many-y',
			type: 'how-many',
			format: 'choice',
			prompt:
				'Which number fills the gap in this sentence from Daily? ____ of the 12 members voted in favour.',
			answer: '10',
			options: ['10', '5', '20', '8'],
			explanation: 'Daily reports it.',
			citations: [cite(vote)]
		};
		expect(auditItem({ ...item, prompt: item.prompt, answer: '10' }, bodies).join()).toMatch(
			/20 contradicts/
		);
	});

	it('a count the stem gives away: its parts, its list, or a word that holds it', () => {
		const ask = (prompt: string, answer: string): Item => ({
			id: 'how-many-z',
			type: 'how-many',
			format: 'choice',
			prompt: `Which number fills the gap in this sentence from Daily? ${prompt}`,
			answer,
			options: [answer, 'four', 'nine', 'fourteen'],
			explanation: 'Daily reports it.',
			citations: [cite(vote)]
		});
		const problems = (prompt: string, answer: string) =>
			auditItem(ask(prompt, answer), bodies).join();
		expect(problems('Of ____ jurors seated, ten were white and one was black.', 'eleven')).toMatch(
			/adds up/
		);
		expect(
			problems('So far ____ towns, Avon, Bree and Calder, have declared an emergency.', 'three')
		).toMatch(/lists what it counts/);
		expect(problems('The sevengill has ____ gills, unlike most sharks.', 'seven')).toMatch(
			/inside a word/
		);
		expect(problems('So far ____ towns have declared an emergency.', 'three')).not.toMatch(
			/adds up|lists|inside a word/
		);
		expect(problems('A near collision between ____ airliners was avoided.', 'two')).toMatch(
			/one or two/
		);
		expect(problems('Repairs would have cost $____ million.', '2')).not.toMatch(/one or two/);
	});

	it('a cloze distractor of another form (a plural among singulars)', () => {
		const item: Item = {
			id: 'quote-completion-x',
			type: 'quote-completion',
			format: 'choice',
			prompt:
				'Which word completes the quote from Carla Mendes? “We owe these families a ____ that can stand the next flood”',
			answer: 'district',
			options: ['district', 'harbour', 'windows', 'bridge'],
			explanation:
				'The full quote reads: “We owe these families a district that can stand the next flood”',
			citations: [cite(quote)]
		};
		expect(auditItem(item, bodies).join()).toMatch(/different form/);
		expect(
			auditItem({ ...item, options: ['district', 'harbour', 'square', 'bridge'] }, bodies)
		).toEqual([]);
	});

	it('more than two items citing one sentence, or two asking about it', () => {
		const a = trueFalse('The council approved the plan.', 'True', lead);
		const items = [a, { ...a, id: 'b' }, { ...a, id: 'c' }];
		const problems = setProblems(items).join();
		expect(problems).toMatch(/3 items cite/);
		expect(problems).toMatch(/3 items ask about/);
		expect(setProblems([a])).toEqual([]);
	});

	it('a match whose roles are only titles ("General", "Sheik")', () => {
		const match = (right: string): Item => ({
			id: 'match-t',
			type: 'match',
			format: 'match',
			prompt: 'Match each speaker to the role the report gives them.',
			answer: '',
			pairs: [
				{ left: 'Carla Mendes', right },
				{ left: 'Tom Brand', right: 'Council leader' }
			],
			explanation: '',
			citations: [cite(quote), cite(vote)]
		});
		expect(auditItem(match('General'), bodies).join()).toMatch(/title is not a role/);
		expect(auditItem(match('Sheik'), bodies).join()).toMatch(/title is not a role/);
		expect(auditItem(match('Mayor'), bodies).join()).not.toMatch(/title is not a role/);
	});
});
