/**
 * Backup files for the backup fuzz (backupChain.ts): a well-formed backup whose records collide
 * with each other and with the device's, then edited as a tool or a hand might (a field replaced
 * by an odd value, a key deleted or added, a record repeated, a link that is not http(s)), given
 * another version, and damaged as a download might be (cut, a byte changed, another file).
 */
import fc from 'fast-check';
import { MODES } from './records';

export const NOW = Date.UTC(2026, 2, 10, 12);
const DAY = 86_400_000;

/** Markers for what JSON.stringify cannot write but a file can hold: replaced in the text. */
const INFINITE = '\u0000infinite';
const DEEP = '\u0000deep';
const unmark = (json: string) =>
	json
		.replaceAll(JSON.stringify(INFINITE), '1e999')
		.replaceAll(JSON.stringify(DEEP), '['.repeat(5000) + ']'.repeat(5000));

/** Few ids, so records collide with each other and with what the device already holds. */
const attemptId = fc.constantFrom('a1', 'a2', 'a3');
const setId = fc.constantFrom('set-a', 'set-b', 'custom-x');
const itemId = fc.constantFrom('q1', 'q2', 'q3');
const past = fc.integer({ min: NOW - 30 * DAY, max: NOW });
const smallText = fc.oneof(
	fc.constantFrom('Ana', 'A', 'Quiz', '__proto__', 'constructor', '<b>x</b>', '=1+1'),
	fc.string({ maxLength: 8 })
);

const webUrl = fc.constantFrom('https://example.org/a', 'http://example.org/b?c=1#d');
const hostileUrl = fc.constantFrom(
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	' javascript:alert(1)',
	'\tjava\nscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'blob:https://example.org/x',
	'//example.org',
	'/relative',
	''
);

const response = fc.oneof(
	fc.record({ format: fc.constant('choice'), choice: smallText }),
	fc.record({ format: fc.constant('number'), value: fc.constantFrom('12', '1,200', 'x') }),
	fc.record({ format: fc.constant('text'), value: smallText }),
	fc.record({
		format: fc.constant('match'),
		pairs: fc
			.array(fc.tuple(smallText, smallText), { maxLength: 3 })
			.map((e) => Object.fromEntries(e))
	}),
	fc.record({ format: fc.constant('order'), sequence: fc.array(smallText, { maxLength: 3 }) }),
	fc.record({ format: fc.constant('recall'), grade: fc.constantFrom('again', 'good') })
);

const attempt = fc.record(
	{
		id: attemptId,
		setId,
		mode: fc.constantFrom(...MODES),
		itemIds: fc.uniqueArray(itemId, { maxLength: 3 }),
		position: fc.nat(3),
		status: fc.constantFrom('active', 'finished'),
		startedAt: past,
		updatedAt: past,
		finishedAt: past,
		timeLimitSec: fc.nat(600),
		shareId: smallText,
		title: smallText
	},
	{
		requiredKeys: ['id', 'setId', 'mode', 'itemIds', 'position', 'status', 'startedAt', 'updatedAt']
	}
);

const answer = fc.record(
	{
		id: fc.integer({ min: 1, max: 5 }),
		attemptId,
		setId,
		itemId,
		response,
		correct: fc.boolean(),
		answeredAt: past,
		durationMs: fc.nat(60_000)
	},
	{
		requiredKeys: [
			'attemptId',
			'setId',
			'itemId',
			'response',
			'correct',
			'answeredAt',
			'durationMs'
		]
	}
);

const card = fc
	.record(
		{
			setId,
			itemId,
			due: past,
			stability: fc.double({ min: 0.001, max: 400, noNaN: true }),
			difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
			elapsed_days: fc.nat(30),
			scheduled_days: fc.nat(30),
			learning_steps: fc.nat(3),
			reps: fc.nat(9),
			lapses: fc.nat(9),
			state: fc.constantFrom(0, 1, 2, 3),
			last_review: past,
			lastRating: fc.constantFrom(1, 2, 3, 4)
		},
		{ requiredKeys: ['setId', 'itemId', 'due', 'stability', 'difficulty', 'state', 'lastRating'] }
	)
	.map((c) => ({
		key: `${c.setId}/${c.itemId}`,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		...c
	}));

const citation = fc.record(
	{
		article: fc.constant('article'),
		outlet: smallText,
		sentence: smallText,
		start: fc.nat(50),
		end: fc.nat(50),
		url: webUrl
	},
	{ requiredKeys: ['article', 'outlet', 'sentence', 'start', 'end'] }
);

/** The fields only some formats have, each format with its own, as ItemSchema wants them. */
const FORMAT_FIELDS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
	choice: { answer: fc.constant('Yes'), options: fc.constant(['Yes', 'No']) },
	number: { answer: fc.constantFrom('12', '-3.5'), tolerance: fc.nat(3) },
	text: { answer: fc.constantFrom('Paris', 'the UN') },
	match: {
		answer: fc.constant(''),
		pairs: fc.constant([
			{ left: '__proto__', right: 'a' },
			{ left: 'constructor', right: 'b' }
		])
	},
	order: {
		answer: fc.constant(''),
		options: fc.constant(['one', 'two', 'three']),
		sequence: fc.constant(['two', 'one', 'three'])
	}
};

/** A question of each format. */
const item = fc
	.tuple(itemId, fc.constantFrom(...Object.keys(FORMAT_FIELDS)), smallText)
	.chain(([id, format, prompt]) =>
		fc.record<Record<string, unknown>>({
			id: fc.constant(id),
			type: fc.constant('written'),
			format: fc.constant(format),
			prompt: fc.constant(prompt),
			explanation: smallText,
			citations: fc.array(citation, { maxLength: 2 }),
			...FORMAT_FIELDS[format]
		})
	);

const madeSetId = fc.constantFrom('custom-x', 'custom-y');
const customSet = fc.record(
	{
		id: madeSetId,
		title: smallText,
		date: fc.constant('2025-03-04'),
		summary: smallText,
		tags: fc.constant([]),
		sources: fc.uniqueArray(
			fc.record(
				{
					article: fc.constantFrom('article', 'second'),
					outlet: smallText,
					title: smallText,
					published: fc.constant('2025-03-04'),
					url: webUrl
				},
				{ requiredKeys: ['article', 'outlet', 'title', 'published'] }
			),
			{ maxLength: 2, selector: (s) => s.article }
		),
		itemIds: fc.uniqueArray(itemId, { maxLength: 3 }),
		createdAt: past,
		updatedAt: past,
		copiedFrom: fc.constant('set-a'),
		deletedAt: past
	},
	{
		requiredKeys: [
			'id',
			'title',
			'date',
			'summary',
			'tags',
			'sources',
			'itemIds',
			'createdAt',
			'updatedAt'
		]
	}
);

const customItem = fc
	.tuple(madeSetId, item)
	.map(([set, it]) => ({ key: `${set}/${it.id}`, setId: set, item: it }));

/** Free-form setting values: names, made and shared quizzes of the old layout, any JSON. */
const settingValue = fc.oneof(
	smallText,
	fc.jsonValue({ maxDepth: 3 }),
	fc.record({ set: fc.record({ id: madeSetId, sources: fc.array(fc.record({ url: webUrl })) }) }),
	fc.record({ quiz: fc.record({ id: fc.constant('q1') }), url: webUrl, createdAt: past })
);
const setting = fc.record({
	key: fc.constantFrom('name', 'theme', 'set:custom-z', 'quiz:q1', '__proto__'),
	value: settingValue,
	updatedAt: past
});

const rosterEntry = fc.record(
	{
		id: fc.constantFrom('q1/Ana/1', 'q1/Ben/2', '__proto__'),
		quizId: fc.constant('q1'),
		quizTitle: smallText,
		student: smallText,
		score: fc.nat(3),
		total: fc.constant(3),
		answers: fc.array(
			fc.record(
				{ itemId, correct: fc.boolean(), response: smallText, ms: fc.nat(9000) },
				{ requiredKeys: ['itemId', 'correct'] }
			),
			{ maxLength: 3 }
		),
		durationMs: fc.nat(600_000),
		startedAt: past,
		receivedAt: past
	},
	{
		requiredKeys: [
			'id',
			'quizId',
			'quizTitle',
			'student',
			'score',
			'total',
			'answers',
			'durationMs',
			'receivedAt'
		]
	}
);

const receivedQuiz = fc.record(
	{
		quizId: fc.constantFrom('q1', 'q2', '__proto__'),
		title: smallText,
		payload: fc.constantFrom('2ABC', '1eyJ4Ijox', ''),
		openedAt: past,
		result: fc.record({
			student: smallText,
			score: fc.nat(3),
			total: fc.constant(3),
			code: fc.constantFrom('FD1.x.12345678', ''),
			finishedAt: past
		})
	},
	{ requiredKeys: ['quizId', 'title', 'payload', 'openedAt'] }
);

/** A backup in the current format, valid field by field (its records may still collide). */
const wellFormed = fc.record({
	app: fc.constant('factdeck'),
	kind: fc.constant('backup'),
	version: fc.constant(3),
	exportedAt: past,
	attempts: fc.uniqueArray(attempt, { maxLength: 3, selector: (a) => a.id }),
	answers: fc.array(answer, { maxLength: 4 }),
	cards: fc.uniqueArray(card, { maxLength: 3, selector: (c) => c.key }),
	settings: fc.uniqueArray(setting, { maxLength: 3, selector: (s) => s.key }),
	roster: fc.uniqueArray(rosterEntry, { maxLength: 2, selector: (r) => r.id }),
	customSets: fc.uniqueArray(customSet, { maxLength: 2, selector: (s) => s.id }),
	customItems: fc.uniqueArray(customItem, { maxLength: 3, selector: (i) => i.key }),
	received: fc.uniqueArray(receivedQuiz, { maxLength: 2, selector: (q) => q.quizId })
});

/** What a hostile or broken file puts where a field was. */
const oddValue = fc.oneof(
	hostileUrl,
	fc.constantFrom(
		INFINITE,
		DEEP,
		null,
		-1,
		0.5,
		NOW + 1000 * DAY,
		8.64e15,
		2 ** 53,
		1e300,
		'',
		'yes',
		'x'.repeat(5000),
		[],
		{},
		{ __proto__: null, constructor: 'x' },
		1
	),
	fc.jsonValue({ maxDepth: 2 })
);

/** One change a tool or a hand might make to a backup's structure. */
const edit = fc.record({
	at: fc.nat(),
	kind: fc.constantFrom('replace', 'delete', 'repeat', 'url', 'key'),
	value: oddValue,
	key: fc.constantFrom('url', 'href', '__proto__', 'constructor', 'extra')
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Every object and array inside `root`, parents first, with the key that leads to it. */
function containers(root: unknown): object[] {
	const out: object[] = [];
	const walk = (node: unknown) => {
		if (node === null || typeof node !== 'object') return;
		out.push(node);
		for (const child of Object.values(node)) walk(child);
	};
	walk(root);
	return out;
}

function applyEdit(root: object, change: Edit): void {
	const nodes = containers(root);
	const node = nodes[change.at % nodes.length] as Record<string, unknown> | unknown[];
	const keys = Object.keys(node);
	const key = keys[(change.at >> 4) % Math.max(1, keys.length)];
	if (change.kind === 'url') {
		if (!Array.isArray(node)) node.url = change.value;
	} else if (change.kind === 'key') {
		if (!Array.isArray(node))
			Object.defineProperty(node, change.key, {
				value: change.value,
				enumerable: true,
				configurable: true,
				writable: true
			});
	} else if (key === undefined) return;
	else if (change.kind === 'replace') (node as Record<string, unknown>)[key] = change.value;
	else if (change.kind === 'delete') {
		if (Array.isArray(node)) node.splice(Number(key), 1);
		else delete node[key];
	} else if (Array.isArray(node)) node.push(structuredClone(node[Number(key)]));
}

/** Text-level damage: a cut download, a stray byte, another file altogether. */
const damage = fc.oneof(
	{ weight: 40, arbitrary: fc.constant(null) },
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('byte' as const),
		at: fc.nat(),
		char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
	}),
	fc.record({
		kind: fc.constant('prefix' as const),
		text: fc.constantFrom('\ufeff', ' \n', ")]}'\n")
	}),
	fc.record({ kind: fc.constant('other' as const), text: fc.oneof(fc.string(), fc.json()) })
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function damaged(text: string, harm: Damage): string {
	if (!harm) return text;
	if (harm.kind === 'cut') return text.slice(0, harm.at % text.length);
	if (harm.kind === 'byte') {
		const at = harm.at % text.length;
		return text.slice(0, at) + harm.char + text.slice(at + 1);
	}
	if (harm.kind === 'prefix') return harm.text + text;
	return harm.text;
}

/** A backup file as text, from a well-formed one through edits, a version and damage. */
export const backupFile = fc
	.tuple(
		wellFormed,
		fc.array(edit, { maxLength: 2 }),
		fc.oneof({ weight: 12, arbitrary: fc.constant(3) }, fc.constantFrom(1, 2, 2, 4, '3', null)),
		damage
	)
	.map(([backup, edits, version, harm]) => {
		// A copy: edits must not reach the arbitraries' shared constants.
		const file: Record<string, unknown> = structuredClone({ ...backup, version });
		if (version === 1 || version === 2) {
			// Up to version 2, received quizzes were settings rows "received:<quiz id>".
			const received = file.received as { quizId: string; openedAt: number }[];
			delete file.received;
			const rows = received.map((q) => ({
				key: `received:${q.quizId}`,
				value: q,
				updatedAt: q.openedAt
			}));
			file.settings = [...(file.settings as object[]), ...rows];
		}
		if (version === 1) {
			// Version 1 had made quizzes as settings rows, no tables of their own.
			delete file.customSets;
			delete file.customItems;
		}
		for (const change of edits) applyEdit(file, change);
		return damaged(unmark(JSON.stringify(file)), harm);
	});
