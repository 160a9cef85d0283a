/**
 * Pasted articles as properties for fast-check: any text a teacher might paste (news copy with
 * quotes, figures and dates, mixed with markup, stray quotation marks, control characters,
 * front matter and noise) → the create page's worker (handleRequest: facts, then questions) →
 * every item checked against the app's schema → answered and graded as the player would.
 * Run by pasteChain.spec.ts (`npm test`) and scripts/fuzz.ts (`npm run fuzz`).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { ItemSchema, QuestionSetSchema } from '../schema';
import { safeHref } from '../url';
import { gradeAnswer } from '$lib/quiz/grade';
import { ResponseSchema, rightResponse, type Response } from '$lib/quiz/response';
import { optionOrder, matchChoices } from '$lib/quiz/shuffle';
import { handleRequest } from './handle';
import { PASTE_STAGES, type PasteProgress } from './protocol';

export interface PasteStats {
	cases: number;
	made: number;
	items: number;
	refused: Map<string, number>;
	slowestMs: number;
}

export const newPasteStats = (): PasteStats => ({
	cases: 0,
	made: 0,
	items: 0,
	refused: new Map(),
	slowestMs: 0
});

/** Made-up names, places and words: nothing here comes from a real article. */
const given = fc.constantFrom('Mara', 'Tomas', 'Ines', 'Olu', 'Kenji', 'Ada', 'Brune');
const family = fc.constantFrom('Velasquez', 'Okonjo', 'Lindqvist', 'Haddad', 'Moreau', "O'Neil");
const name = fc.tuple(given, family).map(([a, b]) => `${a} ${b}`);
const role = fc.constantFrom(
	'the mayor',
	'a spokesperson for the ministry',
	'the council’s chief engineer',
	'Deputy Director of the Port Authority',
	'an analyst at Grey Harbour Capital'
);
const place = fc.constantFrom('Port Avalin', 'Sorrel County', 'the Northern Province', 'Veldt');
const month = fc.constantFrom('January', 'March', 'Sept.', 'Dec.', 'May');
const weekday = fc.constantFrom(
	'Monday',
	'on Tuesday',
	'last week',
	'yesterday',
	'earlier this month'
);
const figure = fc.oneof(
	fc.nat(100_000).map(String),
	fc.constantFrom('1,200', '$4.5 billion', '12%', 'nearly a dozen', 'six', '3.2 million', '1e308'),
	fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)
);
const noun = fc.constantFrom('residents', 'buses', 'tonnes of grain', 'jobs', 'members');
const said = fc.constantFrom('said', 'told reporters', 'warned', 'insisted', 'added');
const words = fc.constantFrom(
	'we will not wait any longer',
	'the plan is working',
	'nobody expected this',
	'it is a mistake',
	'the numbers speak for themselves'
);

/** One sentence or line of the kind news copy is made of, or something that is not. */
const line = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.tuple(words, name, role).map(([w, n, r]) => `“${w},” said ${n}, ${r}.`)
	},
	{ weight: 2, arbitrary: fc.tuple(name, said, words).map(([n, s, w]) => `${n} ${s} that ${w}.`) },
	{
		weight: 3,
		arbitrary: fc
			.tuple(figure, noun, place, weekday)
			.map(([f, n, p, d]) => `About ${f} ${n} were affected in ${p} ${d}, officials said.`)
	},
	{
		weight: 2,
		arbitrary: fc
			.tuple(month, fc.integer({ min: 1890, max: 2090 }), name)
			.map(([m, y, n]) => `In ${m} ${y}, ${n} was named to lead the inquiry.`)
	},
	{
		weight: 1,
		arbitrary: fc
			.tuple(place, month, fc.nat(31))
			.map(([p, m, d]) => `${p.toUpperCase()}, ${m} ${d} (Wire) – The vote was delayed.`)
	},
	{
		weight: 1,
		arbitrary: fc
			.tuple(name, words)
			.map(([n, w]) => `According to ${n}, ${w} because the budget ran out after the storm.`)
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'[click](javascript:alert(1))',
			'javascript:alert(document.cookie)',
			'---\nurl: javascript:alert(1)\ntitle: x\n---',
			'---\nurl: https://example.org/a\nsource: The Ledger\npublished: 2025-02-03\n---',
			'---\n: : :\n---',
			'“An unclosed quote that runs on',
			'"',
			'”',
			'__proto__ said constructor.',
			'toString told hasOwnProperty that valueOf.',
			'U.S. Sen. J. R. R. Smith Jr. of the U.N. said so.',
			'Read more: subscribe now',
			'This audio is created with AI assistance',
			'\u202eevil\u202c \u200b\u200d\ufeff',
			'a\u0000b\u0007c\u001b[31m',
			'😀 👩‍👩‍👧 é é',
			'x'.repeat(3100),
			'1.2.3.4.5.6.7.8.9',
			'....!!!???',
			'$$$ %%% ###'
		)
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }
);

const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t', '  \n  ');

/** A pasted text: a few to a few dozen lines, joined as an editor or a chat app might. */
export const pastedText = fc
	.array(fc.tuple(line, separator), { minLength: 0, maxLength: 14 })
	.map((parts) => parts.map(([l, sep]) => l + sep).join(''));

const published = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.constantFrom('2025-03-04', '2024-02-29', '1999-12-31', ' 2025-01-09 ')
	},
	{
		weight: 1,
		arbitrary: fc.constantFrom('', '2025-13-01', '2025-02-30', 'yesterday', '0000-00-00')
	}
);
const outlet = fc.oneof(
	fc.constantFrom('', 'The Ledger', '<b>Wire</b>', 'x'.repeat(200)),
	fc.string({ maxLength: 10 })
);

/** What a learner might send for any item: right, wrong, empty or odd. */
const response: fc.Arbitrary<Response> = fc.oneof(
	fc.record({ format: fc.constant('choice' as const), choice: fc.string({ maxLength: 10 }) }),
	fc.record({ format: fc.constant('number' as const), value: figure }),
	fc.record({ format: fc.constant('text' as const), value: fc.string({ maxLength: 10 }) }),
	fc.record({
		format: fc.constant('match' as const),
		pairs: fc
			.array(fc.tuple(fc.constantFrom('__proto__', 'a', ''), fc.string()), { maxLength: 3 })
			.map((e) => Object.fromEntries(e))
	}),
	fc.record({
		format: fc.constant('order' as const),
		sequence: fc.array(fc.string(), { maxLength: 4 })
	})
);

/** A refusal a person can read: a sentence, not a stack trace or an object dump. */
function isPlainMessage(message: string): boolean {
	return (
		message.length > 10 &&
		message.length < 400 &&
		!/undefined|\[object|NaN|Error:|at .*\.ts/.test(message) &&
		// handleRequest's last resort, for what the pipeline throws: only the article reader's own
		// refusals (front matter, dates, links) may come this way, never a crash.
		(!message.startsWith('This text could not be read') ||
			/^This text could not be read: (front matter must|malformed front matter|invalid publication date|no publication date|invalid url)/.test(
				message
			))
	);
}

function fail(why: string): never {
	throw new Error(why);
}

/** A made quiz's whole path for one paste; throws on any fault, so fast-check can shrink it. */
export function checkPasteChain(
	req: { text: string; published: string; outlet: string; title: string },
	responses: Response[],
	stats: PasteStats,
	budgetMs: number
): void {
	stats.cases++;
	const stages: string[] = [];
	const started = performance.now();
	const res = handleRequest({ id: 1, ...req }, (p: PasteProgress) => stages.push(p.stage));
	const ms = performance.now() - started;
	stats.slowestMs = Math.max(stats.slowestMs, ms);
	if (ms > budgetMs) fail(`took ${Math.round(ms)} ms on ${req.text.length} characters`);
	const order = Object.keys(PASTE_STAGES);
	if (stages.some((stage, i) => stage !== order[i])) fail(`stages out of order: ${stages}`);
	if (!res.ok) {
		if (!isPlainMessage(res.message)) fail(`not a plain message: ${res.message}`);
		const kind = res.message.replace(/"[^"]*"|[\d,]+/g, '…').slice(0, 70);
		stats.refused.set(kind, (stats.refused.get(kind) ?? 0) + 1);
		return;
	}
	stats.made++;
	const set = res.set;
	if (!v.is(QuestionSetSchema, set)) fail('the made set does not pass the schema');
	for (const warning of res.warnings) if (!isPlainMessage(warning)) fail(`odd warning: ${warning}`);
	for (const source of set.sources)
		if (source.url !== undefined && !safeHref(source.url)) fail(`unsafe source url ${source.url}`);
	for (const item of set.items) {
		stats.items++;
		const parsed = v.safeParse(ItemSchema, item);
		if (!parsed.success) fail(`item ${item.id}: ${parsed.issues[0].message}`);
		for (const c of item.citations) {
			if (c.url !== undefined && !safeHref(c.url)) fail(`unsafe citation url ${c.url}`);
			if (!c.sentence.trim()) fail(`item ${item.id} cites an empty sentence`);
		}
		// A slip in the generator shows as "undefined" or "NaN" where the article has none.
		for (const text of [item.prompt, item.answer, item.explanation, ...(item.options ?? [])]) {
			const slip = /undefined|\[object|NaN/.exec(text)?.[0];
			if (slip && !req.text.includes(slip)) fail(`item ${item.id} shows "${text}"`);
		}
		// What the player shows: options in order, match choices; each once.
		optionOrder(item, 'attempt-1');
		if (item.format === 'match') matchChoices(item, 'attempt-1');
		for (const given of responses) {
			const grade = gradeAnswer(item, given);
			if (typeof grade.correct !== 'boolean' || typeof grade.expected !== 'string')
				fail('a grade that is not a boolean and a text');
		}
		const right = v.parse(ResponseSchema, JSON.parse(JSON.stringify(rightResponse(item))));
		if (!gradeAnswer(item, right).correct)
			fail(`the right answer to item ${item.id} is graded wrong`);
	}
}

export const pasteChain = (stats: PasteStats, budgetMs = 5000) =>
	fc.property(
		fc.record({ text: pastedText, published, outlet, title: fc.string({ maxLength: 12 }) }),
		fc.array(response, { maxLength: 3 }),
		(req, responses) => checkPasteChain(req, responses, stats, budgetMs)
	);
