import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { optionOrder } from '$lib/quiz/shuffle';
import ChoiceQuestion from './ChoiceQuestion.svelte';
import { formatProps, sample, show } from './testing';

const whoSaid = sample('who-said-1');
const trueFalse = { ...sample('true-false-1'), options: ['False', 'True'] };
const options = () => page.getByRole('list', { name: 'Answers' }).getByRole('button');

describe('a choice question', () => {
	it('answers with a tap on an option', async () => {
		const { props, answers } = formatProps(whoSaid);
		show(ChoiceQuestion, props);
		await page.getByRole('button', { name: 'Kim Song' }).click();
		expect(answers).toEqual([{ format: 'choice', choice: 'Kim Song' }]);
	});

	it('answers with a letter or a number key, in the order the options are shown', async () => {
		const shown = optionOrder(whoSaid, 'attempt-1');
		const { props, answers } = formatProps(whoSaid);
		show(ChoiceQuestion, props);
		await userEvent.keyboard('c');
		await userEvent.keyboard('2');
		expect(answers).toEqual([
			{ format: 'choice', choice: shown[2] },
			{ format: 'choice', choice: shown[1] }
		]);
	});

	it('leaves keys alone while the learner types elsewhere or holds a modifier', async () => {
		const { props, answers } = formatProps(whoSaid);
		show(ChoiceQuestion, props);
		const field = document.body.appendChild(document.createElement('input'));
		field.setAttribute('aria-label', 'Notes');
		await page.getByRole('textbox', { name: 'Notes' }).fill('');
		await userEvent.keyboard('a');
		field.blur();
		await userEvent.keyboard('{Control>}b{/Control}');
		expect(answers).toEqual([]);
	});

	it('shows True before False, and answers with T or F', async () => {
		const { props, answers } = formatProps(trueFalse);
		show(ChoiceQuestion, props);
		expect(
			options()
				.elements()
				.map((b) => b.querySelector('.text')?.textContent)
		).toEqual(['True', 'False']);
		await userEvent.keyboard('f');
		expect(answers).toEqual([{ format: 'choice', choice: 'False' }]);
	});

	it('once answered, marks the right option and the one chosen, and takes no other answer', async () => {
		const response = { format: 'choice' as const, choice: 'Kim Song' };
		const { props, answers } = formatProps(whoSaid, { response, correct: false });
		show(ChoiceQuestion, props);
		const right = page.getByRole('button', { name: 'Dorothy Camille Shea (correct answer)' });
		await expect.element(right).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Kim Song' }))
			.toHaveAttribute('aria-pressed', 'true');
		// aria-disabled keeps it focusable and readable, so a tap still reaches it.
		await right.click({ force: true });
		await userEvent.keyboard('a');
		expect(answers).toEqual([]);
	});
});
