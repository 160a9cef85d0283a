import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ContentError } from './errors';
import type { Gold } from './gold.testkit';
import { goldExtractor } from './seed.testkit';
import { buildStoryDetailed } from './story';

const ID = '2025-01-un-security-council-north-korea';
const dir = `questions/${ID}`;
const files: Record<string, string> = {};
const golds: Record<string, Gold> = {};
const bodies: Record<string, string> = {};
for (const f of readdirSync(dir)) {
	const text = readFileSync(`${dir}/${f}`, 'utf8');
	files[`${dir}/${f}`] = text;
	if (f.endsWith('.md')) {
		const id = f.replace(/\.md$/, '');
		bodies[id] = text;
		golds[id] = JSON.parse(readFileSync(`tests/fixtures/gold/${id}.json`, 'utf8')) as Gold;
	}
}
const extract = goldExtractor(golds, bodies);
const OVERRIDES = `${dir}/overrides.yaml`;
const build = (overrides?: string) =>
	buildStoryDetailed(
		{ id: ID, files: overrides === undefined ? files : { ...files, [OVERRIDES]: overrides } },
		extract
	);
const plain = build();
const thrown = (overrides: string): ContentError => {
	try {
		build(overrides);
	} catch (err) {
		if (err instanceof ContentError) return err;
		throw err;
	}
	throw new Error('no error');
};

describe('overrides.yaml', () => {
	it('drops a question by id', () => {
		const victim = plain.set.items[0]!;
		const { set } = build(`drop:\n  - ${victim.id}\n`);
		expect(set.items.map((i) => i.id)).not.toContain(victim.id);
		expect(set.items).toHaveLength(plain.set.items.length - 1);
	});

	it('drops a fact and every question made from it', () => {
		const number = plain.facts.find((f) => f.kind === 'number')!;
		// The same figure in the other report still stands; only this article's fact goes.
		const cites = (items: typeof plain.set.items) =>
			items.filter(
				(i) =>
					i.citations.some(
						(c) => c.article === number.article && c.sentence.includes(number.text)
					) && i.type === 'how-many'
			);
		// Made from the fact, whether or not the set had room for them.
		const made = (b: typeof plain) => [...b.set.items, ...b.dropped.map((d) => d.item)];
		expect(cites(made(plain)).length).toBeGreaterThan(0);
		expect(cites(made(build(`drop: [${number.id}]\n`)))).toEqual([]);
	});

	it('fixes a speaker: the quote is no longer credited to the old one', () => {
		const item = plain.set.items.find((i) => i.type === 'who-said')!;
		const cited = item.citations.at(-1)!;
		const quote = plain.facts.find(
			(f) =>
				f.kind === 'quote' &&
				f.article === cited.article &&
				f.speaker &&
				item.answer.endsWith(f.speaker) &&
				item.prompt.includes(f.text.slice(0, 30))
		)!;
		const other = item.options!.find((o) => o !== item.answer)!;
		const { set } = build(`fix:\n  ${quote.id}:\n    speaker: ${other}\n`);
		const fixed = set.items.find((i) => i.id === item.id);
		// Re-credited when the sentence names the new speaker, else dropped as unanswerable.
		expect(fixed?.answer).not.toBe(item.answer);
		if (fixed) expect(fixed.answer).toBe(other);
	});

	it('fixes a "what" and keeps the ids of the items', () => {
		const fact = plain.facts.find((f) => f.kind === 'date' && f.what)!;
		const fixed = build(`fix:\n  ${fact.id}:\n    what: North Korea has faced U.N. sanctions\n`);
		expect(fixed.facts.find((f) => f.id === fact.id)?.what).toBe(
			'North Korea has faced U.N. sanctions'
		);
		expect(fact.what).not.toBe('North Korea has faced U.N. sanctions');
		expect(fixed.set.items.map((i) => i.id)).toEqual(plain.set.items.map((i) => i.id));
	});

	it('adds a hand-written question with a citation found by its words', () => {
		const { set } = build(
			[
				'add:',
				'  - id: council-size',
				'    type: how-many',
				'    format: choice',
				'    prompt: How many members does the council have, according to the report?',
				'    answer: "15"',
				'    options: ["10", "15", "20", "5"]',
				'    explanation: The report speaks of the 15-member council.',
				`    cite: { article: ${Object.keys(bodies)[0]}, text: "15-member council" }`
			].join('\n')
		);
		const added = set.items.find((i) => i.id === 'council-size')!;
		expect(added.citations[0]!.sentence).toContain('15-member council');
		expect(added.options).toContain('15');
	});

	it('never shows a hand-written order question already solved', () => {
		const article = Object.keys(bodies)[0]!;
		const steps = [
			'North Korea came under U.N. sanctions',
			'Russia invaded Ukraine',
			'North Korean troops began fighting Ukrainian forces'
		];
		const { set } = build(
			[
				'add:',
				'  - id: order-events',
				'    type: timeline',
				'    format: order',
				'    prompt: Put these in the order they happened.',
				`    answer: ${steps.join(' → ')}`,
				`    sequence: ${JSON.stringify(steps)}`,
				`    options: ${JSON.stringify(steps)}`,
				'    explanation: 2006, 2022, then last month.',
				'    cite:',
				`      - { article: ${article}, text: "sanctions since 2006" }`,
				`      - { article: ${article}, text: "Russia invaded Ukraine" }`,
				`      - { article: ${article}, text: "began fighting Ukrainian forces" }`
			].join('\n')
		);
		const added = set.items.find((i) => i.id === 'order-events')!;
		expect([...added.options!].sort()).toEqual([...added.sequence!].sort());
		expect(added.options).not.toEqual(added.sequence);
	});

	it('names the file and line of an id that no longer exists', () => {
		const err = thrown(`# curated\ndrop:\n  - who-said-0000000\n`);
		expect(err.message).toBe(`${OVERRIDES}:3: no item or fact with id 'who-said-0000000'`);
		expect(err.file).toBe(OVERRIDES);
		expect(err.line).toBe(3);
		expect(thrown(`fix:\n  q-nothing:\n    speaker: Someone\n`).message).toBe(
			`${OVERRIDES}:2: no fact with id 'q-nothing'`
		);
	});

	it('names the line of malformed YAML and of unknown fields', () => {
		expect(thrown('drop: [a, b\n').message).toMatch(new RegExp(`^${OVERRIDES}:\\d+: `));
		expect(thrown(`fix:\n  q-x:\n    colour: red\n`).message).toMatch(/:2: cannot fix 'colour'/);
		expect(thrown('keep: []\n').message).toMatch(/:1: unknown section "keep"/);
	});

	it('rejects a hand-written question whose citation is not in the article', () => {
		const err = thrown(
			`add:\n  - id: x\n    type: when\n    format: choice\n    prompt: When?\n    answer: "1999"\n    options: ["1999", "2000"]\n    explanation: x\n    cite: { article: ${Object.keys(bodies)[0]}, text: "words not there" }\n`
		);
		expect(err.line).toBe(2);
		expect(err.message).toMatch(/is not in/);
	});
});

describe('articles', () => {
	it('names the file and line of malformed front matter', () => {
		const file = `${dir}/002_bad.md`;
		const bad = '---\ntitle: x\nsource: [unclosed\npublished: 2025-01-09\n---\nSome text.\n';
		try {
			buildStoryDetailed({ id: ID, files: { ...files, [file]: bad } }, extract);
			throw new Error('no error');
		} catch (err) {
			expect(err).toBeInstanceOf(ContentError);
			expect((err as ContentError).message).toMatch(
				new RegExp(`^${file}:[34]: malformed front matter: `)
			);
		}
	});
});

/** The id of the date fact behind the timeline's first event, as the curator copies it from the CLI. */
/** A date fact and a true-or-false item (chosen or not) that states its event. */
