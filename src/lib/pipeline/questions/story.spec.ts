import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { primaryKey } from './select';
import { auditItem, setProblems } from './audit';
import { sameSpeaker } from './context';
import type { Gold } from './gold.testkit';
import { goldExtractor } from './seed.testkit';
import { buildStoryDetailed } from './story';
import { similarity } from './text';

// The seed story with the hand-made gold facts: tests the question types independently of the
// extractor (content.spec.ts runs the same rules over the real pipeline).
const ID = '2025-01-un-security-council-north-korea';
const dir = `questions/${ID}`;
const files: Record<string, string> = {};
for (const f of readdirSync(dir)) files[`${dir}/${f}`] = readFileSync(`${dir}/${f}`, 'utf8');
const golds: Record<string, Gold> = {};
const bodies: Record<string, string> = {};
for (const [path, text] of Object.entries(files)) {
	const name = path.split('/').pop() ?? '';
	if (!name.endsWith('.md')) continue;
	const id = name.replace(/\.md$/, '');
	bodies[id] = text;
	golds[id] = JSON.parse(readFileSync(`tests/fixtures/gold/${id}.json`, 'utf8')) as Gold;
}
const extract = goldExtractor(golds, bodies);
const build = (seed = 'seed', more: Record<string, string> = {}) =>
	buildStoryDetailed({ id: ID, files: { ...files, ...more } }, extract, { seed });

describe('the seed story from gold facts', () => {
	const { set, articles, dropped } = build();
	const articleBodies = Object.fromEntries(articles.map((a) => [a.id, a.facts.body]));
	// Everything the types made, chosen or not: for checks of one type's rules.
	const made = [
		...set.items,
		...dropped.filter((d) => d.problems[0]?.startsWith('not chosen')).map((d) => d.item)
	];

	it('asks a teacher’s handful: one item per sentence, several kinds, who said what', () => {
		expect(set.items.length).toBeGreaterThanOrEqual(6);
		expect(set.items.length).toBeLessThanOrEqual(16);
		const single = set.items.filter((i) => i.format !== 'match' && i.format !== 'order');
		expect(new Set(single.map(primaryKey)).size).toBe(single.length);
		const cited = set.items.flatMap((i) => [
			...new Set(i.citations.map((c) => `${c.article}@${c.start}`))
		]);
		for (const key of new Set(cited))
			expect(cited.filter((k) => k === key).length).toBeLessThanOrEqual(2);
		expect(new Set(set.items.map((i) => i.type)).size).toBeGreaterThanOrEqual(4);
		expect(set.items.some((i) => i.type === 'who-said')).toBe(true);
		expect(setProblems(set.items)).toEqual([]);
	});

	it('ships only items that pass the audit', () => {
		for (const item of set.items) expect(auditItem(item, articleBodies), item.id).toEqual([]);
	});

	it('never offers as wrong a speaker who said the same thing in either report', () => {
		const quotes = articles.flatMap((a) => a.facts.quotes);
		for (const item of set.items.filter((i) => i.type === 'who-said')) {
			const said = quotes.filter((q) => sameSpeaker(q.speaker, item.answer));
			for (const wrong of (item.options ?? []).filter((o) => o !== item.answer)) {
				for (const q of quotes.filter((q) => sameSpeaker(q.speaker, wrong))) {
					for (const s of said)
						expect(similarity(q.text, s.text), `${item.id}: ${wrong}`).toBeLessThan(0.3);
				}
			}
		}
	});

	it('marks facts both reports state as corroborated by both outlets', () => {
		const corroborated = made.filter((i) => i.corroborated);
		expect(corroborated.length).toBeGreaterThan(5);
		for (const item of corroborated) expect(item.corroborated).toHaveLength(2);
	});

	it('never leaves a student who answers "False" every time right on two items', () => {
		const answers = set.items.filter((i) => i.type === 'true-false').map((i) => i.answer);
		if (answers.filter((a) => a === 'False').length > 1) expect(answers).toContain('True');
		expect(made.some((i) => i.type === 'true-false' && i.answer === 'False')).toBe(true);
	});

	it('is byte-identical for the same seed, and another seed reorders options', () => {
		expect(JSON.stringify(build('seed').set)).toBe(JSON.stringify(set));
		const other = build('another').set;
		expect(other.items.map((i) => i.id)).toEqual(set.items.map((i) => i.id));
		const reordered = other.items.filter(
			(item, i) => JSON.stringify(item.options) !== JSON.stringify(set.items[i]?.options)
		);
		expect(reordered.length).toBeGreaterThan(3);
	});
});
