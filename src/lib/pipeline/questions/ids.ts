/**
 * Stable, content-derived ids. A curator's override names a fact or an item by id, so the id
 * must survive regeneration: it depends only on the article and the fact's normalised words.
 */
import { hashString } from '../random';
import { normalise } from './text';

/** A short base-36 hash of the normalised text. */
export function shortHash(text: string): string {
	return hashString(normalise(text)).toString(36).padStart(7, '0');
}

export type FactKind = 'quote' | 'number' | 'date' | 'person';
const PREFIX: Record<FactKind, string> = { quote: 'q', number: 'n', date: 'd', person: 'p' };

/**
 * E.g. "q-1x9k2ab": a fact of one article, keyed by its words (not its offsets, so an edit
 * elsewhere in the article keeps the id). `taken` numbers repeats: the second is "q-...-2".
 */
export function factId(kind: FactKind, article: string, text: string, taken: Set<string>): string {
	const base = `${PREFIX[kind]}-${shortHash(`${article}|${text}`)}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** E.g. "who-said-0k3v9z1": the item of one type made from one fact (or a few facts). */
export function itemId(type: string, ...parts: string[]): string {
	return `${type}-${shortHash(parts.join('|'))}`;
}
