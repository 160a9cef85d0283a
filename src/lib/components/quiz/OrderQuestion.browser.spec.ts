import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Item } from '$lib/pipeline/schema';
import { optionOrder } from '$lib/quiz/shuffle';
import OrderQuestion from './OrderQuestion.svelte';
import { formatProps, show } from './testing';

const sequence = [
	'North Korea tested a hypersonic missile',
	'The Security Council met',
	'Russia vetoed the new sanctions'
];
const timeline: Item = {
	id: 'timeline-1',
	type: 'timeline',
	format: 'order',
	prompt: 'Put these events in the order they happened.',
	answer: sequence.join(' → '),
	options: sequence,
	sequence,
	explanation: 'The test came first; the council met about it.',
	citations: []
};
const shown = () =>
	page.getByRole('list', { name: 'Events, earliest first' }).getByRole('listitem');
const steps = () =>
	shown()
		.elements()
		.map((li) => li.querySelector('.text')?.textContent);

describe('an order question', () => {
	it('moves an event with the keyboard, keeps focus on it and says where it now stands', async () => {
		const start = optionOrder(timeline, 'attempt-1');
		const last = start[2]!;
		const { props } = formatProps(timeline);
		show(OrderQuestion, props);
		const earlier = page.getByRole('button', { name: `Move “${last}” earlier` });
		await earlier.click();
		expect(steps()).toEqual([start[0], last, start[1]]);
		await expect.element(earlier).toHaveFocus();
		await expect
			.element(page.getByTestId('order-status'))
			.toHaveTextContent(`“${last}” is now 2 of 3.`);
		expect(page.getByTestId('order-status').element().getAttribute('aria-live')).toBe('polite');

		// At the top its "earlier" button is disabled, so the focus goes to its "later" button.
		await userEvent.keyboard('{Enter}');
		expect(steps()).toEqual([last, start[0], start[1]]);
		await expect.element(page.getByRole('button', { name: `Move “${last}” later` })).toHaveFocus();
	});

	it('sends the order as the learner left it', async () => {
		const { props, answers } = formatProps(timeline);
		show(OrderQuestion, props);
		for (const [target, step] of sequence.entries()) {
			for (let at = steps().indexOf(step); at > target; at--) {
				await page.getByRole('button', { name: `Move “${step}” earlier` }).click();
			}
		}
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(answers).toEqual([{ format: 'order', sequence }]);
	});

	it('never shows the events already in order', () => {
		const { props } = formatProps(timeline);
		show(OrderQuestion, props);
		expect(steps()).not.toEqual(sequence);
	});

	it('once answered, shows the order given with nothing left to move', async () => {
		const given = [sequence[1]!, sequence[0]!, sequence[2]!];
		const { props } = formatProps(timeline, {
			response: { format: 'order', sequence: given },
			correct: false
		});
		show(OrderQuestion, props);
		expect(steps()).toEqual(given);
		expect(page.getByRole('button').elements()).toHaveLength(0);
	});
});
