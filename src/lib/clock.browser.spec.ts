import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watch } from '$lib/testing.svelte';
import { Clock } from './clock';

afterEach(() => vi.useRealTimers());

describe('the clock pages count "due" by', () => {
	it('reads whole minutes, and moves on at each minute while a page reads it', () => {
		vi.useFakeTimers();
		let time = Date.UTC(2026, 2, 10, 9, 0, 40);
		vi.setSystemTime(time);
		const clock = new Clock(() => time);
		expect(clock.now).toBe(Date.UTC(2026, 2, 10, 9, 1, 0));

		const seen: number[] = [];
		const stop = watch(
			() => clock.now,
			(now) => seen.push(now)
		);
		const pass = (ms: number) => {
			time += ms;
			vi.advanceTimersByTime(ms);
			flushSync();
		};
		flushSync();
		pass(10_000); // 9:00:50, the same minute
		pass(10_000); // 9:01:00
		pass(60_000); // 9:02:00
		expect(seen).toEqual([
			Date.UTC(2026, 2, 10, 9, 1),
			Date.UTC(2026, 2, 10, 9, 2),
			Date.UTC(2026, 2, 10, 9, 3)
		]);
		stop();
		pass(60_000);
		expect(seen).toHaveLength(3);
	});
});
