/**
 * The binary form of a quiz inside a version-2 link. No keys travel: fields come in a fixed
 * order, optional ones behind a bit in a flags number; a question's type and format are codes,
 * the right option its index, counts and offsets varints. Every text is written once: a later
 * use of the same text (a sentence two questions cite, a speaker offered in three questions, a
 * title the set repeats) is its index in the list of texts seen so far. What deflate then sees
 * is little more than the quiz's own words, one after another.
 *
 * quizFromBytes reads untrusted bytes: it builds plain objects from known fields only, and the
 * link decoder checks them with ShareQuizSchema as it does for version 1.
 */
import {
	FORMATS,
	QUESTION_TYPES,
	type Citation,
	type Item,
	type Source
} from '$lib/pipeline/schema';
import { ByteReader, BytesError, ByteWriter } from './bytes';
import type { ShareQuizContent } from './quiz';

/** A code this version does not know: the link was made by a newer Factdeck. */
export class NewerLinkError extends Error {}

type Json = Record<string, unknown>;

const QUIZ = { reveal: 1, test: 2, timeLimit: 4, inline: 8 };
const REF = { itemIds: 1, draw: 2, edited: 4, reworded: 8 };
/** The common bits first, so the flags of most questions fit one byte. */
const ITEM = {
	/** The id is `${type}-…`, as the generator writes it: only the part after the dash travels. */
	typedId: 1,
	options: 2,
	tolerance: 4,
	accept: 8,
	unit: 16,
	pairs: 32,
	sequence: 64,
	corroborated: 128
};
const CITE = { outlet: 1, url: 2, end: 4 };
/** Room for new formats in a type-and-format code. */
const FORMAT_SLOTS = 8;

const unknownBits = (flags: number, known: Record<string, number>) => {
	const all = Object.values(known).reduce((a, b) => a | b, 0);
	if (flags & ~all || flags > all) throw new NewerLinkError('unknown flags');
};

class Writer extends ByteWriter {
	private readonly seen = new Map<string, number>();
	/** A text: 0 then the text the first time, its number in the list (1, 2, …) after that. */
	text(value: string): void {
		const at = this.seen.get(value);
		if (at !== undefined) return this.uint(at + 1);
		this.uint(0);
		this.seen.set(value, this.seen.size);
		this.string(value);
	}
	/** Texts in a row, after their count unless the reader knows it. */
	texts(list: readonly string[], counted = true): void {
		if (counted) this.uint(list.length);
		for (const entry of list) this.text(entry);
	}
}

class Reader extends ByteReader {
	private readonly seen: string[] = [];
	text(): string {
		const at = this.uint();
		if (at === 0) {
			const value = this.string();
			this.seen.push(value);
			return value;
		}
		const value = this.seen[at - 1];
		if (value === undefined) throw new BytesError('a reference to a text not yet seen');
		return value;
	}
	texts(): string[] {
		return Array.from({ length: this.count() }, () => this.text());
	}
}

/** An entry that is usually one of the options: its index, or the options' count then the text. */
function writeChoice(w: Writer, value: string, options: readonly string[]) {
	const at = options.indexOf(value);
	w.uint(at >= 0 ? at : options.length);
	if (at < 0) w.text(value);
}
function readChoice(r: Reader, options: readonly string[]): string {
	const at = r.uint();
	if (at < options.length) return options[at]!;
	if (at > options.length) throw new BytesError('an option that is not there');
	return r.text();
}

function writeItem(w: Writer, item: Item, sources: readonly Source[]) {
	const prefix = `${item.type}-`;
	const typed = item.id.startsWith(prefix);
	w.uint(QUESTION_TYPES.indexOf(item.type) * FORMAT_SLOTS + FORMATS.indexOf(item.format));
	w.uint(
		(item.options ? ITEM.options : 0) |
			(item.accept ? ITEM.accept : 0) |
			(item.tolerance !== undefined ? ITEM.tolerance : 0) |
			(item.unit !== undefined ? ITEM.unit : 0) |
			(item.pairs ? ITEM.pairs : 0) |
			(item.sequence ? ITEM.sequence : 0) |
			(item.corroborated ? ITEM.corroborated : 0) |
			(typed ? ITEM.typedId : 0)
	);
	w.text(typed ? item.id.slice(prefix.length) : item.id);
	w.text(item.prompt);
	const options = item.options ?? [];
	if (item.options) w.texts(item.options);
	writeChoice(w, item.answer, options);
	if (item.accept) w.texts(item.accept);
	if (item.tolerance !== undefined) w.number(item.tolerance);
	if (item.unit !== undefined) w.text(item.unit);
	if (item.pairs) {
		w.uint(item.pairs.length);
		for (const pair of item.pairs) w.texts([pair.left, pair.right], false);
	}
	if (item.sequence) {
		w.uint(item.sequence.length);
		for (const step of item.sequence) writeChoice(w, step, options);
	}
	w.text(item.explanation);
	w.uint(item.citations.length);
	for (const c of item.citations) writeCitation(w, c, sources);
	if (item.corroborated) w.texts(item.corroborated);
}

function readItem(r: Reader, sources: readonly Json[]): Json {
	const code = r.uint();
	const type = QUESTION_TYPES[Math.floor(code / FORMAT_SLOTS)];
	const format = FORMATS[code % FORMAT_SLOTS];
	if (!type || !format) throw new NewerLinkError('an unknown kind of question');
	const flags = r.uint();
	unknownBits(flags, ITEM);
	const id = r.text();
	const item: Json = {
		id: flags & ITEM.typedId ? `${type}-${id}` : id,
		type,
		format,
		prompt: r.text()
	};
	const options = flags & ITEM.options ? r.texts() : [];
	if (flags & ITEM.options) item.options = options;
	item.answer = readChoice(r, options);
	if (flags & ITEM.accept) item.accept = r.texts();
	if (flags & ITEM.tolerance) item.tolerance = r.number();
	if (flags & ITEM.unit) item.unit = r.text();
	if (flags & ITEM.pairs)
		item.pairs = Array.from({ length: r.count() }, () => ({ left: r.text(), right: r.text() }));
	if (flags & ITEM.sequence)
		item.sequence = Array.from({ length: r.count() }, () => readChoice(r, options));
	item.explanation = r.text();
	item.citations = Array.from({ length: r.count() }, () => readCitation(r, sources));
	if (flags & ITEM.corroborated) item.corroborated = r.texts();
	return item;
}

/** The article as its place among the sources; the outlet and end only when they are not implied. */
function writeCitation(w: Writer, c: Citation, sources: readonly Source[]) {
	const source = sources.findIndex((s) => s.article === c.article);
	const outlet = source >= 0 && sources[source]!.outlet === c.outlet;
	const end = c.end === c.start + c.sentence.length;
	w.uint(source >= 0 ? source : sources.length);
	if (source < 0) w.text(c.article);
	w.uint((outlet ? 0 : CITE.outlet) | (c.url !== undefined ? CITE.url : 0) | (end ? 0 : CITE.end));
	w.text(c.sentence);
	w.number(c.start);
	if (!end) w.number(c.end);
	if (!outlet) w.text(c.outlet);
	if (c.url !== undefined) w.text(c.url);
}

function readCitation(r: Reader, sources: readonly Json[]): Json {
	const at = r.uint();
	if (at > sources.length) throw new BytesError('a citation of a source that is not there');
	const source = sources[at];
	const article = source ? source.article : r.text();
	const flags = r.uint();
	unknownBits(flags, CITE);
	const sentence = r.text();
	const start = r.number();
	const citation: Json = {
		article,
		outlet: undefined,
		sentence,
		start,
		end: flags & CITE.end ? r.number() : start + sentence.length
	};
	citation.outlet = flags & CITE.outlet ? r.text() : source?.outlet;
	if (flags & CITE.url) citation.url = r.text();
	return citation;
}

function writeItems(w: Writer, items: readonly Item[], sources: readonly Source[]) {
	w.uint(items.length);
	for (const item of items) writeItem(w, item, sources);
}
const readItems = (r: Reader, sources: readonly Json[]) =>
	Array.from({ length: r.count() }, () => readItem(r, sources));

export function quizToBytes(quiz: ShareQuizContent): Uint8Array<ArrayBuffer> {
	const w = new Writer();
	const { source } = quiz;
	w.uint(
		(quiz.reveal ? QUIZ.reveal : 0) |
			(quiz.mode === 'test' ? QUIZ.test : 0) |
			(quiz.timeLimitSec !== undefined ? QUIZ.timeLimit : 0) |
			(source.kind === 'inline' ? QUIZ.inline : 0)
	);
	w.text(quiz.title);
	w.text(quiz.message);
	if (quiz.timeLimitSec !== undefined) w.number(quiz.timeLimitSec);
	if (source.kind === 'inline') {
		const set = source.set;
		for (const field of [set.id, set.title, set.date, set.summary]) w.text(field);
		w.texts(set.tags);
		w.uint(set.sources.length);
		for (const s of set.sources) {
			for (const field of [s.article, s.outlet, s.title, s.published]) w.text(field);
			w.uint(s.url === undefined ? 0 : 1);
			if (s.url !== undefined) w.text(s.url);
		}
		writeItems(w, set.items, set.sources);
	} else {
		w.text(source.setId);
		w.uint(
			(source.itemIds ? REF.itemIds : 0) |
				(source.draw ? REF.draw : 0) |
				(source.edited ? REF.edited : 0) |
				(source.reworded ? REF.reworded : 0)
		);
		if (source.itemIds) w.texts(source.itemIds);
		if (source.draw) {
			w.number(source.draw.n);
			w.number(source.draw.seed);
		}
		if (source.edited) writeItems(w, source.edited, []);
		if (source.reworded) {
			w.uint(source.reworded.length);
			for (const { id, prompt } of source.reworded) w.texts([id, prompt], false);
		}
	}
	return w.bytes();
}

/**
 * Quiz content from bytes, unchecked: the caller validates it with ShareQuizSchema. Throws
 * BytesError when the bytes end early, run on, or point at nothing, and NewerLinkError for a
 * code only a newer version writes.
 */
export function quizFromBytes(bytes: Uint8Array): unknown {
	const r = new Reader(bytes);
	const flags = r.uint();
	unknownBits(flags, QUIZ);
	const quiz: Json = {
		title: r.text(),
		message: r.text(),
		mode: flags & QUIZ.test ? 'test' : 'practice',
		reveal: (flags & QUIZ.reveal) !== 0
	};
	if (flags & QUIZ.timeLimit) quiz.timeLimitSec = r.number();
	if (flags & QUIZ.inline) {
		const set: Json = { id: r.text(), title: r.text(), date: r.text(), summary: r.text() };
		set.tags = r.texts();
		const sources = Array.from({ length: r.count() }, () => {
			const s: Json = { article: r.text(), outlet: r.text(), title: r.text(), published: r.text() };
			const url = r.uint();
			if (url > 1) throw new BytesError('an unknown source field');
			if (url) s.url = r.text();
			return s;
		});
		set.sources = sources;
		set.items = readItems(r, sources);
		quiz.source = { kind: 'inline', set };
	} else {
		const source: Json = { kind: 'set', setId: r.text() };
		const parts = r.uint();
		unknownBits(parts, REF);
		if (parts & REF.itemIds) source.itemIds = r.texts();
		if (parts & REF.draw) source.draw = { n: r.number(), seed: r.number() };
		if (parts & REF.edited) source.edited = readItems(r, []);
		if (parts & REF.reworded)
			source.reworded = Array.from({ length: r.count() }, () => ({
				id: r.text(),
				prompt: r.text()
			}));
		quiz.source = source;
	}
	if (!r.done()) throw new BytesError('bytes left over');
	return quiz;
}
