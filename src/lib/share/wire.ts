/**
 * The compact wire form of a quiz inside a link (version 1). Short keys, enums as indexes, the
 * right option as its index, each citation sentence and article id once in a table: deflate
 * alone leaves these repeats costing bytes, and a 10-question quiz must fit in one QR code.
 * fromWire reads untrusted JSON: it only looks up known keys and integer indexes and never
 * recurses on its own, and whatever it builds is then checked by ShareQuizSchema.
 */
import { FORMATS, QUESTION_TYPES } from '$lib/pipeline/schema';
import type { Citation, Item, QuestionSet } from '$lib/pipeline/schema';
import type { ShareQuizContent } from './quiz';

type Json = Record<string, unknown>;
const MODES = ['practice', 'test'] as const;

const asObject = (x: unknown): Json =>
	x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : {};
const asArray = (x: unknown): unknown[] | undefined => (Array.isArray(x) ? x : undefined);
/** table[index] for an integer index only, so "__proto__" or 1e300 find nothing. */
const pick = <T>(table: readonly T[] | unknown[] | undefined, index: unknown): T | undefined =>
	table && Number.isInteger(index) ? (table[index as number] as T | undefined) : undefined;
/** Leave out undefined fields so a decoded quiz equals the one encoded. */
const clean = (record: Json): Json =>
	Object.fromEntries(Object.entries(record).filter(([, x]) => x !== undefined));

function itemToWire(
	item: Item,
	articles: string[],
	sentences: string[],
	outletOf: Map<string, string>
) {
	const index = (table: string[], text: string) => {
		const at = table.indexOf(text);
		return at >= 0 ? at : table.push(text) - 1;
	};
	const answerAt = item.format === 'choice' ? (item.options ?? []).indexOf(item.answer) : -1;
	const options = item.options ?? [];
	const sequenceAsIndexes =
		item.sequence?.every((entry) => options.filter((o) => o === entry).length === 1) ?? false;
	return clean({
		i: item.id,
		t: QUESTION_TYPES.indexOf(item.type),
		f: FORMATS.indexOf(item.format),
		p: item.prompt,
		a: answerAt >= 0 ? answerAt : item.answer,
		o: item.options,
		c: item.accept,
		n: item.tolerance,
		u: item.unit,
		r: item.pairs?.map((pair) => [pair.left, pair.right]),
		s: sequenceAsIndexes ? item.sequence?.map((entry) => options.indexOf(entry)) : item.sequence,
		e: item.explanation,
		x: item.citations.map((c) => {
			const wire: unknown[] = [
				index(articles, c.article),
				index(sentences, c.sentence),
				c.start,
				c.end
			];
			if (outletOf.get(c.article) !== c.outlet || c.url !== undefined) wire.push(c.outlet);
			if (c.url !== undefined) wire.push(c.url);
			return wire;
		}),
		k: item.corroborated
	});
}

function itemFromWire(
	wire: unknown,
	articles: unknown[],
	sentences: unknown[],
	outletOf: Map<unknown, unknown>
) {
	const w = asObject(wire);
	const options = asArray(w.o);
	const citation = (x: unknown) => {
		const c = asArray(x) ?? [];
		const article = pick<string>(articles, c[0]);
		return clean({
			article,
			outlet: c.length > 4 ? c[4] : outletOf.get(article),
			sentence: pick(sentences, c[1]),
			start: c[2],
			end: c[3],
			url: c[5]
		}) as Citation;
	};
	return clean({
		id: w.i,
		type: pick(QUESTION_TYPES, w.t),
		format: pick(FORMATS, w.f),
		prompt: w.p,
		answer: typeof w.a === 'number' ? pick(options, w.a) : w.a,
		options,
		accept: w.c,
		tolerance: w.n,
		unit: w.u,
		pairs: asArray(w.r)?.map((x) => {
			const pair = asArray(x) ?? [];
			return { left: pair[0], right: pair[1] };
		}),
		sequence: asArray(w.s)?.map((x) => (typeof x === 'number' ? pick(options, x) : x)),
		explanation: w.e,
		citations: asArray(w.x)?.map(citation),
		corroborated: w.k
	});
}

/** Items with their article and sentence tables; `sources` supply outlets left implicit. */
function itemsToWire(items: Item[], sources: QuestionSet['sources']): Json {
	const articles = sources.map((s) => s.article);
	const outletOf = new Map(sources.map((s) => [s.article, s.outlet]));
	const sentences: string[] = [];
	const wire = items.map((item) => itemToWire(item, articles, sentences, outletOf));
	return { a: articles, x: sentences, it: wire };
}

function itemsFromWire(w: Json, sources: Json[]): unknown[] | undefined {
	const articles = asArray(w.a) ?? [];
	const sentences = asArray(w.x) ?? [];
	const outletOf = new Map(sources.map((s) => [s.article, s.outlet]));
	return asArray(w.it)?.map((item) => itemFromWire(item, articles, sentences, outletOf));
}

function setToWire(set: QuestionSet): Json {
	return {
		i: set.id,
		t: set.title,
		d: set.date,
		y: set.summary,
		g: set.tags,
		s: set.sources.map((s) => [
			s.title,
			s.outlet,
			s.published,
			...(s.url === undefined ? [] : [s.url])
		]),
		...itemsToWire(set.items, set.sources)
	};
}

function setFromWire(wire: unknown): Json {
	const w = asObject(wire);
	const articles = asArray(w.a) ?? [];
	const sources = asArray(w.s)?.map((x, at) => {
		const s = asArray(x) ?? [];
		return clean({ article: articles[at], outlet: s[1], title: s[0], published: s[2], url: s[3] });
	});
	return {
		id: w.i,
		title: w.t,
		date: w.d,
		summary: w.y,
		tags: w.g,
		sources,
		items: itemsFromWire(w, sources ?? [])
	};
}

/** [id, prompt] pairs back to objects; anything else is left for the schema to refuse. */
function rewordingsFromWire(wire: unknown): unknown {
	const list = asArray(wire);
	if (!list) return wire;
	return list.map((pair) => {
		const parts = asArray(pair);
		return parts ? { id: parts[0], prompt: parts[1] } : pair;
	});
}

export function quizToWire(quiz: ShareQuizContent): Json {
	const { source } = quiz;
	return clean({
		t: quiz.title,
		m: quiz.message,
		o: MODES.indexOf(quiz.mode),
		l: quiz.timeLimitSec,
		r: quiz.reveal ? 1 : 0,
		s:
			source.kind === 'set'
				? [
						source.setId,
						source.itemIds ?? 0,
						...(source.draw ? [source.draw.n, source.draw.seed] : [])
					]
				: undefined,
		e: source.kind === 'set' && source.edited ? itemsToWire(source.edited, []) : undefined,
		w:
			source.kind === 'set' && source.reworded
				? source.reworded.map(({ id, prompt }) => [id, prompt])
				: undefined,
		q: source.kind === 'inline' ? setToWire(source.set) : undefined
	});
}

/** Untrusted wire JSON to the full shape; the caller validates the result with ShareQuizSchema. */
export function quizFromWire(wire: unknown): unknown {
	const w = asObject(wire);
	const ref = asArray(w.s);
	const source = ref
		? clean({
				kind: 'set',
				setId: ref[0],
				itemIds: ref[1] === 0 ? undefined : ref[1],
				draw: ref.length > 2 ? { n: ref[2], seed: ref[3] } : undefined,
				edited: w.e === undefined ? undefined : itemsFromWire(asObject(w.e), []),
				reworded: w.w === undefined ? undefined : rewordingsFromWire(w.w)
			})
		: { kind: 'inline', set: setFromWire(w.q) };
	return clean({
		title: w.t,
		message: w.m,
		mode: pick(MODES, w.o),
		timeLimitSec: w.l,
		reveal: w.r === 1 ? true : w.r === 0 ? false : undefined,
		source
	});
}
