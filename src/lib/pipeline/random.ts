/**
 * Seeded randomness for the pipeline. Question sets must be byte-identical for the same input
 * and seed, so nothing here may read Math.random or the clock.
 */

/** FNV-1a: a small, stable 32-bit hash of a string. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A random number generator (mulberry32) that returns floats in [0, 1) from a string seed. */
export function seededRandom(seed: string): () => number {
	let state = hashString(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy of `items` (Fisher–Yates), the same for the same seed. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
	const random = seededRandom(seed);
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
