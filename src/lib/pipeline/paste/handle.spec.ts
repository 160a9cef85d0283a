import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { QuestionSetSchema } from '../schema';
import { handleRequest } from './handle';
import {
	MAX_PASTE_CHARS,
	MAX_PASTE_WORDS,
	type PasteProgress,
	type PasteRequest
} from './protocol';

// Written for this spec (not a seed article): a quote, numbers and dates on another topic.
const ARTICLE = [
	'The Harrowgate town council voted 6 to 3 on Monday to close the Elm Street swimming pool.',
	'Repairs would have cost $2 million, the council said in a statement.',
	'"We simply cannot keep patching a building that is falling apart," said Councillor Ruth Okafor.',
	'The pool opened in 1974 and about 400 children took lessons there last summer.'
].join('\n');

const request = (over: Partial<PasteRequest> = {}): PasteRequest => ({
	id: 7,
	text: ARTICLE,
	published: '2025-03-04',
	outlet: 'Harrowgate Herald',
	...over
});

describe('handleRequest', () => {
	it('turns an article into a valid question set citing the pasted text and outlet', () => {
		const res = handleRequest(request({ title: 'Pool closure' }));
		if (!res.ok) throw new Error(res.message);
		expect(res.id).toBe(7);
		expect(v.safeParse(QuestionSetSchema, res.set).success).toBe(true);
		expect(res.set.id).toMatch(/^custom-[a-z0-9]+$/);
		expect(res.set.title).toBe('Pool closure');
		expect(res.set.date).toBe('2025-03-04');
		expect(res.set.sources[0]?.outlet).toBe('Harrowgate Herald');
		// Four sentences: a short quiz (one item per sentence at most), not one per digit.
		expect(res.set.items.length).toBeGreaterThanOrEqual(2);
		expect(res.set.items.length).toBeLessThanOrEqual(4);
		for (const item of res.set.items)
			for (const c of item.citations) expect(ARTICLE).toContain(c.sentence);
		expect(res.set.items.some((i) => i.type === 'how-many')).toBe(true);
	});

	it('gives the same set for the same paste, and another id for another text', () => {
		const a = handleRequest(request());
		const b = handleRequest(request());
		const c = handleRequest(request({ text: ARTICLE + '\nThe vote followed 3 public meetings.' }));
		expect(a).toEqual(b);
		expect(a.ok && c.ok && a.set.id !== c.set.id).toBe(true);
	});

	it('makes as many questions without an outlet, calling it "the article"', () => {
		const named = handleRequest(request());
		const unnamed = handleRequest(request({ outlet: '  ' }));
		if (!named.ok || !unnamed.ok) throw new Error('no set');
		expect(unnamed.set.items.length).toBe(named.set.items.length);
		expect(unnamed.set.sources[0]?.outlet).toBe('');
		expect(unnamed.set.items.map((i) => i.prompt).join('\n')).toMatch(
			/(?:from|According to) the article\b/
		);
		for (const item of unnamed.set.items) expect(item.explanation).toMatch(/^[^a-z]/);
	});

	it('names the set after its first words when no title is given', () => {
		const res = handleRequest(request());
		expect(res.ok && res.set.title).toMatch(/^The Harrowgate town council voted/);
	});

	it('says in plain words what the text lacks', () => {
		const noQuotes = ARTICLE.split('\n')
			.filter((l) => !/said|"/.test(l))
			.join('\n');
		const res = handleRequest(request({ text: noQuotes }));
		expect(res.ok && res.warnings).toContain(
			'No quotes were found, so there are no questions about who said what.'
		);
	});

	it('refuses empty text, a missing or malformed date and an over-long paste with a message', () => {
		const message = (req: PasteRequest) => {
			const res = handleRequest(req);
			return res.ok ? 'ok' : res.message;
		};
		expect(message(request({ text: '  \n ' }))).toMatch(/text box is empty/);
		expect(message(request({ published: '' }))).toMatch(/date the article was published/);
		expect(message(request({ published: '4 March' }))).toMatch(/"4 March" is not a date/);
		const huge = 'The council met. '.repeat(2_000_000 / 17);
		expect(message(request({ text: huge }))).toMatch(
			new RegExp(`too long: ${huge.length.toLocaleString('en')} characters.*300,000`)
		);
		expect(huge.length).toBeGreaterThan(MAX_PASTE_CHARS);
	});

	it('says so when no question can be made', () => {
		const res = handleRequest(
			request({ text: 'It was a pleasant afternoon and everyone was happy.' })
		);
		expect(res.ok ? 'ok' : res.message).toMatch(/^No questions could be made from this text/);
	});

	it('reports malformed front matter instead of throwing', () => {
		const res = handleRequest(request({ text: '---\ntitle: [unclosed\n---\nSome text.' }));
		expect(res.ok ? 'ok' : res.message).toMatch(/could not be read: malformed front matter/);
	});

	it('survives input that is not a string', () => {
		const res = handleRequest({ id: 1, published: '2025-03-04', text: 42 as unknown as string });
		expect(res.ok ? 'ok' : res.message).toMatch(/text box is empty/);
	});

	it('reports each step as it starts: reading, finding facts, writing questions', () => {
		const heard: PasteProgress[] = [];
		const res = handleRequest(request(), (p) => heard.push(p));
		expect(res.ok).toBe(true);
		expect(heard).toEqual([
			{ id: 7, stage: 'reading', step: 1, of: 3 },
			{ id: 7, stage: 'facts', step: 2, of: 3 },
			{ id: 7, stage: 'questions', step: 3, of: 3 }
		]);
	});

	it('uses only the first words of a very long text, at a sentence end, and says so', () => {
		const sentence = 'The council met again on Monday and the mayor said little about it. ';
		const long = ARTICLE + '\n' + sentence.repeat(Math.ceil((MAX_PASTE_WORDS * 1.5) / 14));
		const words = long.split(/\s+/).filter(Boolean).length;
		const res = handleRequest(request({ text: long }));
		if (!res.ok) throw new Error(res.message);
		expect(res.warnings[0]).toBe(
			`This text is ${words.toLocaleString('en')} words; the first ${MAX_PASTE_WORDS.toLocaleString('en')} were used, to keep making questions quick. Paste the rest separately for more.`
		);
		const short = handleRequest(request());
		expect(short.ok && short.warnings.some((w) => w.startsWith('This text is'))).toBe(false);
	});
});
