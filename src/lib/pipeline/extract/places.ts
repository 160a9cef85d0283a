import type { Place, Sentence } from '../facts';
import { KNOWN_NAME_RE, lookupEntity } from './gazetteer';

const REGION_RE =
	/(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)\s+(region|province|oblast|state|county|district|territory|prefecture)\b/gu;
const DATELINE_PLACE = /^([A-Z][A-Z.'’ -]{2,40}?)(?:,|\s+\()/;

/** Countries, cities and regions named in one sentence. */
export function placesInSentence(s: Sentence, index: number, dateline: boolean): Place[] {
	const out: Place[] = [];
	const push = (name: string, kind: Place['kind'], at: number, len: number): void => {
		out.push({ sentence: index, start: s.start + at, end: s.start + at + len, name, kind });
	};
	const dl = dateline ? DATELINE_PLACE.exec(s.text) : null;
	if (dl?.[1]) push(dl[1].trim(), 'other', 0, dl[1].trim().length);
	for (const m of s.text.matchAll(KNOWN_NAME_RE)) {
		const e = lookupEntity(m[1] ?? '');
		if (!e || e.kind === 'organisation') continue;
		push(
			e.name,
			e.kind === 'country' ? 'country' : 'city',
			m.index + m[0].indexOf(m[1] ?? ''),
			(m[1] ?? '').length
		);
	}
	for (const m of s.text.matchAll(REGION_RE)) {
		if (
			lookupEntity(m[1] ?? '')?.kind === 'country' ||
			/^(?:The|This|That|Each|Every)$/.test(m[1] ?? '')
		)
			continue;
		// "Kherson region" is the region, not the city of the same name.
		const city = out.findIndex((p) => p.start === s.start + m.index && p.kind === 'city');
		if (city >= 0) out.splice(city, 1);
		push(`${m[1]} ${m[2]}`, 'region', m.index, m[0].length);
	}
	return out;
}

/** One entry per place, first mention kept. */
export function uniquePlaces(all: Place[]): Place[] {
	const seen = new Map<string, Place>();
	for (const p of all) if (!seen.has(p.name.toLowerCase())) seen.set(p.name.toLowerCase(), p);
	return [...seen.values()];
}
