/**
 * Dexie liveQuery as Svelte 5 state: `current` updates whenever the data the query read changes,
 * in this tab or another. Call `live` while a component initialises (it uses $effect), so it
 * never runs during SSR/prerender, where `current` stays `initial` and `loading` stays true.
 *
 *   const progress = live(() => setProgress(data.set, clock.now), null,
 *     () => [data.set.id, clock.now]);
 *
 * `deps` is read synchronously inside the effect: the query restarts when the state it reads
 * changes. (Reads inside `query` itself are not reliably tracked, because Dexie may run it
 * after the effect has returned.)
 */
import { liveQuery } from 'dexie';
import { storageStatus } from './db';

export interface Live<T> {
	readonly current: T;
	readonly error: Error | null;
	readonly loading: boolean;
}

export function live<T>(query: () => Promise<T>, initial: T, deps?: () => unknown): Live<T> {
	// raw: results are replaced whole, never mutated, so deep proxies would only cost time.
	let current = $state.raw(initial);
	let error = $state.raw<Error | null>(null);
	let loading = $state(true);

	$effect(() => {
		deps?.();
		loading = true;
		let subscription: { unsubscribe(): void } | undefined;
		let stopped = false;
		// Subscribed once the database is open: where the browser has no storage, opening loads
		// an in-memory one, and a liveQuery that awaits that load inside its query never emits.
		void storageStatus().then(() => {
			if (!stopped) subscription = subscribe();
		});
		return () => {
			stopped = true;
			subscription?.unsubscribe();
		};
	});

	function subscribe() {
		return liveQuery(query).subscribe({
			next: (value) => {
				current = value;
				error = null;
				loading = false;
			},
			error: (failure: unknown) => {
				error = failure instanceof Error ? failure : new Error(String(failure));
				loading = false;
			}
		});
	}

	return {
		get current() {
			return current;
		},
		get error() {
			return error;
		},
		get loading() {
			return loading;
		}
	};
}
