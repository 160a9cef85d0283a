import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from '../extract/index';
import { auditItem, repeatsSentence, setProblems } from './audit';
import { buildContext } from './context';
import { generateItems } from './generate';
import { budgetFor, primaryKey } from './select';

// The real pipeline over articles it was not written against: every item that ships must pass
// the audit, and each article must still give a quiz.
const dir = new URL('../../../../tests/fixtures/articles-blind/', import.meta.url).pathname;
const articles = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('questions from the blind articles', () => {
	it.each(articles)('%s gives a non-empty set whose every item passes the audit', (file) => {
		const id = file.replace(/\.md$/, '');
		const facts = extractFacts(readFileSync(dir + file, 'utf8'));
		const { items } = generateItems(buildContext([{ id, outlet: facts.meta.source, facts }]));
		// A teacher's handful: at least 5 for an article over 300 words, never past the budget.
		const words = facts.body.split(/\s+/).length;
		expect(items.length).toBeGreaterThanOrEqual(Math.min(5, budgetFor(words)));
		expect(items.length).toBeLessThanOrEqual(budgetFor(words));
		const single = items.filter((i) => i.format !== 'match' && i.format !== 'order');
		const perSentence = new Map<string, number>();
		for (const key of single.map(primaryKey)) perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
		// One item per sentence, two only where a thin set needed filling to five.
		const doubled = [...perSentence.values()].filter((n) => n === 2).length;
		expect(Math.max(...perSentence.values()), 'at most two items per sentence').toBeLessThanOrEqual(
			2
		);
		if (doubled) expect(items.length).toBeLessThanOrEqual(5);
		for (const item of items) expect(auditItem(item, { [id]: facts.body }), item.id).toEqual([]);
		expect(setProblems(items)).toEqual([]);
		for (const item of items.filter((i) => i.type === 'true-false' && i.answer === 'True'))
			for (const c of item.citations)
				expect(
					repeatsSentence(
						item.prompt.replace(/^True or false\? (According to [^:]+: )?/, ''),
						c.sentence
					),
					item.prompt
				).toBe(false);
		const prompts = items.filter((i) => i.format !== 'match').map((i) => i.prompt);
		expect(new Set(prompts).size, 'no prompt is asked twice').toBe(prompts.length);
	});

	it('never states one end of a range or score falsely on its own', () => {
		for (const file of articles) {
			const facts = extractFacts(readFileSync(dir + file, 'utf8'));
			const { items } = generateItems(
				buildContext([{ id: 'a', outlet: facts.meta.source, facts }])
			);
			for (const item of items.filter((i) => i.type === 'true-false' && i.answer === 'False')) {
				const ranges = item.prompt.matchAll(/\b(\d+) to (\d+)\b/g);
				for (const [, a, b] of ranges) expect(Number(a), item.prompt).toBeLessThan(Number(b));
			}
		}
	});
});
