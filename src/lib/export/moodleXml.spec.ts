import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SET, TRICKY } from './fixture.testkit';
import { toMoodleXml } from './moodleXml';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
	parseTagValue: false
});

type Node = Record<string, never>;

describe('Moodle XML export', () => {
	const { text } = toMoodleXml(SET);

	it('is well-formed XML', () => {
		expect(XMLValidator.validate(text)).toBe(true);
	});

	it('has a category, then one question of the matching Moodle type per item', () => {
		const questions = parser.parse(text).quiz.question as Node[];
		expect(questions.map((q) => q['type'])).toEqual([
			'category',
			'multichoice',
			'truefalse',
			'numerical',
			'shortanswer',
			'matching',
			'matching'
		]);
		const mc = questions[1] as unknown as {
			questiontext: { text: string };
			answer: { fraction: string; text: string }[];
			generalfeedback: { text: string };
		};
		expect(mc.questiontext.text).toBe(`Who said ${TRICKY}?`);
		expect(mc.answer.filter((a) => a.fraction === '100').map((a) => a.text)).toEqual([
			'Mayor Elena = Vasquez'
		]);
		expect(mc.answer).toHaveLength(5);
		expect(mc.generalfeedback.text).toBe(SET.items[0]!.explanation);
		expect(questions[3]).toMatchObject({
			answer: [{ fraction: '100', text: '14', tolerance: '0.5' }]
		});
		expect(questions[4]).toMatchObject({ answer: [{ text: 'reader' }, { text: 'readers' }] });
		expect(questions[5]).toMatchObject({
			subquestion: [
				{ text: 'Elena Vasquez', answer: [{ text: 'Mayor' }] },
				{ text: 'Tom Briggs', answer: [{ text: 'Councillor {x}' }] },
				{ text: 'Ann Lee', answer: [{ text: 'Librarian & author' }] }
			]
		});
	});
});
