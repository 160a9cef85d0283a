import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from './index';
import { scoreFacts, totalScores, type Gold } from './score';

/** The articles (x.md beside its gold x.json) of a fixture folder. */
export const articlesIn = (dir: string): string[] =>
	readdirSync(dir).filter((f) => f.endsWith('.md'));

/** Recall and precision per kind over every article of `dir`, scored against its gold. */
export function folderScores(dir: string, articles = articlesIn(dir)) {
	return totalScores(
		articles.map((f) => {
			const gold = JSON.parse(readFileSync(dir + f.replace(/\.md$/, '.json'), 'utf8')) as Gold;
			const facts = extractFacts(readFileSync(dir + f, 'utf8'), { published: gold.meta.published });
			return scoreFacts(gold, facts);
		})
	);
}
