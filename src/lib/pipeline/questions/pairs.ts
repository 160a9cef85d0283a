/**
 * Pairs for the matching game, read from a story's questions: speakers and their words (who
 * said it, what did X say, a match of words) and people and their roles (who is, a match of
 * roles, the role "what did X say" gives). Only questions that passed the audit are read, so
 * every pair is one the report clearly states. The prompts read here are the generators' own
 * (whoSaid.ts, trueFalse.ts, match.ts; "what did X say" and "who is", in sets made before those
 * kinds were dropped).
 */
import type { Item } from '../schema';
import { roleLabel } from './speakers';
import { containsWords, nameParts, normalise } from './text';

export interface Pair {
	left: string;
	right: string;
}

export interface MatchingPairs {
	/** Speakers → something each said. */
	words: Pair[];
	/** People → the role the report gives them. */
	roles: Pair[];
}

const WHO_SAID = /^Who (?:said that (.+)\?|said this\? (.+)|used these words\? (.+))$/s;
const WHO_IS_NAMED = /^Who is (.+), according to [^,]+\?$/s;
const WHO_IS_ROLE = /^According to [^,]+, who is (.+)\?$/s;
const WHAT_SAID = /^According to [^,]+, what did (.+?)(?: \((.+)\))? say\?$/s;
/** A speaker's words credited to another: the words, and who really said them. */
const CREDITED = /^True or false\? .+? said(?: that (.+)\.|: (.+))$/s;
const REALLY_SAID = /reports that (.+?) said this, not /;

/** Every pair the items state: at most one per speaker or person, and no right given twice. */
export function matchingPairs(items: Item[]): MatchingPairs {
	const words: Pair[] = [];
	const roles: Pair[] = [];
	for (const item of items) {
		if (item.format === 'match' && item.pairs) {
			(/their words/i.test(item.prompt) ? words : roles).push(...item.pairs);
		} else if (item.type === 'who-said') {
			const said = WHO_SAID.exec(item.prompt);
			const text = said?.[1] ?? said?.[2] ?? said?.[3];
			if (text) words.push({ left: item.answer, right: text.trim() });
		} else if (item.type === 'true-false') {
			const credited = CREDITED.exec(item.prompt);
			const speaker = REALLY_SAID.exec(item.explanation)?.[1];
			const text = credited?.[1] ?? credited?.[2];
			if (speaker && text) words.push({ left: speaker, right: text.trim() });
		} else if (item.type === 'what-said') {
			const asked = WHAT_SAID.exec(item.prompt);
			if (!asked?.[1]) continue;
			words.push({ left: asked[1], right: item.answer });
			if (asked[2]) roles.push({ left: asked[1], right: roleLabel(asked[2]) });
		} else if (item.type === 'who-is') {
			const named = WHO_IS_NAMED.exec(item.prompt)?.[1];
			const role = WHO_IS_ROLE.exec(item.prompt)?.[1];
			if (named) roles.push({ left: named, right: item.answer });
			else if (role) roles.push({ left: item.answer, right: roleLabel(role) });
		}
	}
	return { words: distinct(words), roles: distinct(roles) };
}

function distinct(pairs: Pair[]): Pair[] {
	const kept: Pair[] = [];
	for (const pair of pairs) {
		const sameLeft = kept.some((k) => normalise(k.left) === normalise(pair.left));
		const sameRight = kept.some((k) => normalise(k.right) === normalise(pair.right));
		if (!sameLeft && !sameRight) kept.push(pair);
	}
	// Words that name one of the people would give the pair away.
	const names = kept.flatMap((p) => nameParts(p.left));
	return kept.filter((p) => !names.some((name) => containsWords(p.right, name)));
}
