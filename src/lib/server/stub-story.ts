// TEMPORARY until src/lib/pipeline/questions lands: reads story.yaml only.
import { parse } from 'yaml';
import type { QuestionSet } from '$lib/pipeline/schema';
export type StoryFiles = { id: string; files: Record<string, string> };
export function buildStory(story: StoryFiles): QuestionSet {
	const yamlText = Object.entries(story.files).find(([p]) => p.endsWith('story.yaml'))?.[1] ?? '';
	const meta = parse(yamlText) as {
		title: string;
		date: string | Date;
		summary: string;
		tags: string[];
	};
	const date = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : String(meta.date);
	return {
		id: story.id,
		title: meta.title,
		date,
		summary: meta.summary,
		tags: meta.tags,
		sources: [],
		items: []
	};
}
