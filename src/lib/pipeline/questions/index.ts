/**
 * Question sets from articles: the public entry points used by the SvelteKit build
 * (src/lib/server/content.ts), the CLI (scripts/questions.ts) and the in-browser paste feature.
 */
import * as v from 'valibot';
import { extractFacts } from '../extract/index';
import { QuestionSetSchema, type Item, type QuestionSet } from '../schema';
import { buildContext } from './context';
import { ContentError } from './errors';
import { generateItems } from './generate';
import { shortOutlet } from './text';
import {
	buildStoryDetailed,
	type BuildOptions,
	type Extractor,
	type StoryBuild,
	type StoryFiles
} from './story';

export { ContentError } from './errors';
export { auditItem } from './audit';
export type { StoryFiles, BuildOptions, Extractor } from './story';

const realExtractor: Extractor = (text, opts) => extractFacts(text, opts);

/** One story folder -> its question set. Throws ContentError ("file:line: reason") on bad content. */
export function buildStory(story: StoryFiles, opts: BuildOptions = {}): QuestionSet {
	return buildStoryDetailed(story, opts.extract ?? realExtractor, opts).set;
}

/** The same, with the articles' facts and the items the audit dropped (for the CLI and specs). */
export function buildStoryWithFacts(story: StoryFiles, opts: BuildOptions = {}): StoryBuild {
	return buildStoryDetailed(story, opts.extract ?? realExtractor, opts);
}

/** Every problem in the content folder, as "file:line: reason" lines; empty when all is well. */
export function checkAll(stories: StoryFiles[], opts: BuildOptions = {}): string[] {
	const problems: string[] = [];
	const ids = new Set<string>();
	for (const story of stories) {
		if (ids.has(story.id)) problems.push(`questions/${story.id}: two stories with this id`);
		ids.add(story.id);
		if (!/^[a-z0-9][a-z0-9._-]{0,79}$/i.test(story.id))
			problems.push(
				`questions/${story.id}: the folder name is not a valid id (letters, digits, . _ -)`
			);
		try {
			const set = buildStory(story, opts);
			const parsed = v.safeParse(QuestionSetSchema, set);
			if (!parsed.success) problems.push(`questions/${story.id}: ${parsed.issues[0]?.message}`);
			if (set.items.length === 0) problems.push(`questions/${story.id}: no question could be made`);
		} catch (err) {
			if (err instanceof ContentError) problems.push(err.message);
			else
				problems.push(`questions/${story.id}: ${err instanceof Error ? err.message : String(err)}`);
		}
	}
	return problems;
}

export interface ArticleOptions extends BuildOptions {
	/** The article id used in citations (default "article"). */
	id?: string;
	/** Outlet and date for a plain text without front matter. */
	source?: string;
	published?: string;
}

/** The questions of a single article (front matter optional when source and published are given). */
export function questionsFromArticle(text: string, opts: ArticleOptions = {}): Item[] {
	const extract = opts.extract ?? realExtractor;
	const facts = extract(text, { published: opts.published, source: opts.source });
	const article = {
		id: opts.id ?? 'article',
		outlet: shortOutlet(facts.meta.source || opts.source || ''),
		facts
	};
	return generateItems(buildContext([article]), opts.seed ?? '').items;
}
