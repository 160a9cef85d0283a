import { describe, it, expect } from 'vitest';
import { extractFacts } from './index';
import { MAX_BODY_CHARS } from './article';

const opts = { published: '2024-05-15' };

describe('extractFacts on bad input', () => {
	it('returns an empty result and a warning for empty text', () => {
		const f = extractFacts('', opts);
		expect(f.sentences).toEqual([]);
		expect(f.warnings).toContain('the article body is empty');
	});

	it('does not extract from binary garbage', () => {
		let junk = '';
		for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 256);
		const f = extractFacts(junk, opts);
		expect(f.quotes).toEqual([]);
		expect(f.warnings.join(' ')).toMatch(/binary/);
	});

	// How long it takes is `npm run bench`'s to say: a timed test fails on a busy machine.
	it('truncates a 2 MB text and says so', () => {
		const para =
			'Officials said that 40 people were hurt on Monday in the capital. “We are safe,” he said.\n';
		const big = para.repeat(Math.ceil(2_000_000 / para.length));
		const f = extractFacts(big, opts);
		expect(f.body.length).toBe(MAX_BODY_CHARS);
		expect(f.warnings.join(' ')).toMatch(/truncated/);
		expect(f.numbers.length).toBeGreaterThan(100);
	});

	it('warns when a text has no quote, number or date', () => {
		const f = extractFacts('The sky was grey and the streets were quiet.', opts);
		expect(f.quotes).toEqual([]);
		expect(f.warnings).toContain('no quotes, numbers or dates were found in the text');
	});

	it('survives one enormous sentence without stops', () => {
		const f = extractFacts('word '.repeat(50_000), opts);
		expect(f.warnings.join(' ')).toMatch(/over-long/);
	});

	it('throws only for a missing date, with a clear message', () => {
		expect(() => extractFacts('No date anywhere.')).toThrow(/no publication date/);
	});

	it('keeps offsets that point at the exact words', () => {
		const f = extractFacts(
			'---\npublished: 2024-05-15\n---\nOn Monday, “We won,” said Ada Lind. About 300 fans came.',
			{}
		);
		for (const x of [...f.quotes, ...f.numbers, ...f.dates])
			expect(f.body.slice(x.start, x.end)).toBe(x.text);
		for (const p of f.people) expect(f.body.slice(p.start, p.end)).toBe(p.name);
	});
});
