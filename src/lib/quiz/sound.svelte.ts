/**
 * A short tone after each answer, for learners who want a game's feel: off until they turn it
 * on in Settings. Tones are made with the Web Audio API, so there is no file to fetch and it works
 * offline; a rising pair of notes for right, one low note for wrong, quiet and under a third of
 * a second.
 */
import { getSetting, setSetting } from '$lib/db';

const KEY = 'sound';

/** A device with no storage plays no sound: the default. */
const isOn = () =>
	getSetting(KEY, false).then(
		(on) => on === true,
		() => false
	);

class FeedbackSound {
	/** The learner's choice as the Settings page shows it (false until `load` has read it). */
	enabled = $state(false);
	#context: AudioContext | null = null;

	/** Counts choices, so a slow first read never undoes a choice made while it ran. */
	#choices = 0;

	async load(): Promise<void> {
		const before = this.#choices;
		const on = await isOn();
		if (this.#choices === before) this.enabled = on;
	}

	async set(on: boolean): Promise<void> {
		this.#choices++;
		this.enabled = on;
		await setSetting(KEY, on);
	}

	/** Plays the tone for a right or a wrong answer, if the learner turned sound on. */
	async play(correct: boolean): Promise<void> {
		// Read at each answer: a choice made in another tab counts at once.
		if (typeof AudioContext === 'undefined' || !(await isOn())) return;
		this.#context ??= new AudioContext();
		const ctx = this.#context;
		// A context made before any tap starts suspended; an answer is a tap, so it may resume.
		if (ctx.state === 'suspended') await ctx.resume().catch(() => undefined);
		const notes = correct
			? [
					{ hz: 660, at: 0, length: 0.09 },
					{ hz: 880, at: 0.1, length: 0.12 }
				]
			: [{ hz: 220, at: 0, length: 0.2 }];
		for (const { hz, at, length } of notes) {
			const start = ctx.currentTime + at;
			const tone = ctx.createOscillator();
			const volume = ctx.createGain();
			tone.type = 'sine';
			tone.frequency.value = hz;
			// Fade in and out: a tone that starts or stops at full volume clicks.
			volume.gain.setValueAtTime(0, start);
			volume.gain.linearRampToValueAtTime(0.08, start + 0.01);
			volume.gain.linearRampToValueAtTime(0, start + length);
			tone.connect(volume).connect(ctx.destination);
			tone.start(start);
			tone.stop(start + length + 0.02);
		}
	}
}

export const feedbackSound = new FeedbackSound();
