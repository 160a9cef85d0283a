/**
 * Result codes pasted on the class page, as properties for fast-check: a paste of real codes
 * (any name, any answers), forged ones with a correct check but hostile content, codes cut,
 * edited, wrapped over lines or meant for another quiz, among chat lines → addPastedCodes (find,
 * decode, score again, store in one transaction, sum up) → the roster and its CSV. Run by
 * classChain.spec.ts (`npm test`) and scripts/fuzz.ts (`npm run fuzz`); needs an IndexedDB.
 */
import fc from 'fast-check';
import { addRosterEntries, getDb, rosterFor, type RosterEntry } from '$lib/db';
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import type { Response } from '$lib/quiz/response';
import { addPastedCodes } from './classPaste';
import { canonicalJson, deflate, shortHash, toBase64Url } from './codec';
import { makeShareQuiz, type ShareQuiz } from './quiz';
import { encodeResultCode, type ResultInput } from './result';
import { rosterCsv } from './roster';

export interface ClassStats {
	cases: number;
	codes: number;
	stored: number;
	/** The report's lines after the summary (refusals, results kept beside another), by kind. */
	notes: Map<string, number>;
}

export const newClassStats = (): ClassStats => ({
	cases: 0,
	codes: 0,
	stored: 0,
	notes: new Map()
});

/** A made-up quiz with one question of each format (two lefts that name object properties). */
const SET: QuestionSet = {
	id: 'custom-class',
	title: 'Class quiz',
	date: '2025-03-04',
	summary: '',
	tags: [],
	sources: [],
	items: [
		{ format: 'choice', answer: 'Yes', options: ['Yes', 'No', '=1+1'] },
		{ format: 'number', answer: '12', tolerance: 0 },
		{ format: 'text', answer: 'the harbour' },
		{
			format: 'match',
			answer: '',
			pairs: [
				{ left: '__proto__', right: 'one' },
				{ left: 'constructor', right: 'two' }
			]
		},
		{ format: 'order', answer: '', options: ['a', 'b', 'c'], sequence: ['b', 'a', 'c'] }
	].map((item, i) => ({
		...(item as Pick<Item, 'format' | 'answer'>),
		id: `q${i + 1}`,
		type: 'written' as const,
		prompt: `Question ${i + 1}`,
		explanation: '',
		citations: []
	}))
};
const ITEMS = SET.items;

let quizzes: Promise<[ShareQuiz, ShareQuiz]> | undefined;
/** The quiz, and another one whose codes must be refused here. */
function theQuizzes(): Promise<[ShareQuiz, ShareQuiz]> {
	quizzes ??= Promise.all(
		['Class quiz', 'Another quiz'].map(async (title) => {
			const made = await makeShareQuiz({
				title,
				message: '',
				mode: 'test',
				reveal: false,
				source: { kind: 'inline', set: SET }
			});
			if (!made.ok) throw new Error(made.message);
			return made.quiz;
		})
	) as Promise<[ShareQuiz, ShareQuiz]>;
	return quizzes;
}

const text = fc.oneof(
	fc.constantFrom(
		'Ana',
		'Ana ',
		'  ',
		'',
		'\u200b',
		'=HYPERLINK("http://x")',
		' =1+1',
		'＝1+1',
		'@SUM(A1)',
		'-2',
		'__proto__',
		'constructor',
		'<script>alert(1)</script>',
		'a\u0000b',
		'\u202eevil',
		'x'.repeat(70)
	),
	fc.string({ maxLength: 12 })
);

const response: fc.Arbitrary<Response> = fc.oneof(
	fc.record({
		format: fc.constant('choice' as const),
		choice: fc.oneof(fc.constantFrom('Yes', 'No'), text)
	}),
	fc.record({
		format: fc.constant('number' as const),
		value: fc.constantFrom('12', '12.0', 'twelve', '1e999', '')
	}),
	fc.record({ format: fc.constant('text' as const), value: text }),
	fc.record({
		format: fc.constant('match' as const),
		pairs: fc
			.array(
				fc.tuple(
					fc.constantFrom('__proto__', 'constructor', 'toString'),
					fc.constantFrom('one', 'two')
				),
				{
					maxLength: 3
				}
			)
			.map((e) => Object.fromEntries(e))
	}),
	fc.record({
		format: fc.constant('order' as const),
		sequence: fc.shuffledSubarray(['a', 'b', 'c'])
	}),
	fc.record({ format: fc.constant('recall' as const), grade: fc.constantFrom('again', 'good') })
);

/** A result as a student's device would send it; a few names and starts, so codes collide. */
const result: fc.Arbitrary<ResultInput> = fc.record({
	student: fc.oneof(fc.constantFrom('Ana', 'Ben', 'Ana '), text),
	startedAt: fc.constantFrom(1_700_000_000_000, 1_700_000_060_000, 0),
	durationMs: fc.nat(600_000),
	answers: fc.array(
		fc.record({
			itemId: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'gone', '__proto__'),
			response,
			ms: fc.nat(60_000)
		}),
		{ maxLength: 6 }
	)
});

/** The wire form with anything in it: what a forger would pack and check-sum by hand. */
const forgedWire = fc.record({
	q: fc.constant('QUIZ'),
	s: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
	t: fc.oneof(fc.constantFrom(1_700_000_000_000, -1, 1e300, 0.5), fc.jsonValue({ maxDepth: 0 })),
	d: fc.oneof(fc.nat(600_000), fc.constantFrom(-5, 1e12, 'x')),
	a: fc.oneof(
		fc.array(
			fc.tuple(
				fc.constantFrom('q1', 'q4', '__proto__'),
				fc.oneof(
					fc.constant([
						'm',
						[
							['__proto__', 'one'],
							['constructor', 'two']
						]
					]),
					fc.constant(['m', Array.from({ length: 30 }, (_, i) => [`l${i}`, 'r'])]),
					fc.constant(['c', { toString: 1 }]),
					fc.constant(['x', 1]),
					fc.jsonValue({ maxDepth: 2 })
				),
				fc.oneof(fc.nat(9000), fc.constant(-1))
			),
			{ maxLength: 4 }
		),
		fc.jsonValue({ maxDepth: 2 })
	)
});

type Piece =
	| { kind: 'code'; result: ResultInput }
	| { kind: 'forged'; wire: Record<string, unknown> }
	| { kind: 'other-quiz' | 'cut' | 'edited' | 'wrapped'; result: ResultInput; at: number }
	| { kind: 'chat'; line: string };

const piece: fc.Arbitrary<Piece> = fc.oneof(
	{ weight: 6, arbitrary: result.map((r) => ({ kind: 'code' as const, result: r })) },
	{ weight: 2, arbitrary: forgedWire.map((wire) => ({ kind: 'forged' as const, wire })) },
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constantFrom(
				'other-quiz' as const,
				'cut' as const,
				'edited' as const,
				'wrapped' as const
			),
			result,
			at: fc.nat()
		})
	},
	{
		weight: 2,
		arbitrary: fc
			.oneof(
				text,
				fc.constantFrom('thanks all!', 'FD1.', 'FD2.abc.defghijk', 'FD1..AAAAAAAA', 'A'.repeat(30))
			)
			.map((line) => ({ kind: 'chat' as const, line }))
	}
);

/** The pieces of a paste as text, each on its own line with a chat name or a time before it. */
async function pasteOf(pieces: Piece[], quiz: ShareQuiz, other: ShareQuiz): Promise<string> {
	const lines: string[] = [];
	for (const [n, p] of pieces.entries()) {
		let line: string;
		if (p.kind === 'chat') line = p.line;
		else if (p.kind === 'forged') {
			const body = toBase64Url(await deflate(JSON.stringify({ ...p.wire, q: quiz.id })));
			line = `FD1.${body}.${await shortHash(`FD1|${quiz.id}|${body}`, 8)}`;
		} else {
			const code = await encodeResultCode(p.kind === 'other-quiz' ? other : quiz, p.result).catch(
				() => 'FD1.cannot.beencoded'
			);
			if (p.kind === 'code' || p.kind === 'other-quiz') line = code;
			else {
				const at = 4 + (p.at % (code.length - 4));
				if (p.kind === 'cut') line = code.slice(0, at);
				else if (p.kind === 'edited')
					line = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
				else line = `${code.slice(0, at)}\n${code.slice(at)}`;
			}
		}
		lines.push(n % 2 ? `[09:${String(n).padStart(2, '0')}] S${n}: ${line}` : line);
	}
	return lines.join('\n');
}

/** A line of the report a teacher can read: a sentence, not a dump or a stack trace. */
function isPlainLine(line: string): boolean {
	return (
		line.length > 5 && line.length < 400 && !/undefined|\[object|NaN|Error:|at .*\.ts/.test(line)
	);
}

/** The cells of a CSV text as a spreadsheet reads them (RFC 4180 quoting). */
function csvCells(csv: string): string[] {
	const cells: string[] = [];
	const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/g;
	for (let at = 0; at < csv.length;) {
		field.lastIndex = at;
		const m = field.exec(csv)!;
		cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
		at = field.lastIndex;
		if (csv.startsWith('\r\n', at)) at += 2;
		else at += 1;
	}
	return cells;
}

function fail(why: string): never {
	throw new Error(why);
}

/** A result already on the teacher's device, with a name and start the pastes reuse. */
const EARLIER: Omit<RosterEntry, 'quizId' | 'id'> = {
	quizTitle: 'Class quiz',
	student: 'Ana',
	score: 1,
	total: ITEMS.length,
	answers: [{ itemId: 'q1', correct: true, response: 'Yes', ms: 3000 }],
	durationMs: 60_000,
	startedAt: 1_700_000_000_000,
	receivedAt: 1_600_000_000_000
};

/** One paste, twice; throws (so fast-check reports the case and its seed) on any fault. */
export async function checkClassChain(pieces: Piece[], stats: ClassStats): Promise<void> {
	stats.cases++;
	const [quiz, other] = await theQuizzes();
	await getDb().roster.clear();
	const earlier: RosterEntry = { ...EARLIER, quizId: quiz.id, id: `${quiz.id}/Ana/1700000000000` };
	await addRosterEntries([earlier]);
	const pasted = await pasteOf(pieces, quiz, other);

	const first = await addPastedCodes(pasted, quiz, ITEMS, undefined, 1_800_000_000_000);
	for (const line of first.lines) if (!isPlainLine(line)) fail(`not a plain line: ${line}`);
	const summary = first.lines[0] ?? fail('no summary line');
	const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(summary)?.[1] ?? 0);
	for (const line of first.lines.slice(1)) {
		const reason = line
			.replace(/^Line \d+: /, '')
			.replace(/\(.*\)/, '(…)')
			.slice(0, 60);
		stats.notes.set(reason, (stats.notes.get(reason) ?? 0) + 1);
	}

	const roster = await rosterFor(quiz.id);
	const kept = roster.find((e) => e.id === earlier.id);
	if (canonicalJson(kept) !== canonicalJson(earlier))
		fail('a paste changed a result already stored');
	const added = /^added /.test(summary) ? 1 : count('added');
	if (roster.length !== 1 + added)
		fail(`"${summary}" but ${roster.length - 1} results were stored`);
	stats.codes += added + count('already added') + count('refused');
	stats.stored += added;
	for (const entry of roster.filter((e) => e !== kept)) {
		if (!entry.student.trim() || /[\p{Cc}\p{Cf}]/u.test(entry.student))
			fail(`stored a student called ${JSON.stringify(entry.student)}`);
		if (entry.total !== ITEMS.length || entry.score > entry.total) fail('a score out of range');
		if (entry.score !== entry.answers.filter((a) => a.correct).length)
			fail('score and answers differ');
	}
	// The CSV a spreadsheet opens: no cell it could run as a formula.
	const csv = rosterCsv(
		roster.map((entry) => ({
			student: entry.student,
			startedAt: entry.startedAt ?? entry.receivedAt,
			durationMs: entry.durationMs,
			score: entry.score,
			total: entry.total,
			answers: ITEMS.map((item) => {
				const a = entry.answers.find((x) => x.itemId === item.id);
				return a ? { text: a.response ?? '', correct: a.correct, ms: a.ms ?? 0 } : null;
			})
		})),
		ITEMS
	);
	for (const cell of csvCells(csv))
		if (/^[=+\-@\t\r]/.test(cell.normalize('NFKC').trim()))
			fail(`a CSV cell a spreadsheet would run: ${cell}`);

	// The same paste again: nothing new, nothing lost.
	const second = await addPastedCodes(pasted, quiz, ITEMS, undefined, 1_800_000_100_000);
	if (/^added |[1-9]\d* added/.test(second.lines[0] ?? ''))
		fail(`pasted twice, stored twice: ${second.lines[0]}`);
	if ((await rosterFor(quiz.id)).length !== roster.length)
		fail('a second paste changed the roster');
}

export const classChain = (stats: ClassStats) =>
	fc.asyncProperty(fc.array(piece, { maxLength: 8 }), (pieces) => checkClassChain(pieces, stats));
