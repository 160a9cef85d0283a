import { describe, it, expect } from 'vitest';
import { decodeResultCode, encodeResultCode, type ResultInput } from './result';
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
});
