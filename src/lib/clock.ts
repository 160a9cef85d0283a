/**
 * The one clock pages count "due" by (see $lib/db/due.ts). It reads whole minutes, so two pages
 * (or two figures on one page) read in the same minute count the same cards, and it moves on at
 * each minute while something reads it: a question that falls due while a page is open shows up
 * in its counts then, not at the next reload. A phone waking up moves it at once.
 *
 * A minute reads as its end: a question due within it is due now (at most a minute early, which
 * spaced repetition does not notice) rather than shown as "later today" for up to a minute.
 */
import { createSubscriber } from 'svelte/reactivity';

const MINUTE = 60_000;

export class Clock {
	#read: () => number;
	#subscribe: () => void;

	constructor(read: () => number = Date.now) {
		this.#read = read;
		this.#subscribe = createSubscriber((update) => {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const schedule = () => {
				timer = setTimeout(
					() => {
						update();
						schedule();
					},
					MINUTE - (this.#read() % MINUTE)
				);
			};
			const wake = () => {
				if (document.visibilityState === 'visible') update();
			};
			schedule();
			document.addEventListener('visibilitychange', wake);
			return () => {
				clearTimeout(timer);
				document.removeEventListener('visibilitychange', wake);
			};
		});
	}

	/** The end of the current minute, in epoch milliseconds. */
	get now(): number {
		this.#subscribe();
		const now = this.#read();
		return now - (now % MINUTE) + MINUTE;
	}
}

export const clock = new Clock();
