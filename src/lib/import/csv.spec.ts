import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('CSV import', () => {
	it('reads a header row, quoted cells with commas, quotes and line breaks', () => {
		const text = [
			'Question,Answer,Wrong 1,Wrong 2,Explanation',
			'"Who said ""no""?",Ann,"Lee, Tom",Raj,She said it twice.',
			'"A question',
			'on two lines",Yes,No,,',
			'How many moons has Mars?,2,,,',
			'Capital of France?,Paris,,,'
		].join('\r\n');
		const { questions, errors } = parseCsv(text);
		expect(errors).toEqual([]);
		expect(questions).toEqual([
			{
				line: 2,
				format: 'choice',
				prompt: 'Who said "no"?',
				answer: 'Ann',
				options: ['Ann', 'Lee, Tom', 'Raj'],
				explanation: 'She said it twice.'
			},
			{
				line: 3,
				format: 'choice',
				prompt: 'A question\non two lines',
				answer: 'Yes',
				options: ['Yes', 'No'],
				explanation: undefined
			},
			{
				line: 5,
				format: 'number',
				prompt: 'How many moons has Mars?',
				answer: '2',
				tolerance: 0,
				explanation: undefined
			},
			{
				line: 6,
				format: 'text',
				prompt: 'Capital of France?',
				answer: 'Paris',
				explanation: undefined
			}
		]);
	});

	it('takes semicolons when the header uses them, and works without a header', () => {
		expect(parseCsv('question;answer;wrong\nA?;x;y\n').questions[0]).toMatchObject({
			options: ['x', 'y']
		});
		expect(parseCsv('A?,x,y\nB?,z\n').questions.map((q) => q.format)).toEqual(['choice', 'text']);
	});

	it('names the line of each broken row', () => {
		const text = [
			'question,answer,wrong',
			'Fine?,yes,no',
			',lonely,',
			'No answer?,,a',
			'Same?,a,a',
			'"open,x,y'
		].join('\n');
		expect(parseCsv(text).errors).toEqual([
			{ line: 6, message: 'a quotation mark opened here is never closed' },
			{ line: 3, message: 'the question cell is empty' },
			{ line: 4, message: 'a question needs a right answer (the answer cell is empty)' },
			{ line: 5, message: 'two answers in this row have the same text' }
		]);
	});
});
