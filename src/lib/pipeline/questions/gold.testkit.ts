/**
 * For specs only: Facts built from the hand-made gold JSON in tests/fixtures/gold, so the
 * question types can be tested on known-good facts independently of the extractor.
 * Pure (the spec reads the files); offsets are found with indexOf in the article body.
 */
import type { Facts, Quote, Sentence, SpeakerKind } from '../facts';

interface GoldQuote {
	speaker: string;
	role: string | null;
	text: string;
	direct: boolean;
	kind: Quote['kind'];
	cue: string | null;
}
export interface Gold {
	quotes: GoldQuote[];
	numbers: { value: number; what: string; text: string; qualifier?: string }[];
	dates: { when: string; what: string; text: string }[];
	people: { name: string; role: string | null }[];
}

/** Simple sentence split: line breaks, and ". " before a capital or an opening quote. */
export function splitSentences(body: string): Sentence[] {
	const out: Sentence[] = [];
	let paragraph = 0;
	const re = /[^\n]+/g;
	for (let line = re.exec(body); line; line = re.exec(body)) {
		// Split at ". " before a capital, but not after initials such as "U.S." or "Jan.".
		const parts = line[0].split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/).reduce<string[]>((acc, part) => {
			const prev = acc[acc.length - 1];
			if (prev !== undefined && /(\b[A-Z]\.|\b(Jan|Feb|Mr|Mrs|Dr|St)\.)$/.test(prev))
				acc[acc.length - 1] = prev + ' ' + part;
			else acc.push(part);
			return acc;
		}, []);
		let at = line.index;
		for (const part of parts) {
			const start = body.indexOf(part, at);
			const text = part.trimEnd();
			if (text.trim()) out.push({ text, start, end: start + text.length, paragraph });
			at = start + part.length;
		}
		paragraph++;
	}
	return out;
}

export function goldFacts(body: string, gold: Gold, meta: Facts['meta']): Facts {
	const sentences = splitSentences(body);
	const locate = (text: string, from = 0) => {
		const start = body.indexOf(text, from);
		if (start < 0) return null;
		const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
		return { sentence, start, end: start + text.length };
	};
	const people = new Set(gold.people.map((p) => p.name));
	const kindOf = (speaker: string): SpeakerKind =>
		people.has(speaker) ? 'person' : /^\p{Lu}/u.test(speaker) ? 'country' : 'group';
	const quotes: Quote[] = [];
	for (const q of gold.quotes) {
		const span = locate(q.text);
		if (!span) continue;
		quotes.push({
			...span,
			speaker: q.speaker,
			role: q.role,
			speakerKind: kindOf(q.speaker),
			text: q.text,
			direct: q.direct,
			kind: q.kind,
			cue: q.cue
		});
	}
	const found = <T extends { text: string }>(list: T[]) =>
		list.flatMap((x) => {
			const span = locate(x.text);
			return span ? [{ ...x, ...span }] : [];
		});
	return {
		meta,
		body,
		sentences,
		quotes,
		numbers: found(gold.numbers).map((n) => ({ ...n, unit: null, qualifier: n.qualifier ?? null })),
		dates: found(gold.dates),
		people: gold.people.flatMap((p) => {
			const span = locate(p.name);
			return span
				? [
						{
							...span,
							name: p.name,
							role: p.role,
							kind: 'person' as const,
							gender: null,
							mentions: [span]
						}
					]
				: [];
		}),
		places: [],
		warnings: []
	};
}
