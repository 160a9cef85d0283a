import { describe, it, expect } from 'vitest';
import { parseArticle } from './article';

describe('parseArticle', () => {
	it('reads YAML front matter and gives the body with its offset and line', () => {
		const text =
			'---\ntitle: "Rates held"\nsource: Example\npublished: 2024-06-20\n---\nThe bank held rates.';
		const a = parseArticle(text);
		expect(a.meta).toEqual({ title: 'Rates held', source: 'Example', published: '2024-06-20' });
		expect(a.body).toBe('The bank held rates.');
		expect(text.slice(a.bodyOffset)).toBe(a.body);
		expect(a.bodyLine).toBe(6);
	});

	it('takes the date from the options for plain text', () => {
		expect(parseArticle('Plain text.', { published: '2024-05' }).meta.published).toBe('2024-05');
	});

	it('finds a date on the first line of plain text', () => {
		expect(parseArticle(' date 2023-02-01 Some header\nBody.').meta.published).toBe('2023-02-01');
		expect(parseArticle('PARIS, March 3, 2021 (Wire) – Text.').meta.published).toBe('2021-03-03');
	});

	it('refuses text without a publication date, saying how to give one', () => {
		expect(() => parseArticle('PARIS, Jan 09 (Wire) – no year here.')).toThrow(
			'no publication date: pass --published YYYY-MM-DD'
		);
	});

	it('names the line of malformed front matter', () => {
		expect(() => parseArticle('---\ntitle: [unclosed\npublished: 2024-01-01\n---\nBody')).toThrow(
			/malformed front matter at line \d/
		);
		expect(() => parseArticle('---\ntitle: x\nBody without end')).toThrow(/no closing/);
	});

	it('rejects a published field that is not a date, with its line', () => {
		expect(() => parseArticle('---\ntitle: x\npublished: soon\n---\nBody')).toThrow(
			/invalid publication date at line 3/
		);
	});

	it('keeps an http(s) url and refuses any other scheme, with its line', () => {
		const fm = (url: string) => `---\npublished: 2024-01-01\nurl: "${url}"\n---\nBody`;
		expect(parseArticle(fm('https://example.org/a')).meta.url).toBe('https://example.org/a');
		for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/a'])
			expect(() => parseArticle(fm(url))).toThrow(/invalid url at line 3/);
	});
});
