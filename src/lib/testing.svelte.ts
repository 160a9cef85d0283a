/** For browser specs only (not used by the app). */

/**
 * Runs `fn` as a mounted component's script runs, so the runes it calls ($effect) work outside a
 * component; returns the unmount.
 */
export function mountEffects(fn: () => void): () => void {
	return $effect.root(fn);
}
