/** For browser specs only (not used by the app). */

/**
 * Runs `fn` as a mounted component's script runs, so the runes it calls ($effect) work outside a
 * component; returns the unmount.
 */
export function mountEffects(fn: () => void): () => void {
	return $effect.root(fn);
}

/** Calls `seen` with what `read` returns, at once and whenever the state it reads changes. */
export function watch<T>(read: () => T, seen: (value: T) => void): () => void {
	return $effect.root(() => {
		$effect(() => seen(read()));
	});
}
