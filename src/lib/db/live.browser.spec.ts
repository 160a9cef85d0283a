/**
 * live() follows IndexedDB as a mounted component would: run in Chromium (the browser project)
 * with its real IndexedDB, so Dexie's change events across the database are the real ones.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mountEffects } from '$lib/testing.svelte';
import { live } from './live.svelte';
import { getDb } from './db';
import { useFreshDb } from './testing';

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) {
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	expect(check()).toBe(true);
}

let stop: (() => void) | undefined;
beforeEach(() => {
	useFreshDb();
});
afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('live', () => {
	it('starts with the initial value, then follows the database as it changes', async () => {
		const db = getDb();
		let view!: ReturnType<typeof live<number>>;
		stop = mountEffects(() => {
			view = live(() => db.settings.count(), -1);
		});
		expect(view.current).toBe(-1);
		expect(view.loading).toBe(true);
		await until(() => !view.loading);
		expect(view.current).toBe(0);
		await db.settings.put({ key: 'a', value: 1, updatedAt: 0 });
		await until(() => view.current === 1);
		expect(view.error).toBeNull();
	});

	it('reports a failing query as an error instead of throwing', async () => {
		let view!: ReturnType<typeof live<string>>;
		stop = mountEffects(() => {
			view = live(() => Promise.reject(new Error('broken query')), 'none');
		});
		await until(() => view.error !== null);
		expect(view.error?.message).toBe('broken query');
		expect(view.current).toBe('none');
		expect(view.loading).toBe(false);
	});

	it('stops following the database once unmounted', async () => {
		const db = getDb();
		let view!: ReturnType<typeof live<number>>;
		const destroy = mountEffects(() => {
			view = live(() => db.settings.count(), -1);
		});
		await until(() => view.current === 0);
		destroy();
		await db.settings.put({ key: 'b', value: 1, updatedAt: 0 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(view.current).toBe(0);
	});
});
