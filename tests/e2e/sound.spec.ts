import { test, expect } from './fixtures';
import { answer, currentItem, firstSet, storedRows } from './quiz-helpers';

/** The pitch of every note the page starts, kept on window by the page's real AudioContext. */
declare global {
	interface Window {
		notes: number[];
	}
}

test('a practice quiz is silent until sound is turned on in Settings, which remembers it', async ({
	page,
	server
}) => {
	await page.addInitScript(() => {
		window.notes = [];
		const Real = window.AudioContext;
		window.AudioContext = class extends Real {
			createOscillator() {
				const tone = super.createOscillator();
				const start = tone.start.bind(tone);
				tone.start = (when?: number) => {
					window.notes.push(tone.frequency.value);
					start(when);
				};
				return tone;
			}
		};
	});
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	await answer(page, await currentItem(page, set), true);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
	expect(await page.evaluate(() => window.notes)).toEqual([]);

	await page.goto(`${server.url}/settings`);
	const sound = page.getByLabel('Play a short sound after each answer in practice');
	await expect(sound).not.toBeChecked();
	await sound.check();
	// The choice is written to IndexedDB as it is made; a reload a few milliseconds later may
	// come before the write has landed, which no person reloading could do.
	await expect
		.poll(async () => {
			const rows = await storedRows<{ key: string; value: unknown }>(page, 'settings');
			return rows.find((r) => r.key === 'sound')?.value;
		})
		.toBe(true);
	await page.reload();
	await expect(sound).toBeChecked();

	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	await page.getByRole('button', { name: 'Resume at question 2' }).click();
	await answer(page, await currentItem(page, set), false);
	await expect.poll(() => page.evaluate(() => window.notes.length)).toBe(1);
});
