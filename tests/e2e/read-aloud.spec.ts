import { test, expect } from './fixtures';
import { answer, currentItem, firstSet } from './quiz-helpers';

test('questions and answers can be read aloud with a voice on the device', async ({
	page,
	server
}) => {
	// Headless Chromium has no voices; give it one on-device voice and record what is spoken.
	await page.addInitScript(() => {
		const spoken: string[] = [];
		Object.assign(window, { spoken });
		const voice = { name: 'Local', lang: 'en-GB', localService: true, default: true };
		// A real utterance only takes a real voice object.
		Object.assign(window, {
			SpeechSynthesisUtterance: class {
				voice = null;
				lang = '';
				onend = null;
				onerror = null;
				constructor(public text: string) {}
			}
		});
		Object.defineProperty(window, 'speechSynthesis', {
			value: Object.assign(new EventTarget(), {
				getVoices: () => [voice],
				speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
				cancel: () => undefined
			})
		});
	});
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	const item = await currentItem(page, set);
	await page.getByRole('button', { name: 'Read aloud' }).click();
	const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
	expect((await spoken())[0]).toContain(item.prompt);
	await page.getByRole('button', { name: 'Stop reading' }).click();
	await answer(page, item, false);
	await page.getByRole('button', { name: 'Read aloud' }).click();
	expect((await spoken())[1]).toContain('The answer:');
});

test('with no voice on the device there is no read-aloud button', async ({ page, server }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', {
			value: Object.assign(new EventTarget(), { getVoices: () => [], speak() {}, cancel() {} })
		});
	});
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/quiz?mode=practice`);
	await expect(page.locator('#prompt')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
});
