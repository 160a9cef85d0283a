/**
 * Which rounds of the matching game a set can offer. A built-in set's pairs are prerendered
 * (/data/pairs/<id>.json, from every question the build checked); a quiz made on the device
 * reads them from its own questions, here in the browser, with the same reader.
 */
import { matchingPairs, type MatchingPairs, type Pair } from '$lib/pipeline/questions/pairs';
import type { Item } from '$lib/pipeline/schema';

/** Three pairs at least, or matching is only guessing. */
export const MIN_PAIRS = 3;

export interface Round {
	kind: 'words' | 'roles';
	title: string;
	/** The heading of the column that matches the names. */
	rights: string;
	pairs: Pair[];
}

export function matchRounds(pairs: MatchingPairs): Round[] {
	const rounds: Round[] = [
		{ kind: 'words', title: 'Who said what', rights: 'Their words', pairs: pairs.words },
		{ kind: 'roles', title: 'Who is who', rights: 'Their roles', pairs: pairs.roles }
	];
	return rounds.filter((round) => round.pairs.length >= MIN_PAIRS);
}

/** The rounds of a quiz made on this device, from the questions it holds now. */
export function roundsOfItems(items: Item[]): Round[] {
	return matchRounds(matchingPairs(items));
}
