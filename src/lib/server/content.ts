/**
 * The questions/ folder, read at build time. Vite inlines every file, so prerendering needs no
 * file system access and the same pipeline code runs here, in scripts and in the browser.
 */
import { buildStoryWithFacts, type StoryFiles } from '$lib/pipeline/questions';
import { matchingPairs, type MatchingPairs } from '$lib/pipeline/questions/pairs';
import type { QuestionSet, SetSummary } from '$lib/pipeline/schema';
import type { SetListing } from '$lib/sets';

// $content is questions/ unless FACTDECK_CONTENT names another folder (svelte.config.js).
const files = import.meta.glob('$content/*/*.{yaml,yml,md}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function storyFolders(): StoryFiles[] {
	const byFolder = new Map<string, StoryFiles>();
	for (const [path, text] of Object.entries(files)) {
		// The story's folder names it; the pipeline reads only the file names.
		const match = /([^/]+)\/([^/]+)$/.exec(path);
		if (!match?.[1] || !match[2]) continue;
		const id = match[1];
		const story = byFolder.get(id) ?? { id, files: {} };
		story.files[`questions/${id}/${match[2]}`] = text;
		byFolder.set(id, story);
	}
	return [...byFolder.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The id of every story, from its folder's name: what the data routes' `entries` list. Kit calls
 * those in a process of their own (its build analysis) before prerendering, so building every set
 * there as well would run the whole pipeline twice.
 */
export function storyIds(): string[] {
	return storyFolders().map((story) => story.id);
}

interface Built {
	set: QuestionSet;
	pairs: MatchingPairs;
}

let cache: Built[] | undefined;
let byId: Map<string, Built> | undefined;

function built(): Built[] {
	cache ??= storyFolders()
		.map((story) => {
			const { set, unchosen } = buildStoryWithFacts(story);
			// The matching game may use every checked question, not only the few the set asks.
			return { set, pairs: matchingPairs([...set.items, ...unchosen]) };
		})
		.sort((a, b) => b.set.date.localeCompare(a.set.date) || a.set.title.localeCompare(b.set.title));
	return cache;
}

/** Each page of a set looks its set up: by id, not by a search of the whole library. */
function builtSet(id: string): Built | undefined {
	byId ??= new Map(built().map((b) => [b.set.id, b]));
	return byId.get(id);
}

export function allSets(): QuestionSet[] {
	return built().map((b) => b.set);
}

/** Speakers and their words, people and their roles, for a set's matching game. */
export function pairsFor(id: string): MatchingPairs | undefined {
	return builtSet(id)?.pairs;
}

export function setSummaries(): SetListing[] {
	return allSets().map(({ items, ...rest }) => ({
		...rest,
		count: items.length,
		itemIds: items.map((item) => item.id)
	}));
}

/**
 * One set without its questions or their ids: what the set's prerendered pages inline (the ids
 * belong to the set's own file, stored once).
 */
export function setSummary(id: string): SetSummary | undefined {
	const set = findSet(id);
	if (!set) return undefined;
	const { items, ...rest } = set;
	return { ...rest, count: items.length };
}

export function findSet(id: string): QuestionSet | undefined {
	return builtSet(id)?.set;
}
