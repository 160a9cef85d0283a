/**
 * overrides.yaml: a curator's corrections to one story, by stable id. `drop` removes facts or
 * items, `fix` corrects a fact's speaker, role or what, `add` brings hand-written questions.
 * Every id must still exist, so a correction never silently stops applying.
 */
import * as v from 'valibot';
import { isMap, isSeq, type Node } from 'yaml';
import { ItemSchema, type Citation, type Item } from '../schema';
import type { ArticleInput } from './context';
import { cite } from './citations';
import { ContentError } from './errors';
import { readYaml } from './storyFile';

const FIXABLE = ['speaker', 'role', 'speakerKind', 'what', 'when'] as const;
const KINDS = ['person', 'country', 'organisation', 'group'];

export interface Overrides {
	file: string;
	drop: { id: string; line: number }[];
	fix: { id: string; line: number; fields: Record<string, string> }[];
	add: { line: number; raw: Record<string, unknown> }[];
}

export function parseOverrides(file: string, text: string): Overrides {
	const { doc, lineOf } = readYaml(file, text);
	const out: Overrides = { file, drop: [], fix: [], add: [] };
	if (doc.contents === null) return out;
	if (!isMap(doc.contents))
		throw new ContentError(file, 1, 'overrides must be a mapping with drop, fix or add');
	for (const pair of doc.contents.items) {
		const key = String((pair.key as { value?: unknown }).value);
		const node = pair.value as Node | null;
		const line = lineOf(pair.key as Node);
		if (key === 'drop') {
			if (!isSeq(node)) throw new ContentError(file, line, '"drop" must be a list of ids');
			for (const entry of node.items as Node[]) {
				const id = (entry as { value?: unknown }).value;
				if (typeof id !== 'string')
					throw new ContentError(file, lineOf(entry), 'each "drop" entry must be an id');
				out.drop.push({ id, line: lineOf(entry) });
			}
		} else if (key === 'fix') {
			if (!isMap(node)) throw new ContentError(file, line, '"fix" must map fact ids to fields');
			for (const p of node.items) {
				const id = String((p.key as { value?: unknown }).value);
				const at = lineOf(p.key as Node);
				const fields = (p.value as Node | null)?.toJSON() as unknown;
				if (!fields || typeof fields !== 'object' || Array.isArray(fields))
					throw new ContentError(
						file,
						at,
						`fix for '${id}' must be fields such as speaker or what`
					);
				for (const [name, value] of Object.entries(fields)) {
					if (!(FIXABLE as readonly string[]).includes(name))
						throw new ContentError(file, at, `cannot fix '${name}' (only ${FIXABLE.join(', ')})`);
					if (typeof value !== 'string' || !value.trim())
						throw new ContentError(file, at, `fix '${name}' of '${id}' must be a non-empty text`);
					if (name === 'speakerKind' && !KINDS.includes(String(value)))
						throw new ContentError(file, at, `speakerKind must be one of ${KINDS.join(', ')}`);
					if (name === 'when' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(value)))
						throw new ContentError(file, at, `when must be YYYY, YYYY-MM or YYYY-MM-DD`);
				}
				out.fix.push({ id, line: at, fields: fields as Record<string, string> });
			}
		} else if (key === 'add') {
			if (!isSeq(node)) throw new ContentError(file, line, '"add" must be a list of questions');
			for (const entry of node.items as Node[]) {
				const raw = entry.toJSON() as unknown;
				if (!raw || typeof raw !== 'object')
					throw new ContentError(file, lineOf(entry), 'each "add" entry must be a question');
				out.add.push({ line: lineOf(entry), raw: raw as Record<string, unknown> });
			}
		} else {
			throw new ContentError(file, line, `unknown section "${key}" (use drop, fix or add)`);
		}
	}
	return out;
}

/** The citation for a hand-written question: the sentence of `article` holding `text`. */
function citeText(o: Overrides, line: number, articles: ArticleInput[], spec: unknown): Citation {
	const { article, text } = (spec ?? {}) as { article?: unknown; text?: unknown };
	const found = articles.find((a) => a.id === article);
	if (!found)
		throw new ContentError(o.file, line, `cite: no article '${String(article)}' in this story`);
	if (typeof text !== 'string' || !text.trim())
		throw new ContentError(o.file, line, 'cite: give the exact words as "text"');
	const at = found.facts.body.indexOf(text);
	const sentence = found.facts.sentences.find((s) => s.start <= at && at < s.end);
	if (at < 0 || !sentence)
		throw new ContentError(o.file, line, `cite: '${text}' is not in ${found.id}`);
	return cite(found, sentence);
}

/** A hand-written item, checked against the schema; its citations are looked up by words. */
export function addedItem(
	o: Overrides,
	entry: Overrides['add'][number],
	articles: ArticleInput[]
): Item {
	const { cite: spec, ...rest } = entry.raw;
	const specs = Array.isArray(spec) ? spec : [spec];
	const citations = specs.map((s) => citeText(o, entry.line, articles, s));
	const parsed = v.safeParse(ItemSchema, { ...rest, citations });
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
		throw new ContentError(
			o.file,
			entry.line,
			`added question: ${where ? where + ': ' : ''}${issue?.message ?? 'invalid'}`
		);
	}
	return parsed.output;
}
