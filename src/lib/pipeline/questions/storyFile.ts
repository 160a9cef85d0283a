/** Reading story.yaml: title, date, summary and tags, with errors that name the line. */
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { ContentError } from './errors';

export interface StoryMeta {
	title: string;
	date: string;
	summary: string;
	tags: string[];
}

/** A YAML document and a way to turn a node into its 1-based line. */
export function readYaml(file: string, text: string) {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const first = doc.errors[0];
	if (first) {
		const line = counter.linePos(first.pos[0]).line;
		throw new ContentError(file, line, first.message.split('\n')[0] ?? 'invalid YAML');
	}
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? counter.linePos(node.range[0]).line : 1;
	return { doc, lineOf };
}

export function parseStoryYaml(file: string, text: string): StoryMeta {
	const { doc, lineOf } = readYaml(file, text);
	if (!isMap(doc.contents))
		throw new ContentError(file, 1, 'story.yaml must be a mapping of fields');
	const map = doc.contents;
	const field = (key: string) => {
		const pair = map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
		return { value: (doc.toJS() as Record<string, unknown>)[key], line: lineOf(pair?.key as Node) };
	};
	const text_ = (key: string, max: number): string => {
		const { value, line } = field(key);
		if (typeof value !== 'string' || !value.trim())
			throw new ContentError(file, line, `"${key}" must be a non-empty text`);
		if (value.length > max)
			throw new ContentError(file, line, `"${key}" is longer than ${max} characters`);
		return value.trim();
	};
	const title = text_('title', 300);
	const date = text_('date', 10);
	if (!/^\d{4}-\d{2}(-\d{2})?$/.test(date))
		throw new ContentError(file, field('date').line, `"date" must be YYYY-MM-DD, not "${date}"`);
	const summary = text_('summary', 2000);
	const tags = field('tags');
	if (tags.value === undefined) return { title, date, summary, tags: [] };
	if (!Array.isArray(tags.value) || tags.value.some((t) => typeof t !== 'string' || t.length > 40))
		throw new ContentError(file, tags.line, '"tags" must be a list of short words');
	return { title, date, summary, tags: tags.value as string[] };
}
