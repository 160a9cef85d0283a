import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { auditItem } from './audit';
import { sameSpeaker } from './context';
import { buildStoryWithFacts, checkAll, questionsFromArticle, type StoryFiles } from './index';
import { similarity } from './text';

// The quality rules of issue 4, asserted over the real pipeline (extractor + generator) for
// every story and every article in questions/.
const CONTENT = 'questions';
const stories: StoryFiles[] = readdirSync(CONTENT)
	.filter((name) => statSync(`${CONTENT}/${name}`).isDirectory())
	.sort()
	.map((id) => {
		const files: Record<string, string> = {};
		for (const f of readdirSync(`${CONTENT}/${id}`).sort())
			files[`${CONTENT}/${id}/${f}`] = readFileSync(`${CONTENT}/${id}/${f}`, 'utf8');
		return { id, files };
	});
const SEED = '2025-01-un-security-council-north-korea';

describe('the content folder', () => {
	it('passes the check', () => {
		expect(checkAll(stories)).toEqual([]);
	});

	for (const story of stories) {
		describe(story.id, () => {
			const { set, articles } = buildStoryWithFacts(story, { seed: 'test' });
			const bodies = Object.fromEntries(articles.map((a) => [a.id, a.facts.body]));

			it('ships only items that pass the audit', () => {
				expect(set.items.length).toBeGreaterThan(0);
				for (const item of set.items) expect(auditItem(item, bodies), item.id).toEqual([]);
			});

			it('never offers a speaker who said the same thing as a wrong answer', () => {
				const quotes = articles.flatMap((a) => a.facts.quotes);
				for (const item of set.items.filter((i) => i.type === 'who-said')) {
					const said = quotes.filter((q) => sameSpeaker(q.speaker, item.answer));
					for (const wrong of (item.options ?? []).filter((o) => o !== item.answer))
						for (const q of quotes.filter((x) => sameSpeaker(x.speaker, wrong)))
							for (const s of said)
								expect(similarity(q.text, s.text), `${item.id}: ${wrong}`).toBeLessThan(0.3);
				}
			});

			it('is byte-identical for the same seed; another seed reorders options', () => {
				const again = buildStoryWithFacts(story, { seed: 'test' }).set;
				expect(JSON.stringify(again)).toBe(JSON.stringify(set));
				const other = buildStoryWithFacts(story, { seed: 'other' }).set;
				expect(other.items.map((i) => i.id)).toEqual(set.items.map((i) => i.id));
				const withChoices = set.items.filter((i) => (i.options?.length ?? 0) > 2);
				const moved = other.items.filter(
					(i, n) => JSON.stringify(i.options) !== JSON.stringify(set.items[n]?.options)
				);
				if (withChoices.length > 3) expect(moved.length).toBeGreaterThan(0);
			});

			for (const [path, text] of Object.entries(story.files).filter(([p]) => p.endsWith('.md'))) {
				it(`makes sound questions from ${path} alone`, () => {
					const id = path.split('/').pop()!.replace(/\.md$/, '');
					const items = questionsFromArticle(text, { id, seed: 'test' });
					const article = articles.find((a) => a.id === id)!;
					for (const item of items)
						expect(auditItem(item, { [id]: article.facts.body }), item.id).toEqual([]);
				});
			}
		});
	}

	it('the seed story asks a teacher’s handful of several kinds, some corroborated', () => {
		const story = stories.find((s) => s.id === SEED)!;
		const { set } = buildStoryWithFacts(story, { seed: 'test' });
		expect(set.items.length).toBeGreaterThanOrEqual(6);
		expect(set.items.length).toBeLessThanOrEqual(16);
		expect(new Set(set.items.map((i) => i.type)).size).toBeGreaterThanOrEqual(4);
		expect(set.items.some((i) => i.type === 'who-said')).toBe(true);
		expect(set.items.some((i) => i.corroborated?.length === 2)).toBe(true);
	});
});
