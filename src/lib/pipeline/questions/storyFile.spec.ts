import { describe, it, expect } from 'vitest';
import { ContentError } from './errors';
import { parseStoryYaml } from './storyFile';

const FILE = 'questions/x/story.yaml';
const error = (text: string): string => {
	try {
		parseStoryYaml(FILE, text);
	} catch (err) {
		if (err instanceof ContentError) return err.message;
		throw err;
	}
	return 'no error';
};

describe('story.yaml', () => {
	it('reads title, date, summary and tags', () => {
		const meta = parseStoryYaml(
			FILE,
			'title: A\ndate: 2025-01-08\nsummary: >-\n  Two\n  lines.\ntags: [a, b]\n'
		);
		expect(meta).toEqual({
			title: 'A',
			date: '2025-01-08',
			summary: 'Two lines.',
			tags: ['a', 'b']
		});
	});

	it('names the file and line of a bad or missing field', () => {
		expect(error('title: A\ndate: 8 January\nsummary: S\n')).toBe(
			`${FILE}:2: "date" must be YYYY-MM-DD, not "8 January"`
		);
		expect(error('title: A\ndate: 2025-01-08\nsummary: S\ntags: 5\n')).toBe(
			`${FILE}:4: "tags" must be a list of short words`
		);
		expect(error('date: 2025-01-08\nsummary: S\n')).toMatch(
			/^questions\/x\/story\.yaml:1: "title"/
		);
	});

	it('names the line of a YAML syntax error', () => {
		expect(error('title: A\ndate: 2025-01-08\nsummary: S: x\n')).toMatch(
			/^questions\/x\/story\.yaml:3: /
		);
		expect(error('title: A\ntitle: B\nsummary: S\n')).toMatch(/:2: Map keys must be unique/);
	});
});
