/**
 * Finding a set in a library of a thousand: words to look for, one filter, and a page of cards at
 * a time. Pure, so the library page stays markup over it.
 */
import type { SetSummary } from '$lib/pipeline/schema';
import type { SetProgress } from '$lib/db/progress';

export const FILTERS = {
	all: 'All sets',
	new: 'Not started',
	started: 'In progress',
	due: 'Due now',
	offline: 'Available offline'
} as const;
export type Filter = keyof typeof FILTERS;

/** Cards shown at first, and added by each "Show more". */
export const PAGE_SIZE = 24;
/** Below this many sets, search and filters would be more furniture than help. */
export const TOOLS_FROM = 7;

export interface LibraryQuery {
	words: string;
	filter: Filter;
}

/** What a set is known by on this device: its progress (null: never answered) and if it is kept. */
export interface SetState {
	progress: SetProgress | null | undefined;
	offline: boolean;
}

/** Lower case, without accents, so "Sudan" finds "sudán" and "Cote" finds "Côte". */
export function searchable(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a search looks in: title, summary, tags and outlets. */
export function searchText(set: SetSummary): string {
	return searchable(
		[set.title, set.summary, ...set.tags, ...set.sources.map((s) => s.outlet)].join('\n')
	);
}

/** Every word typed must appear somewhere in the set's text, in any order. */
export function matchesWords(text: string, words: string): boolean {
	return searchable(words)
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => text.includes(word));
}

export function matchesFilter(filter: Filter, state: SetState): boolean {
	const answered = state.progress?.answered ?? 0;
	switch (filter) {
		case 'all':
			return true;
		case 'new':
			return answered === 0;
		case 'started':
			return answered > 0;
		case 'due':
			return (state.progress?.due ?? 0) > 0;
		case 'offline':
			return state.offline;
	}
}

/** The sets that match, in the library's order (newest first). */
export function findSets<S extends SetSummary>(
	sets: readonly S[],
	texts: ReadonlyMap<string, string>,
	query: LibraryQuery,
	stateOf: (id: string) => SetState
): S[] {
	return sets.filter(
		(set) =>
			matchesWords(texts.get(set.id) ?? searchText(set), query.words) &&
			matchesFilter(query.filter, stateOf(set.id))
	);
}

const count = (n: number) => n.toLocaleString('en');
const sets = (n: number) => `${count(n)} ${n === 1 ? 'set' : 'sets'}`;

/** One sentence for the live region: how many match, and how many of them are on screen. */
export function resultsLine(total: number, matching: number, shown: number, query: LibraryQuery) {
	const filtered = query.words.trim() !== '' || query.filter !== 'all';
	if (!filtered) return shown < total ? `Showing ${count(shown)} of ${sets(total)}` : sets(total);
	if (matching === 0) return 'No sets match';
	const line = `${sets(matching)} ${matching === 1 ? 'matches' : 'match'}`;
	return shown < matching ? `${line}, showing ${count(shown)}` : line;
}
