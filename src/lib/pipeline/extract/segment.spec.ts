import { describe, it, expect } from 'vitest';
import { segment } from './segment';

describe('segment', () => {
	it('splits sentences with offsets and does not break after abbreviations', () => {
		const body = 'The U.S. envoy spoke on Jan. 8 in Geneva. Dr. Lee agreed.\nA new paragraph.';
		const { sentences } = segment(body);
		expect(sentences.map((s) => s.text)).toEqual([
			'The U.S. envoy spoke on Jan. 8 in Geneva.',
			'Dr. Lee agreed.',
			'A new paragraph.'
		]);
		for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
		expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
	});

	it('keeps a quotation with several sentences in one sentence', () => {
		const { sentences, quotes } = segment('“We will act. We are ready,” she said. Next one.');
		expect(sentences.map((s) => s.text)).toEqual([
			'“We will act. We are ready,” she said.',
			'Next one.'
		]);
		expect(quotes).toHaveLength(1);
	});

	it('drops page furniture and splits off a dateline', () => {
		const body =
			'This audio is created with AI assistance\nRead more: other story\nROME, May 2 (Wire) – The talks ended.';
		const seg = segment(body);
		expect(seg.sentences.map((s) => s.text)).toEqual(['ROME, May 2 (Wire) –', 'The talks ended.']);
		expect([...seg.datelines]).toEqual([0]);
	});

	it('lets an unclosed quotation run to the end of its paragraph', () => {
		const { quotes } = segment('“We will not stop here\n\nNext paragraph.');
		expect(quotes[0]?.closed).toBe(false);
	});
});
