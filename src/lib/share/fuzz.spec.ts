/**
 * Property tests: thousands of random, mutated and hostile links and result codes. The decoders
 * must always answer with a Result (never throw, never hang), and whatever they accept must be
 * content the schemas allow, with hostile text kept as plain strings.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { decodeShareLink, encodeShareLink } from './link';
import { decodeResultCode, encodeResultCode } from './result';
import {
	deflate,
	deflateWithDictionary,
	shortHash,
	shortHash36,
	toBase41,
	toBase64Url
} from './codec';
import { LINK_DICTIONARY } from './dictionary';
import { quizToBytes } from './packed';
import { makeShareQuiz, ShareQuizSchema, type ShareQuiz, type ShareQuizContent } from './quiz';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';

const RUNS = { numRuns: 2000 };
// Thousands of runs each: on a busy two-core CI machine that takes longer than vitest's 5 s default.
const SLOW = { timeout: 60_000 };
const LINK_ERRORS = ['damaged', 'newer-version', 'too-large'];
const RESULT_ERRORS = ['damaged', 'wrong-quiz', 'newer-version', 'too-large'];

const hostileText = fc.oneof(
	fc.constantFrom(
		'<script>alert(1)</script>',
		'javascript:alert(document.cookie)',
		'"><img src=x onerror=alert(1)>',
		'__proto__',
		'=cmd|" /C calc"!A0',
		'\u0000\u202e\ud800'
	),
	fc.string({ unit: 'binary', maxLength: 60 })
);

const content: ShareQuizContent = {
	title: 'Quiz',
	message: 'Hello class',
	mode: 'test',
	reveal: false,
	source: { kind: 'inline', set: { ...sampleSet, items: sampleSet.items.slice(0, 2) } }
};

/** flip, delete or insert one character, or cut the text short. */
const mutation = fc.tuple(
	fc.constantFrom('flip', 'delete', 'insert', 'truncate'),
	fc.nat(),
	fc.string({ minLength: 1, maxLength: 1 })
);
function mutate(text: string, [kind, at, char]: [string, number, string]): string {
	const i = at % text.length;
	if (kind === 'truncate') return text.slice(0, i);
	if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
	if (kind === 'insert') return text.slice(0, i) + char + text.slice(i);
	return text.slice(0, i) + (text[i] === char ? 'x' : char) + text.slice(i + 1);
}

function expectLinkAnswer(decoded: Awaited<ReturnType<typeof decodeShareLink>>) {
	if (decoded.ok) expect(v.is(ShareQuizSchema, decoded.quiz)).toBe(true);
	else {
		expect(LINK_ERRORS).toContain(decoded.error);
		expect(decoded.message.length).toBeGreaterThan(10);
	}
}

describe('decodeShareLink under fire', SLOW, () => {
	it('answers random text with an error, never an exception', async () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.base64String().map((s) => `1${s}`)
		);
		await fc.assert(
			fc.asyncProperty(text, async (input) => {
				const decoded = await decodeShareLink(input);
				expect(decoded.ok).toBe(false);
				expectLinkAnswer(decoded);
			}),
			RUNS
		);
	});

	it('refuses mutated valid links, or recovers exactly the same quiz', async () => {
		const payload = await encodeShareLink(content);
		const original = await decodeShareLink(payload);
		await fc.assert(
			fc.asyncProperty(mutation, async (change) => {
				const decoded = await decodeShareLink(mutate(payload, change));
				expectLinkAnswer(decoded);
				if (decoded.ok) expect(decoded).toEqual(original);
			}),
			RUNS
		);
	});

	it('refuses or bounds valid compressed JSON with hostile structure', async () => {
		const json = fc.oneof(
			fc.jsonValue({ maxDepth: 6 }),
			fc.record({
				t: hostileText,
				m: fc.jsonValue(),
				o: fc.jsonValue(),
				r: fc.jsonValue(),
				s: fc.jsonValue(),
				q: fc.jsonValue()
			})
		);
		await fc.assert(
			fc.asyncProperty(json, async (wire) => {
				const body = '1' + toBase64Url(await deflate(JSON.stringify(wire)));
				const decoded = await decodeShareLink(body + (await shortHash(body, 6)));
				expectLinkAnswer(decoded);
			}),
			RUNS
		);
	});

	it('refuses or bounds version-2 links around any bytes, or a packed quiz with bytes changed', async () => {
		const packed = quizToBytes(content);
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 300 }),
			fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([at, value, cut]) => {
				const i = at % packed.length;
				return cut ? packed.slice(0, i) : Uint8Array.from(packed, (b, k) => (k === i ? value : b));
			})
		);
		await fc.assert(
			fc.asyncProperty(bytes, async (input) => {
				const body = '2' + toBase41(await deflateWithDictionary(input, LINK_DICTIONARY));
				const decoded = await decodeShareLink(body + (await shortHash36(body, 6)));
				expectLinkAnswer(decoded);
			}),
			RUNS
		);
	});

	it('carries hostile strings through as the same plain strings', async () => {
		await fc.assert(
			fc.asyncProperty(hostileText, hostileText, async (title, prompt) => {
				const item = { ...sampleSet.items[0]!, prompt };
				const quiz = {
					...content,
					title,
					source: { kind: 'inline' as const, set: { ...sampleSet, items: [item] } }
				};
				const decoded = await decodeShareLink(await encodeShareLink(quiz));
				expect(decoded.ok && decoded.quiz.title).toBe(title);
				expect(
					decoded.ok &&
						decoded.quiz.source.kind === 'inline' &&
						decoded.quiz.source.set.items[0]?.prompt
				).toBe(prompt);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('decodeResultCode under fire', SLOW, async () => {
	const made = await makeShareQuiz(content);
	if (!made.ok) throw new Error(made.message);
	const quiz: ShareQuiz = made.quiz;
	const attempt = {
		student: 'Ana',
		startedAt: 1_700_000_000_000,
		durationMs: 60_000,
		answers: [
			{
				itemId: 'who-said-1',
				response: { format: 'choice' as const, choice: 'Kim Song' },
				ms: 5000
			}
		]
	};
	const code = await encodeResultCode(quiz, attempt);

	it('answers random text with an error, never an exception', async () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.base64String().map((s) => `FD1.${s}.AAAAAAAA`)
		);
		await fc.assert(
			fc.asyncProperty(text, async (input) => {
				const decoded = await decodeResultCode(input, quiz);
				expect(decoded.ok).toBe(false);
				if (!decoded.ok) expect(RESULT_ERRORS).toContain(decoded.error);
			}),
			RUNS
		);
	});

	it('never accepts a mutated code as a different result', async () => {
		await fc.assert(
			fc.asyncProperty(mutation, async (change) => {
				const decoded = await decodeResultCode(mutate(code, change), quiz);
				if (decoded.ok) expect(decoded.result).toEqual({ ...attempt, quizId: quiz.id });
				else expect(RESULT_ERRORS).toContain(decoded.error);
			}),
			RUNS
		);
	});
});
