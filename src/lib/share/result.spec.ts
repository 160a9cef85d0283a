import { describe, it, expect } from 'vitest';
import { decodeResultCode, encodeResultCode, findResultCodes, type ResultInput } from './result';
import { deflate, shortHash, toBase64Url } from './codec';
import { makeShareQuiz, type ShareQuiz } from './quiz';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';

async function quiz(title: string): Promise<ShareQuiz> {
	const made = await makeShareQuiz({
		title,
		message: '',
		mode: 'test',
		reveal: false,
		source: { kind: 'set', setId: sampleSet.id }
	});
	if (!made.ok) throw new Error(made.message);
	return made.quiz;
}

const attempt: ResultInput = {
	student: 'Ana B.',
	startedAt: Date.UTC(2026, 10, 23, 9, 0),
	durationMs: 312_000,
	answers: [
		{
			itemId: 'who-said-1',
			response: { format: 'choice', choice: 'Dorothy Camille Shea' },
			ms: 21_000
		},
		{ itemId: 'who-said-2', response: { format: 'choice', choice: 'Kim Song' }, ms: 18_500 },
		{ itemId: 'who-said-3', response: { format: 'choice', choice: 'Joonkook Hwang' }, ms: 15_200 },
		{ itemId: 'how-many-1', response: { format: 'number', value: '12,000' }, ms: 30_100 },
		{ itemId: 'how-many-2', response: { format: 'number', value: '45000' }, ms: 25_000 },
		{ itemId: 'when-1', response: { format: 'choice', choice: '2006' }, ms: 9_000 },
		{ itemId: 'quote-completion-1', response: { format: 'text', value: 'the DPRK' }, ms: 40_000 },
		{ itemId: 'true-false-1', response: { format: 'choice', choice: 'True' }, ms: 7_000 },
		{
			itemId: 'match-1',
			response: {
				format: 'match',
				pairs: {
					'Dorothy Camille Shea': 'United States',
					'Kim Song': 'Russia',
					'Vassily Nebenzia': 'North Korea',
					'Joonkook Hwang': 'South Korea'
				}
			},
			ms: 60_000
		},
		{
			itemId: 'which-outlet-1',
			response: { format: 'choice', choice: 'Kyiv Independent' },
			ms: 11_000
		}
	]
};

describe('result codes', () => {
	it('round-trips a 10-answer attempt in a code short enough for a QR code', async () => {
		const q = await quiz('A');
		const code = await encodeResultCode(q, attempt);
		expect(code.length).toBeLessThanOrEqual(600);
		expect(await decodeResultCode(code, q)).toEqual({
			ok: true,
			result: { ...attempt, quizId: q.id }
		});
	});

	it('tolerates spaces and line breaks pasted into a code', async () => {
		const q = await quiz('A');
		const code = await encodeResultCode(q, attempt);
		const wrapped = code.match(/.{1,50}/g)?.join('\n  ') ?? code;
		expect((await decodeResultCode(` ${wrapped} `, q)).ok).toBe(true);
	});

	it('refuses a code from another quiz as wrong-quiz', async () => {
		const code = await encodeResultCode(await quiz('A'), attempt);
		expect(await decodeResultCode(code, await quiz('B'))).toMatchObject({
			ok: false,
			error: 'wrong-quiz'
		});
	});

	it('refuses an edited, truncated or garbled code as damaged', async () => {
		const q = await quiz('A');
		const code = await encodeResultCode(q, attempt);
		const at = 20;
		const flipped = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
		for (const bad of [
			flipped,
			code.slice(0, -3),
			code.slice(0, 30),
			'hello',
			'<script>alert(1)</script>'
		]) {
			expect(await decodeResultCode(bad, q)).toMatchObject({ ok: false, error: 'damaged' });
		}
	});

	it('refuses a re-checksummed code whose score fields were forged out of bounds', async () => {
		const q = await quiz('A');
		const body = toBase64Url(await deflate(`{"q":"${q.id}","s":"Ana","t":1e400,"d":-1,"a":[]}`));
		const code = `FD1.${body}.${await shortHash(`FD1|${q.id}|${body}`, 8)}`;
		expect(await decodeResultCode(code, q)).toMatchObject({ ok: false, error: 'damaged' });
	});

	it('says newer-version for FD2 codes and too-large for huge input', async () => {
		const q = await quiz('A');
		const code = await encodeResultCode(q, attempt);
		expect(await decodeResultCode(code.replace('FD1', 'FD2'), q)).toMatchObject({
			error: 'newer-version'
		});
		expect(await decodeResultCode('FD1.' + 'A'.repeat(30_000) + '.AAAAAAAA', q)).toMatchObject({
			error: 'too-large'
		});
	});

	it('keeps a hostile name as plain text, tidied and capped at 60 characters', async () => {
		const q = await quiz('A');
		const name = '<img src=x onerror=alert(1)>\u0000\n' + 'x'.repeat(100);
		const decoded = await decodeResultCode(
			await encodeResultCode(q, { ...attempt, student: name }),
			q
		);
		expect(decoded.ok && decoded.result.student).toBe(
			('<img src=x onerror=alert(1)> ' + 'x'.repeat(100)).slice(0, 60)
		);
	});

	it('refuses a code whose student name is empty or only invisible characters', async () => {
		const q = await quiz('A');
		for (const name of ['', '   ', '\u200b\u00a0']) {
			const body = toBase64Url(
				await deflate(JSON.stringify({ q: q.id, s: name, t: 1, d: 1, a: [] }))
			);
			const code = `FD1.${body}.${await shortHash(`FD1|${q.id}|${body}`, 8)}`;
			expect(await decodeResultCode(code, q)).toEqual({
				ok: false,
				error: 'no-name',
				message:
					'This result code has no student name. Ask the student to type their name and send the code again.'
			});
		}
	});
});

describe('findResultCodes', () => {
	it('finds every code in a chat paste, with the line each starts on', async () => {
		const q = await quiz('A');
		const ana = await encodeResultCode(q, attempt);
		const ben = await encodeResultCode(q, { ...attempt, student: 'Ben' });
		const wrapped = ben.slice(0, 30) + '\n' + ben.slice(30);
		const text = [
			'[09:12] Ana: here is mine',
			`${ana} thanks!`,
			`Ben: ${wrapped}`,
			'Cy: FD1.cut-off-before-the-end',
			`two at once: ${ana}, ${ben}.`,
			'lol'
		].join('\n');
		const found = findResultCodes(text);
		expect(found.codes).toEqual([
			{ code: ana, line: 2 },
			{ code: ben, line: 3 },
			{ code: ana, line: 6 },
			{ code: ben, line: 6 }
		]);
		expect(found.unreadLines).toEqual([5]);
	});

	it('finds nothing in text with no code, and flags only code-like lines', () => {
		expect(findResultCodes('hello\n\nsee you')).toEqual({ codes: [], unreadLines: [] });
		expect(findResultCodes('x\nQWxhZGRpbjpvcGVuIHNlc2FtZQQWxhZGRpbj')).toEqual({
			codes: [],
			unreadLines: [2]
		});
	});
});
