/**
 * A story folder -> a question set: story.yaml, one Markdown article per outlet, and the
 * optional overrides.yaml. Pure: the caller hands over the files' text (no fs here), so the
 * same code runs in the SvelteKit build, the CLI and the browser.
 */
import * as v from 'valibot';
import type { Facts } from '../facts';
import { parseArticle } from '../extract/article';
import { QuestionSetSchema, type Item, type QuestionSet } from '../schema';
import { auditItem } from './audit';
import { buildContext, type ArticleInput, type FactOverrides, type StoryContext } from './context';
import { ContentError } from './errors';
import { generateItems, orderOptions, type Dropped } from './generate';
import { addedItem, parseOverrides } from './overrides';
import { parseStoryYaml } from './storyFile';
import { shortOutlet } from './text';

export type StoryFiles = { id: string; files: Record<string, string> };
export type Extractor = (text: string, opts?: { published?: string; source?: string }) => Facts;
export interface BuildOptions {
	seed?: string;
	/** The fact extractor; the real one unless a spec passes another. */
	extract?: Extractor;
}

const ID = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Reads one article file, turning a front-matter problem into an error with file and line. */
export function readArticle(file: string, text: string, extract: Extractor): ArticleInput {
	const id = base(file).replace(/\.md$/, '');
	if (!ID.test(id))
		throw new ContentError(
			file,
			1,
			`the file name '${id}' is not a valid id (letters, digits, . _ -)`
		);
	let meta;
	try {
		meta = parseArticle(text).meta;
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
		throw new ContentError(file, line, message.replace(/ at line \d+:/, ':'));
	}
	if (!meta.source) throw new ContentError(file, 1, 'front matter needs "source" (the outlet)');
	const facts = extract(text);
	return { id, outlet: shortOutlet(meta.source), ...(meta.url ? { url: meta.url } : {}), facts };
}

/** A fact as listed for curators: the id to use in overrides.yaml and what it says. */
export interface FactSummary {
	id: string;
	kind: 'quote' | 'number' | 'date';
	article: string;
	text: string;
	speaker?: string;
	what?: string;
	when?: string;
}

export interface StoryBuild {
	set: QuestionSet;
	articles: ArticleInput[];
	facts: FactSummary[];
	dropped: Dropped[];
	/** Items that passed every check but were left out of the set (games may use them). */
	unchosen: Item[];
}

function summarise(ctx: StoryContext): FactSummary[] {
	return [
		...ctx.quotes.map((r) => ({
			id: r.id,
			kind: 'quote' as const,
			article: r.article.id,
			text: r.fact.text,
			speaker: r.fact.speaker
		})),
		...ctx.numbers.map((r) => ({
			id: r.id,
			kind: 'number' as const,
			article: r.article.id,
			text: r.fact.text,
			what: r.fact.what
		})),
		...ctx.dates.map((r) => ({
			id: r.id,
			kind: 'date' as const,
			article: r.article.id,
			text: r.fact.text,
			what: r.fact.what,
			when: r.fact.when
		}))
	];
}

export function buildStoryDetailed(
	story: StoryFiles,
	extract: Extractor,
	opts: BuildOptions = {}
): StoryBuild {
	const seed = opts.seed ?? '';
	const entries = Object.entries(story.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const storyFile = entries.find(([path]) => base(path) === 'story.yaml');
	if (!storyFile)
		throw new ContentError(`questions/${story.id}/story.yaml`, 1, 'the story has no story.yaml');
	const meta = parseStoryYaml(storyFile[0], storyFile[1]);
	const articles = entries
		.filter(([p]) => p.endsWith('.md'))
		.map(([p, text]) => readArticle(p, text, extract));
	if (articles.length === 0)
		throw new ContentError(storyFile[0], 1, 'the story has no Markdown article');
	const overridesFile = entries.find(([path]) => base(path) === 'overrides.yaml');
	const overrides = overridesFile ? parseOverrides(overridesFile[0], overridesFile[1]) : undefined;

	const factOverrides: FactOverrides = {
		drop: new Set(overrides?.drop.map((d) => d.id)),
		fix: new Map(overrides?.fix.map((f) => [f.id, f.fields])),
		used: new Set()
	};
	const ctx = buildContext(articles, factOverrides);
	const { items: generated, dropped, unchosen: candidates } = generateItems(ctx, seed);
	let items: Item[] = generated;
	let unchosen = candidates;
	if (overrides) {
		const itemIds = new Set(items.map((i) => i.id));
		for (const f of overrides.fix)
			if (!factOverrides.used.has(f.id))
				throw new ContentError(overrides.file, f.line, `no fact with id '${f.id}'`);
		for (const d of overrides.drop)
			if (
				!factOverrides.used.has(d.id) &&
				!itemIds.has(d.id) &&
				!dropped.some((x) => x.item.id === d.id)
			)
				throw new ContentError(overrides.file, d.line, `no item or fact with id '${d.id}'`);
		const dropIds = new Set(overrides.drop.map((d) => d.id));
		items = items.filter((i) => !dropIds.has(i.id));
		unchosen = unchosen.filter((i) => !dropIds.has(i.id));
		const bodies = Object.fromEntries(articles.map((a) => [a.id, a.facts.body]));
		for (const entry of overrides.add) {
			const item = orderOptions(addedItem(overrides, entry, articles), seed);
			if (items.some((i) => i.id === item.id))
				throw new ContentError(
					overrides.file,
					entry.line,
					`an item with id '${item.id}' already exists`
				);
			const problems = auditItem(item, bodies);
			if (problems.length > 0)
				throw new ContentError(
					overrides.file,
					entry.line,
					`added question: ${problems.join('; ')}`
				);
			items.push(item);
		}
	}
	const set: QuestionSet = {
		id: story.id,
		...meta,
		sources: articles.map((a) => ({
			article: a.id,
			outlet: a.outlet,
			title: a.facts.meta.title,
			published: a.facts.meta.published,
			...(a.url ? { url: a.url } : {})
		})),
		items
	};
	const parsed = v.safeParse(QuestionSetSchema, set);
	if (!parsed.success)
		throw new ContentError(
			storyFile[0],
			1,
			`the question set is invalid: ${parsed.issues[0]?.message}`
		);
	return { set, articles, facts: summarise(ctx), dropped, unchosen };
}
