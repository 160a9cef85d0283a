/**
 * A result remembered per text: the extractor and the question types read the same texts again
 * and again (facts are compared pairwise, a text is tagged for several questions). Bounded, so a
 * long-lived worker does not grow without end: past `limit` entries the cache starts over.
 */
export function remembered<T>(
	cache: Map<string, T>,
	text: string,
	read: (text: string) => T,
	limit = 20_000
): T {
	let known = cache.get(text);
	if (known === undefined) {
		known = read(text);
		if (cache.size > limit) cache.clear();
		cache.set(text, known);
	}
	return known;
}
