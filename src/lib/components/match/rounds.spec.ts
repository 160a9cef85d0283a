import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleRequest } from '$lib/pipeline/paste/handle';
import type { Item } from '$lib/pipeline/schema';
import { MIN_PAIRS, roundsOfItems } from './rounds';

/** A real report pasted as the create page does: its quiz names five speakers and their words. */
function pasted(file: string): Item[] {
	const report = readFileSync(`tests/fixtures/real/dev/${file}.md`, 'utf8');
	const published = /published: *'?(\d{4}-\d\d-\d\d)/.exec(report)![1]!;
	const text = report.replace(/^---[\s\S]*?\n---\n/, '');
	const made = handleRequest({ id: 1, text, published, outlet: 'Wikinews' });
	if (!made.ok) throw new Error(made.message);
	return made.set.items;
}

describe('the matching game of a quiz made on the device', () => {
	const items = pasted('a-wikinews-turkish-parliament-iraq-vote');

	it('offers a round from the pasted article’s questions, each pair stated in them', () => {
		const rounds = roundsOfItems(items);
		// Its who-is questions may make a second round; the words are the one this checks.
		expect(rounds.map((r) => r.title)).toContain('Who said what');
		const words = rounds.find((r) => r.title === 'Who said what');
		expect(words!.pairs.length).toBeGreaterThanOrEqual(MIN_PAIRS);
		const quiz = JSON.stringify(items);
		for (const pair of words!.pairs) {
			expect(quiz).toContain(pair.left);
			expect(quiz).toContain(JSON.stringify(pair.right).slice(1, -1));
		}
	});

	it('follows the teacher’s edits, and offers nothing once too few pairs are left', () => {
		// A who-said question whose quotation the teacher rewrote pairs its speaker with the new words.
		const quoted = items.find((item) =>
			/^Who (?:said this|used these words)\? “/.test(item.prompt)
		)!;
		const edited = items.map((item) =>
			item === quoted
				? { ...item, prompt: item.prompt.replace(/“.*$/s, '“We will vote no.”') }
				: item
		);
		const said = (quiz: Item[]) => roundsOfItems(quiz).find((r) => r.title === 'Who said what');
		expect(said(edited)!.pairs).toContainEqual({
			left: quoted.answer,
			right: '“We will vote no.”'
		});
		// Left with one question that names a speaker with their words, there is nothing to match.
		const saying = items.filter((item) => item === quoted || /said|say\b/i.test(item.prompt));
		const fewer = items.filter((item) => !saying.slice(1).includes(item));
		expect(said(items)).toBeDefined();
		expect(said(fewer)).toBeUndefined();
	});

	it('offers nothing for a quiz that names too few people, or an imported one', () => {
		expect(roundsOfItems(pasted('a-wikinews-ahmadinejad-columbia-debate'))).toEqual([]);
		const imported: Item = {
			id: 'gift-1',
			type: 'custom',
			format: 'choice',
			prompt: 'Who said “we will vote yes”?',
			answer: 'Ana',
			options: ['Ana', 'Rui'],
			explanation: '',
			citations: []
		} as unknown as Item;
		expect(roundsOfItems([imported, imported, imported])).toEqual([]);
	});
});
