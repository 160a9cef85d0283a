import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import TypedQuestion from './TypedQuestion.svelte';
import { formatProps, sample, show } from './testing';

const howMany = sample('how-many-1');
const word = sample('quote-completion-1');
const field = () => page.getByRole('textbox', { name: /Your answer/ });

describe('a typed question', () => {
	it('sends the number as typed when the learner presses Enter', async () => {
		const { props, answers } = formatProps(howMany);
		show(TypedQuestion, props);
		await field().click();
		await userEvent.keyboard('12,000{Enter}');
		expect(answers).toEqual([{ format: 'number', value: '12,000' }]);
	});

	it('sends a word with the Check answer button', async () => {
		const { props, answers } = formatProps(word);
		show(TypedQuestion, props);
		await field().fill('slaves');
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(answers).toEqual([{ format: 'text', value: 'slaves' }]);
	});

	it('says at once, in an alert, that an empty answer needs typing', async () => {
		const { props, answers } = formatProps(word);
		show(TypedQuestion, props);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent('Type an answer first.');
		expect(answers).toEqual([]);
	});

	it('once answered, shows the answer given, marked wrong, with no button to send another', async () => {
		const response = { format: 'number' as const, value: '5' };
		const { props } = formatProps(howMany, { response, correct: false });
		show(TypedQuestion, props);
		await expect.element(field()).toHaveValue('5');
		await expect.element(field()).toHaveAttribute('aria-invalid', 'true');
		await expect.element(field()).toHaveAttribute('readonly');
		expect(page.getByRole('button', { name: 'Check answer' }).query()).toBeNull();
	});
});
