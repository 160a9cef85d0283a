/**
 * The questions/ folder, read at build time. Vite inlines every file, so prerendering needs no
 * file system access and the same pipeline code runs here, in scripts and in the browser.
 */
import { buildStory, type StoryFiles } from '$lib/pipeline/questions';
import type { QuestionSet, SetSummary } from '$lib/pipeline/schema';

const files = import.meta.glob('/questions/**/*.{yaml,yml,md}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function storyFolders(): StoryFiles[] {
	const byFolder = new Map<string, StoryFiles>();
	for (const [path, text] of Object.entries(files)) {
		const match = /^\/questions\/([^/]+)\//.exec(path);
		if (!match?.[1]) continue;
		const id = match[1];
		const story = byFolder.get(id) ?? { id, files: {} };
		story.files[path.slice(1)] = text;
		byFolder.set(id, story);
	}
	return [...byFolder.values()].sort((a, b) => a.id.localeCompare(b.id));
}

let cache: QuestionSet[] | undefined;

export function allSets(): QuestionSet[] {
	cache ??= storyFolders()
		.map((story) => buildStory(story))
		.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
	return cache;
}

export function setSummaries(): SetSummary[] {
	return allSets().map(({ items, ...rest }) => ({ ...rest, count: items.length }));
}

export function findSet(id: string): QuestionSet | undefined {
	return allSets().find((set) => set.id === id);
}
