import { describe, it, expect } from 'vitest';
import type { Item } from '../schema';
import { auditItem, englishProblems } from './audit';

const body =
	'The harbour will reopen in May. Mayor Lena Ortiz told reporters that the repairs cost 4,200,000 euros. ' +
	'“We will not let the storm define this town,” Ortiz said.';
const sentence = '“We will not let the storm define this town,” Ortiz said.';
const start = body.indexOf(sentence);
const bodies = { a1: body };

const good: Item = {
	id: 'who-said-test1',
	type: 'who-said',
	format: 'choice',
	prompt: 'Who said this? “We will not let the storm define this town”',
	answer: 'Lena Ortiz',
	options: ['Paul Brand', 'Lena Ortiz', 'Ada Kim'],
	explanation: 'According to the Gazette, Lena Ortiz said this.',
	citations: [{ article: 'a1', outlet: 'Gazette', sentence, start, end: start + sentence.length }]
};

describe('auditItem', () => {
	it('passes a well-formed item', () => {
		expect(auditItem(good, bodies)).toEqual([]);
	});

	it('reads words left out of a quote as an ellipsis, and two full stops as a slip', () => {
		expect(englishProblems('“Shame on them! [...] We will not buy it”', 'prompt')).toEqual([]);
		expect(englishProblems('“We waited… and waited...”', 'prompt')).toEqual([]);
		expect(englishProblems('The harbour reopened.. in May', 'prompt')).toEqual([
			'prompt: doubled punctuation'
		]);
	});

	it('refuses a turn of an interview transcript as a stem', () => {
		const turn = 'J: I was born in the ____s, so I grew up with the games.';
		const body2 =
			'Jillea told us about her costume.\n\nJ: I was born in the 1990s, so I grew up with the games.';
		const at = body2.indexOf('J: I was');
		const sentence2 = body2.slice(at);
		const item: Item = {
			id: 'when-test2',
			type: 'when',
			format: 'choice',
			prompt: `Which decade fills the gap in this sentence from the Gazette? ${turn}`,
			answer: '1990',
			options: ['1970', '1980', '1990', '2000'],
			explanation: 'The Gazette gives 1990s.',
			citations: [
				{
					article: 'a2',
					outlet: 'Gazette',
					sentence: sentence2,
					start: at,
					end: at + sentence2.length
				}
			]
		};
		expect(auditItem(item, { a2: body2 }).join()).toMatch(/interview transcript/);
		// A heading is not a turn: "Funding: The law provides …" is the report's own sentence.
		const heading = { ...item, prompt: item.prompt.replace('J: I was', 'Funding: I was') };
		expect(auditItem(heading, { a2: body2 }).join()).not.toMatch(/interview transcript/);
	});

	it('catches a citation that is not the article text', () => {
		const moved = {
			...good,
			citations: [{ ...good.citations[0]!, start: start + 1, end: start + sentence.length + 1 }]
		};
		expect(auditItem(moved, bodies).join()).toMatch(/not the article's text/);
	});

	it('catches a citation that does not hold the answer', () => {
		const other = 'The harbour will reopen in May.';
		const item = {
			...good,
			citations: [{ ...good.citations[0]!, sentence: other, start: 0, end: other.length }]
		};
		expect(auditItem(item, bodies).join()).toMatch(/does not name the speaker/);
	});

	it('catches a prompt that gives the answer away', () => {
		const item = {
			...good,
			prompt: 'Who said, as Ortiz put it, “We will not let the storm define this town”?'
		};
		expect(auditItem(item, bodies).join()).toMatch(/names the answer/);
	});

	it('catches repeated options and options of another form', () => {
		expect(
			auditItem({ ...good, options: ['Lena Ortiz', 'lena ortiz', 'Ada Kim'] }, bodies).join()
		).toMatch(/repeat/);
		expect(
			auditItem({ ...good, options: ['Lena Ortiz', 'the storm', 'Ada Kim'] }, bodies).join()
		).toMatch(/form/);
	});

	it('catches broken English: quotes, doubled words, a dangling "that"', () => {
		expect(
			auditItem({ ...good, prompt: 'Who said this? “We will not let the storm' }, bodies).join()
		).toMatch(/quotation/);
		expect(
			auditItem(
				{ ...good, prompt: 'Who said the the words “We will not let the storm define this town”?' },
				bodies
			).join()
		).toMatch(/doubled/);
		expect(auditItem({ ...good, prompt: 'Who said that?' }, bodies).join()).toMatch(/dangling/);
	});

	it('checks numbers: the citation holds the digits, the prompt does not', () => {
		const cited = 'Mayor Lena Ortiz told reporters that the repairs cost 4,200,000 euros.';
		const at = body.indexOf(cited);
		const item: Item = {
			id: 'how-many-test',
			type: 'how-many',
			format: 'number',
			prompt: 'Type the number missing from this sentence: the repairs cost ____ euros.',
			answer: '4200000',
			tolerance: 0,
			explanation: 'The Gazette reports it.',
			citations: [
				{ article: 'a1', outlet: 'Gazette', sentence: cited, start: at, end: at + cited.length }
			]
		};
		expect(auditItem(item, bodies)).toEqual([]);
		expect(auditItem({ ...item, answer: '4300000' }, bodies).join()).toMatch(
			/does not hold the number/
		);
		expect(
			auditItem({ ...item, prompt: 'Type the number: 4,200,000 or so?' }, bodies).join()
		).toMatch(/digits/);
	});
});
