import { afterEach, expect, it } from 'vitest';
import { feedbackSound } from './sound.svelte';

afterEach(() => feedbackSound.set(false));

it('keeps a choice made while Settings is still reading the stored one', async () => {
	await feedbackSound.set(false);
	// Settings starts reading as it opens; a quick learner ticks the box before it is done.
	const reading = feedbackSound.load();
	const choosing = feedbackSound.set(true);
	await Promise.all([reading, choosing]);
	expect(feedbackSound.enabled).toBe(true);
	await feedbackSound.load();
	expect(feedbackSound.enabled).toBe(true);
});
