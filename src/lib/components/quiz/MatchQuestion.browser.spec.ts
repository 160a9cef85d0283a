import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import MatchQuestion from './MatchQuestion.svelte';
import { formatProps, sample, show } from './testing';

const match = sample('match-1');
const pairs = match.pairs!;
const row = (left: string) => page.getByRole('combobox', { name: left, exact: true });

describe('a match question', () => {
	it('sends every pair once each row has a match', async () => {
		const { props, answers } = formatProps(match);
		show(MatchQuestion, props);
		for (const pair of pairs) await row(pair.left).selectOptions(pair.right);
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(answers).toEqual([
			{ format: 'match', pairs: Object.fromEntries(pairs.map((p) => [p.left, p.right])) }
		]);
	});

	it('can be done with the keyboard alone', async () => {
		const { props, answers } = formatProps(match);
		show(MatchQuestion, props);
		await row(pairs[0]!.left).click();
		await userEvent.keyboard('{Escape}');
		// Tab through the rows, choosing with the arrow keys, then Enter on "Check answer".
		for (let i = 0; i < pairs.length; i++) {
			await userEvent.keyboard('{ArrowDown}');
			await userEvent.tab();
		}
		await userEvent.keyboard('{Enter}');
		expect(answers).toHaveLength(1);
		expect(Object.keys((answers[0] as { pairs: object }).pairs)).toEqual(pairs.map((p) => p.left));
	});

	it('says in an alert how many rows still need a match', async () => {
		const { props, answers } = formatProps(match);
		show(MatchQuestion, props);
		await row(pairs[0]!.left).selectOptions(pairs[0]!.right);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(`Choose a match for every row (${pairs.length - 1} left).`);
		expect(answers).toEqual([]);
	});

	it('once answered, shows the matches given and locks them', async () => {
		const given = Object.fromEntries(pairs.map((p) => [p.left, p.right]));
		const { props } = formatProps(match, {
			response: { format: 'match', pairs: given },
			correct: true
		});
		show(MatchQuestion, props);
		for (const pair of pairs) {
			await expect.element(row(pair.left)).toHaveValue(pair.right);
			await expect.element(row(pair.left)).toBeDisabled();
		}
	});
});
