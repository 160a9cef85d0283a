/**
 * For specs only: the seed story's files and a gold-fact extractor for them. The spec passes in
 * what it read from disk, so this file stays free of node:* imports like the rest of src/lib.
 */
import { parseArticle } from '../extract/article';
import type { Facts } from '../facts';
import { goldFacts, type Gold } from './gold.testkit';
import type { Extractor } from './story';

/** An extractor that answers with the gold facts of the article whose body it is given. */
export function goldExtractor(
	golds: Record<string, Gold>,
	bodies: Record<string, string>
): Extractor {
	return (text: string): Facts => {
		const { body, meta } = parseArticle(text);
		const id = Object.keys(bodies).find((k) => bodies[k] === text);
		const gold = id ? golds[id] : undefined;
		if (!gold) throw new Error('no gold facts for this article');
		return goldFacts(body, gold, meta);
	};
}
