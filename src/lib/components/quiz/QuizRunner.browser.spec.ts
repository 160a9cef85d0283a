/**
 * A practice quiz as the learner meets it: the session in real IndexedDB, the runner's markup,
 * focus and the live region a screen reader hears.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { startAttempt } from '$lib/db';
import { useFreshDb } from '$lib/db/testing';
import { QuizSession } from '$lib/quiz/session.svelte';
import { optionOrder } from '$lib/quiz/shuffle';
import { feedbackSound } from '$lib/quiz/sound.svelte';
import QuizRunner from './QuizRunner.svelte';
import { sample, show } from './testing';

const items = ['who-said-1', 'true-false-1', 'who-said-2'].map(sample);

beforeEach(() => {
	useFreshDb();
});

async function practise() {
	const session = new QuizSession({
		questions: items.map((item) => ({ key: item.id, setId: 'set', item })),
		reveal: true,
		find: async () => undefined,
		start: () =>
			startAttempt({ setId: 'set', mode: 'practice', itemIds: items.map((item) => item.id) })
	});
	await session.load();
	await session.begin();
	show(QuizRunner, { session });
	return session;
}

const announcer = () => page.getByTestId('announcer');
const heading = () => page.getByRole('heading', { level: 2 });

describe('the quiz runner', () => {
	it('starts with the focus on the question', async () => {
		await practise();
		await expect.element(page.getByText('Question 1 of 3')).toBeVisible();
		await expect.element(heading()).toHaveFocus();
		await expect.element(heading()).toHaveTextContent(items[0]!.prompt);
	});

	it('announces a wrong answer with the right one, then Enter goes on to the next question', async () => {
		const session = await practise();
		const shown = optionOrder(items[0]!, session.attempt!.id);
		const wrong = shown.findIndex((option) => option !== items[0]!.answer);
		await userEvent.keyboard(String(wrong + 1));
		expect(announcer().element().getAttribute('aria-live')).toBe('assertive');
		await expect
			.element(announcer())
			.toHaveTextContent('Not quite. The answer is Dorothy Camille Shea.');
		await expect.element(page.getByRole('heading', { name: 'Not quite' })).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Next question' })).toHaveFocus();

		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByText('Question 2 of 3')).toBeVisible();
		await expect.element(heading()).toHaveFocus();
	});

	it('announces "Correct." afresh for a second right answer in a row, with the streak', async () => {
		await practise();
		const heard: string[] = [];
		new MutationObserver(() => heard.push(announcer().element().textContent ?? '')).observe(
			announcer().element(),
			{ childList: true, characterData: true, subtree: true }
		);
		await page.getByRole('button', { name: 'Dorothy Camille Shea' }).click();
		await expect.element(announcer()).toHaveTextContent('Correct.');
		await page.getByRole('button', { name: 'Next question' }).click();
		await page.getByRole('button', { name: 'True' }).click();
		await expect.element(page.getByTestId('tally')).toHaveTextContent('2 right · 2 in a row');
		// Emptied in between: a live region that keeps the same text is not read out again. The
		// announcement lands a tick after the tally, so it is waited for.
		await expect.poll(() => heard.filter((text) => text !== '')).toEqual(['Correct.', 'Correct.']);
		expect(heard.lastIndexOf('')).toBeGreaterThan(heard.indexOf('Correct.'));
	});

	it('skips a question and shows it as not reached in the results', async () => {
		await practise();
		await page.getByRole('button', { name: 'Skip this question' }).click();
		await expect.element(page.getByText('Question 2 of 3')).toBeVisible();
		await expect.element(heading()).toHaveFocus();
		await page.getByRole('button', { name: 'True' }).click();
		await page.getByRole('button', { name: 'Next question' }).click();
		await page.getByRole('button', { name: 'Skip this question' }).click();

		await expect.element(page.getByRole('heading', { name: 'Results' })).toHaveFocus();
		await expect
			.element(page.getByTestId('score'))
			.toHaveTextContent('1 of 1 answered right (100%); 2 not reached');
	});

	it('asks before ending early, then scores only the questions answered', async () => {
		await practise();
		await page.getByRole('button', { name: 'Dorothy Camille Shea' }).click();
		await page.getByRole('button', { name: 'End quiz now' }).click();
		const dialog = page.getByRole('dialog', { name: 'End the quiz now?' });
		await expect.element(dialog).toHaveTextContent('You have answered 1 of 3.');
		await expect.element(dialog.getByRole('button', { name: 'Keep going' })).toHaveFocus();
		await dialog.getByRole('button', { name: 'End now' }).click();

		await expect
			.element(page.getByTestId('score'))
			.toHaveTextContent('1 of 1 answered right (100%); 2 not reached');
		await expect.element(announcer()).toHaveTextContent('Quiz finished.');
	});
});

describe('the progress bar', () => {
	it('fills a third after the first of three answers, moving rather than jumping', async () => {
		const session = await practise();
		const fill = () => page.getByTestId('progress-fill').element() as HTMLElement;
		expect(fill().style.width).toBe('0%');
		// The bar sits under "Question 1 of 3", and cuts none of it off.
		const status = page.getByText('Question 1 of 3').element().parentElement!;
		expect(status.clientHeight).toBeGreaterThanOrEqual(status.scrollHeight);
		const shown = optionOrder(items[0]!, session.attempt!.id);
		await userEvent.keyboard(String(shown.indexOf(items[0]!.answer) + 1));
		await expect.poll(() => parseFloat(fill().style.width)).toBeCloseTo(100 / 3, 1);
		expect(getComputedStyle(fill()).transitionDuration).toBe('0.3s');
	});
});

describe('sound after an answer', () => {
	/** The notes the page starts, by pitch: a real AudioContext that keeps a log. */
	const played: number[] = [];
	beforeAll(() => {
		const Real = window.AudioContext;
		window.AudioContext = class extends Real {
			createOscillator() {
				const tone = super.createOscillator();
				const start = tone.start.bind(tone);
				tone.start = (when?: number) => {
					played.push(tone.frequency.value);
					start(when);
				};
				return tone;
			}
		};
	});
	beforeEach(() => {
		played.length = 0;
	});

	async function answerFirst(right: boolean) {
		const session = await practise();
		const shown = optionOrder(items[0]!, session.attempt!.id);
		const at = shown.findIndex((option) => (option === items[0]!.answer) === right);
		await userEvent.keyboard(String(at + 1));
		await expect.element(page.getByRole('button', { name: 'Next question' })).toHaveFocus();
	}

	it('is silent unless the learner turned it on', async () => {
		await answerFirst(true);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(played).toEqual([]);
	});

	it('plays a rising pair of notes for a right answer once the learner turned it on', async () => {
		await feedbackSound.set(true);
		await answerFirst(true);
		await expect.poll(() => played.length).toBe(2);
		expect(played[1]).toBeGreaterThan(played[0]!);
	});

	it('plays one low note for a wrong answer', async () => {
		await feedbackSound.set(true);
		await answerFirst(false);
		await expect.poll(() => played.length).toBe(1);
		expect(played[0]).toBeLessThan(440);
	});
});
