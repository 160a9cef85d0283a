import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ArticleMeta } from '../facts';
import { safeHref, WEB_URL_MESSAGE } from '../url';

export interface ArticleOptions {
	published?: string;
	source?: string;
	title?: string;
}

export interface ParsedArticle {
	meta: ArticleMeta;
	body: string;
	/** Offset of the body in the text given (after the front matter). */
	bodyOffset: number;
	/** 1-based line of the text where the body starts. */
	bodyLine: number;
	warnings: string[];
}

/** Longer texts are cut: a news article is far shorter, and the cap keeps the Worker responsive. */
export const MAX_BODY_CHARS = 300_000;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Month number from the first letters of an English month name. */
function monthNumber(name: string): number {
	return MONTHS.split('|').indexOf(name.slice(0, 3)) + 1 || (name.startsWith('Sep') ? 9 : 0);
}

/** A date on the first line: " date 2025-01-09 ..." or a dateline that carries a year. */
function dateFromFirstLine(body: string): string | null {
	const first = body.slice(0, 300).split('\n', 1)[0] ?? '';
	const iso = /^\s*(?:date:?\s*)?(\d{4}-\d{2}-\d{2})\b/i.exec(first);
	if (iso?.[1] && DATE_RE.test(iso[1])) return iso[1];
	const line = new RegExp(`\\b(${MONTHS})[a-z]*\\.? (\\d{1,2}),? (\\d{4})\\b`).exec(first);
	if (line?.[1] && line[2] && line[3]) {
		const m = monthNumber(line[1]);
		return `${line[3]}-${String(m).padStart(2, '0')}-${line[2].padStart(2, '0')}`;
	}
	return null;
}

function normaliseDate(value: unknown): string | null {
	if (value instanceof Date && !Number.isNaN(value.getTime()))
		return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && DATE_RE.test(value.trim())) return value.trim();
	return null;
}

/**
 * Reads an article: YAML front matter (title, source, published, url) and body, or plain text
 * whose date comes from `opts.published` or its first line. Throws when the front matter is
 * malformed or no publication date can be found, saying where.
 */
export function parseArticle(text: string, opts: ArticleOptions = {}): ParsedArticle {
	const warnings: string[] = [];
	const src = text.replace(/^\uFEFF/, '');
	let front: Record<string, unknown> = {};
	let bodyOffset = text.length - src.length;
	let bodyLine = 1;
	const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src.slice(0, 20_000));
	if (fm) {
		try {
			const parsed: unknown = parseYaml(fm[1] ?? '');
			if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
				front = parsed as Record<string, unknown>;
			else if (parsed !== null) throw new Error('front matter must be a mapping of fields');
		} catch (err) {
			const line = err instanceof YAMLParseError ? (err.linePos?.[0].line ?? 0) + 1 : 2;
			const reason = (
				err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)
			).replace(/ at line \d+, column \d+:?$/, '');
			throw new Error(`malformed front matter at line ${line}: ${reason}`, { cause: err });
		}
		bodyOffset += fm[0].length;
		bodyLine = fm[0].split('\n').length;
	} else if (/^---[ \t]*\r?\n/.test(src)) {
		throw new Error('malformed front matter at line 1: opening "---" has no closing "---"');
	}
	let body = text.slice(bodyOffset);
	if (body.length > MAX_BODY_CHARS) {
		warnings.push(`text truncated to its first ${MAX_BODY_CHARS} characters (was ${body.length})`);
		body = body.slice(0, MAX_BODY_CHARS);
	}
	let published = opts.published ?? null;
	if (published !== null && !DATE_RE.test(published))
		throw new Error(`invalid publication date "${published}": expected YYYY-MM-DD or YYYY-MM`);
	if (published === null && 'published' in front) {
		published = normaliseDate(front.published);
		if (published === null) {
			const line = (fm?.[1] ?? '').split('\n').findIndex((l) => /^published\s*:/.test(l)) + 2;
			throw new Error(
				`invalid publication date at line ${line}: "${String(front.published)}", expected YYYY-MM-DD or YYYY-MM`
			);
		}
	}
	published ??= dateFromFirstLine(body);
	if (published === null) throw new Error('no publication date: pass --published YYYY-MM-DD');
	const str = (v: unknown): string => (typeof v === 'string' ? v : '');
	const meta: ArticleMeta = {
		title: opts.title ?? str(front.title),
		source: opts.source ?? str(front.source),
		published
	};
	if ('url' in front) {
		// The url becomes a link on every question: only http(s) may pass (see url.ts).
		if (typeof front.url !== 'string' || safeHref(front.url) === undefined) {
			const line = (fm?.[1] ?? '').split('\n').findIndex((l) => /^url\s*:/.test(l)) + 2;
			throw new Error(
				`invalid url at line ${line}: "${String(front.url).slice(0, 80)}", expected ${WEB_URL_MESSAGE}`
			);
		}
		meta.url = front.url;
	}
	return { meta, body, bodyOffset, bodyLine, warnings };
}
