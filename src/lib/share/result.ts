/**
 * Result codes: what a student hands back at the end, as short text or a QR code.
 * `FD1.<base64url(deflate-raw(JSON))>.<check>`, where check = 8 base64url chars of SHA-256 over
 * the quiz id and the body. The check binds a code to its quiz and catches hand edits and typos;
 * it is not a signature (anyone can recompute it), which is why the teacher recomputes scores
 * from the quiz instead of reading one from the code.
 */
import * as v from 'valibot';
import { ResponseSchema, type Response } from '$lib/quiz/response';
import { deflate, fromBase64Url, inflate, shortHash, stripWhitespace, toBase64Url } from './codec';
import type { ShareQuiz } from './quiz';

const PREFIX = 'FD1';
const MAX_CODE_CHARS = 20_000;
const MAX_JSON_BYTES = 200_000;
const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 86_400_000));

/** Printable text only: a name is shown as text, and control characters have no place in it. */
export const StudentSchema = v.pipe(
	v.string(),
	v.minLength(1, 'a name or initials'),
	v.maxLength(60),
	v.regex(/^[^\p{Cc}\p{Cf}]*$/u, 'no control characters')
);

export const ResultSchema = v.object({
	quizId: v.string(),
	student: StudentSchema,
	/** When the attempt started, epoch milliseconds. */
	startedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
	durationMs: Ms,
	answers: v.pipe(
		v.array(
			v.object({ itemId: v.pipe(v.string(), v.maxLength(80)), response: ResponseSchema, ms: Ms })
		),
		v.maxLength(500)
	)
});
export type QuizResult = v.InferOutput<typeof ResultSchema>;
export type ResultInput = Omit<QuizResult, 'quizId'>;

export type ResultError = 'damaged' | 'wrong-quiz' | 'newer-version' | 'too-large' | 'no-name';
export type DecodedResult =
	{ ok: true; result: QuizResult } | { ok: false; error: ResultError; message: string };

const RESPONSE_CODES = {
	choice: 'c',
	number: 'n',
	text: 't',
	match: 'm',
	order: 'o',
	recall: 'r'
} as const;

function responseToWire(response: Response): unknown[] {
	switch (response.format) {
		case 'choice':
			return ['c', response.choice];
		case 'number':
		case 'text':
			return [RESPONSE_CODES[response.format], response.value];
		case 'match':
			return ['m', Object.entries(response.pairs)];
		case 'order':
			return ['o', response.sequence];
		case 'recall':
			return ['r', response.grade];
	}
}

function responseFromWire(wire: unknown): unknown {
	if (!Array.isArray(wire)) return undefined;
	const [code, body] = wire as unknown[];
	if (code === 'c') return { format: 'choice', choice: body };
	if (code === 'n') return { format: 'number', value: body };
	if (code === 't') return { format: 'text', value: body };
	if (code === 'o') return { format: 'order', sequence: body };
	if (code === 'r') return { format: 'recall', grade: body };
	if (code === 'm' && Array.isArray(body) && body.length <= 20) {
		// A null-prototype record: a left text such as "__proto__" stays an ordinary key.
		const pairs = Object.create(null) as Record<string, unknown>;
		for (const pair of body) if (Array.isArray(pair)) pairs[String(pair[0])] = pair[1];
		return { format: 'match', pairs: { ...pairs } };
	}
	return undefined;
}

/** Tidy what a student typed as their name: single spaces, no control characters, 60 chars. */
export function cleanStudentName(name: string): string {
	return name
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 60);
}

const check = (quiz: ShareQuiz, body: string) => shortHash(`${PREFIX}|${quiz.id}|${body}`, 8);

/** The code for one attempt at `quiz`. Throws when the input breaks ResultSchema. */
export async function encodeResultCode(quiz: ShareQuiz, input: ResultInput): Promise<string> {
	const result = v.parse(ResultSchema, {
		...input,
		quizId: quiz.id,
		student: cleanStudentName(input.student)
	});
	const wire = {
		q: result.quizId,
		s: result.student,
		t: result.startedAt,
		d: result.durationMs,
		a: result.answers.map((a) => [a.itemId, responseToWire(a.response), a.ms])
	};
	const body = toBase64Url(await deflate(JSON.stringify(wire)));
	return `${PREFIX}.${body}.${await check(quiz, body)}`;
}

const fail = (error: ResultError, message: string): DecodedResult => ({
	ok: false,
	error,
	message
});
const damaged = (why: string) =>
	fail('damaged', `This result code is damaged (${why}). Ask the student to show it again.`);

async function readBody(body: string) {
	const bytes = fromBase64Url(body);
	if (!bytes) return null;
	const inflated = await inflate(bytes, MAX_JSON_BYTES);
	if (!inflated.ok) return null;
	try {
		const w = JSON.parse(inflated.text) as Record<string, unknown>;
		return w && typeof w === 'object' ? w : null;
	} catch {
		return null;
	}
}

/** A student's result for `quiz`, checked against it. Never throws. */
export async function decodeResultCode(code: string, quiz: ShareQuiz): Promise<DecodedResult> {
	try {
		if (typeof code !== 'string') return damaged('it is not text');
		if (code.length > MAX_CODE_CHARS * 4)
			return fail('too-large', 'This result code is too large.');
		const text = stripWhitespace(code);
		if (text.length > MAX_CODE_CHARS) return fail('too-large', 'This result code is too large.');
		if (/^FD[2-9]\./i.test(text)) {
			return fail(
				'newer-version',
				'This result code comes from a newer version of Factdeck; update the app.'
			);
		}
		const parts = /^FD1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{8})$/.exec(text);
		if (!parts) return damaged('it does not have the shape of a Factdeck result code');
		const [, body = '', sum] = parts;
		const wire = await readBody(body);
		if (wire && wire.q !== quiz.id) {
			return fail('wrong-quiz', 'This result code belongs to another quiz.');
		}
		if (sum !== (await check(quiz, body)))
			return damaged('its check does not match: it was cut or edited');
		if (!wire) return damaged('its content is not readable');
		const answers = Array.isArray(wire.a) ? wire.a : undefined;
		// A name of only spaces or invisible characters is no name: the code is refused, not
		// filed under a student called "".
		const student = typeof wire.s === 'string' ? cleanStudentName(wire.s) : wire.s;
		if (student === '') {
			return fail(
				'no-name',
				'This result code has no student name. Ask the student to type their name and send the code again.'
			);
		}
		const parsed = v.safeParse(ResultSchema, {
			quizId: wire.q,
			student,
			startedAt: wire.t,
			durationMs: wire.d,
			answers: answers?.map((a: unknown) => {
				const [itemId, response, ms] = Array.isArray(a) ? (a as unknown[]) : [];
				return { itemId, response: responseFromWire(response), ms };
			})
		});
		if (!parsed.success) return damaged(`field ${v.getDotPath(parsed.issues[0]) ?? 'result'}`);
		return { ok: true, result: parsed.output };
	} catch {
		return damaged('it could not be read');
	}
}

/** A code inside other text: the body may be broken over lines (chat apps wrap long words). */
const CODE_IN_TEXT = /FD\d\.[A-Za-z0-9_\-\s]*[A-Za-z0-9_-]\.[A-Za-z0-9_-]{8}(?![A-Za-z0-9_-])/g;
/** Something that was meant to be a code but is not one whole: a start, or a long code-like word. */
const CODE_LIKE = /FD\d|[A-Za-z0-9_-]{24,}/;

export interface FoundCodes {
	/** Each code found, whitespace removed, with the 1-based line it starts on. */
	codes: { code: string; line: number }[];
	/** Lines that look like part of a code but hold no whole one (cut or mistyped). */
	unreadLines: number[];
}

/**
 * The result codes in any pasted text: one or many, on their own lines or among chat names and
 * messages ("Ana: FD1.… thanks!"). Lines with no code and nothing code-like are ignored.
 */
export function findResultCodes(text: string): FoundCodes {
	const lineStarts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
	const codes: FoundCodes['codes'] = [];
	const covered = new Set<number>();
	for (const match of text.matchAll(CODE_IN_TEXT)) {
		const first = lineOf(match.index);
		const last = lineOf(match.index + match[0].length - 1);
		for (let line = first; line <= last; line++) covered.add(line);
		codes.push({ code: stripWhitespace(match[0]), line: first });
	}
	const unreadLines = text
		.split('\n')
		.flatMap((line, i) => (!covered.has(i + 1) && CODE_LIKE.test(line) ? [i + 1] : []));
	return { codes, unreadLines };
}
