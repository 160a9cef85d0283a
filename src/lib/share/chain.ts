/**
 * The whole path of a shared quiz as properties for fast-check: a link as a hostile or careless
 * author could pack it → decode and validate → the player's items → every answer graded → the
 * result code and back. Run by chain.spec.ts (a few thousand cases in `npm test`) and by
 * scripts/fuzz.ts (`npm run fuzz`, 100,000 cases with figures). Every refusal must be a plain
 * message; whatever is accepted must be safe to render and to grade.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { firstRepeat } from '$lib/pipeline/schema';
import { safeHref } from '$lib/pipeline/url';
import { gradeAnswer } from '$lib/quiz/grade';
import { ResponseSchema, rightResponse, type Response } from '$lib/quiz/response';
import { canonicalJson, deflate, shortHash, toBase64Url } from './codec';
import { resolveQuizItems } from './draw';
import { decodeShareLink, encodeShareLink } from './link';
import { decodeResultCode, encodeResultCode } from './result';

export interface ChainStats {
	cases: number;
	opened: number;
	refused: Map<string, number>;
	answersGraded: number;
	resultCodes: number;
}

export const newStats = (): ChainStats => ({
	cases: 0,
	opened: 0,
	refused: new Map(),
	answersGraded: 0,
	resultCodes: 0
});

/** Texts that collide, look alike, name object properties, or carry markup and scripts. */
const text = fc.oneof(
	fc.constantFrom(
		'A',
		'A ',
		' A',
		'a',
		'B',
		'__proto__',
		'constructor',
		'toString',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'=cmd|" /C calc"!A0',
		'\u0000\u202e\ud800',
		'12'
	),
	fc.string({ maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 })
);

const url = fc.option(
	fc.oneof(
		fc.constantFrom(
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			' javascript:alert(1)',
			'\tjava\nscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'https://example.org/a',
			'http://example.org',
			'//example.org',
			'/relative'
		),
		fc.webUrl(),
		fc.string({ maxLength: 20 })
	),
	{ nil: undefined, freq: 2 }
);

const id = fc.constantFrom('q1', 'q2', 'q3', 'q4', '__proto__', 'bad id!');
const citation = fc
	.tuple(text, url, fc.integer({ min: -1, max: 20 }))
	.map(([outlet, address, end]) => [0, 0, 0, end, outlet, ...(address ? [address] : [])]);
const common = {
	i: id,
	p: text,
	e: text,
	x: fc.array(citation, { minLength: 1, maxLength: 2 })
};

/** One item in the link's wire form (see wire.ts), each format with its own fields. */
const wireItem = fc.oneof(
	fc.record({
		...common,
		t: fc.constant(0),
		f: fc.constant(0),
		o: fc.array(text, { minLength: 0, maxLength: 5 }),
		a: fc.oneof(fc.nat(5), text)
	}),
	fc.record({
		...common,
		t: fc.constant(2),
		f: fc.constant(1),
		a: fc.oneof(fc.constantFrom('12', '-3.5', '1e3'), text),
		n: fc.oneof(fc.nat(10), fc.double())
	}),
	fc.record({ ...common, t: fc.constant(4), f: fc.constant(2), a: text }),
	fc.record({
		...common,
		t: fc.constant(6),
		f: fc.constant(3),
		a: fc.constant(''),
		r: fc.array(fc.tuple(text, text), { minLength: 0, maxLength: 5 })
	}),
	fc
		.record({
			...common,
			t: fc.constant(7),
			f: fc.constant(4),
			a: fc.constant(''),
			o: fc.array(text, { minLength: 2, maxLength: 5 })
		})
		.chain((item) =>
			fc
				.shuffledSubarray(item.o, { minLength: item.o.length, maxLength: item.o.length })
				.map((s) => ({ ...item, s }))
		)
);

/** A whole quiz carried inline in a link, in wire form. */
export const wireQuiz = fc.record({
	t: text,
	m: text,
	o: fc.constantFrom(0, 1),
	r: fc.constantFrom(0, 1),
	q: fc.record({
		i: fc.constant('fuzz'),
		t: text,
		d: fc.constant('2025-01-01'),
		y: text,
		g: fc.constant([]),
		s: url.map((address) => [['Title', 'Outlet', '2025-01-01', ...(address ? [address] : [])]]),
		a: fc.constant(['a1']),
		x: fc.constant(['A sentence.']),
		it: fc.array(wireItem, { minLength: 0, maxLength: 4 })
	})
});

/** What a learner might send for an item: any shape, any text. */
const response: fc.Arbitrary<Response> = fc.oneof(
	fc.record({ format: fc.constant('choice' as const), choice: text }),
	fc.record({ format: fc.constant('number' as const), value: text }),
	fc.record({ format: fc.constant('text' as const), value: text }),
	fc.record({
		format: fc.constant('match' as const),
		pairs: fc.array(fc.tuple(text, text), { maxLength: 4 }).map((e) => Object.fromEntries(e))
	}),
	fc.record({ format: fc.constant('order' as const), sequence: fc.array(text, { maxLength: 5 }) })
);

export async function packLink(wire: unknown): Promise<string> {
	const body = '1' + toBase64Url(await deflate(JSON.stringify(wire)));
	return body + (await shortHash(body, 6));
}

/** A refusal a person can read: a sentence, not a stack trace or an object dump. */
export function isPlainMessage(message: unknown): boolean {
	return (
		typeof message === 'string' &&
		message.length > 10 &&
		message.length < 400 &&
		!/undefined|\[object|NaN|Error:|at .*\.ts/.test(message)
	);
}

function fail(why: string): never {
	throw new Error(why);
}

/** The chain for one link; throws (so fast-check reports the case and its seed) on any fault. */
export async function checkLinkChain(
	wire: unknown,
	responses: Response[],
	stats: ChainStats
): Promise<void> {
	stats.cases++;
	const decoded = await decodeShareLink(await packLink(wire));
	if (!decoded.ok) {
		if (!isPlainMessage(decoded.message)) fail(`not a plain message: ${decoded.message}`);
		const kind = /\(([^:]*: )?(.*?)( \(|\))/.exec(decoded.message)?.[2] ?? decoded.error;
		stats.refused.set(kind, (stats.refused.get(kind) ?? 0) + 1);
		return;
	}
	stats.opened++;
	const quiz = decoded.quiz;
	// Whatever an old (JSON) link opens, today's binary link carries exactly, with the same id.
	const again = await decodeShareLink(await encodeShareLink(quiz));
	if (!again.ok || canonicalJson(again.quiz) !== canonicalJson(quiz))
		fail(`the version-2 link changed the quiz: ${again.ok ? 'content' : again.message}`);
	if (quiz.source.kind !== 'inline') fail('an inline quiz came back as a reference');
	for (const source of quiz.source.set.sources)
		if (source.url !== undefined && !safeHref(source.url)) fail(`unsafe source url ${source.url}`);
	const resolved = resolveQuizItems(quiz);
	if (!resolved.ok) fail(`resolve: ${resolved.message}`);
	if (firstRepeat(resolved.items.map((item) => item.id)) !== undefined) fail('repeated item id');
	const answers = [];
	for (const [at, item] of resolved.items.entries()) {
		for (const c of item.citations)
			if (c.url !== undefined && !safeHref(c.url)) fail(`unsafe citation url ${c.url}`);
		for (const list of [item.options, item.sequence, item.pairs?.map((p) => p.left)])
			if (firstRepeat(list) !== undefined) fail(`item ${item.id} repeats an entry`);
		for (const given of responses) {
			const grade = gradeAnswer(item, given);
			if (typeof grade.correct !== 'boolean' || typeof grade.expected !== 'string')
				fail('a grade that is not a boolean and a text');
			stats.answersGraded++;
		}
		const right = rightResponse(item);
		// A typed answer of only punctuation normalises to nothing: not this chain's concern.
		if (item.format !== 'text' && !gradeAnswer(item, right).correct)
			fail(`the right answer to item ${item.id} is graded wrong`);
		// As stored in IndexedDB and read back through the schema, it grades the same.
		const stored = v.parse(ResponseSchema, JSON.parse(JSON.stringify(right)));
		if (gradeAnswer(item, stored).correct !== gradeAnswer(item, right).correct)
			fail(`item ${item.id} grades differently once stored`);
		answers.push({ itemId: item.id, response: responses[at] ?? right, ms: 1000 * at });
	}
	const result = {
		student: 'Ana',
		startedAt: 1_700_000_000_000,
		durationMs: 60_000,
		answers: answers.map((a) => ({ ...a, response: v.parse(ResponseSchema, a.response) }))
	};
	const back = await decodeResultCode(await encodeResultCode(quiz, result), quiz);
	if (!back.ok) fail(`own result code refused: ${back.message}`);
	if (canonicalJson(back.result) !== canonicalJson({ ...result, quizId: quiz.id }))
		fail('the result code changed the result');
	stats.resultCodes++;
}

export const linkChain = (stats: ChainStats) =>
	fc.asyncProperty(wireQuiz, fc.array(response, { maxLength: 3 }), (wire, responses) =>
		checkLinkChain(wire, responses, stats)
	);
