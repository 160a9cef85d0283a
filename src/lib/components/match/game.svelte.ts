/**
 * One round of the matching game: names on one side, what matches them (words, roles) on the
 * other, shuffled. The learner picks one on either side, then one on the other; a right pair
 * stays matched, a wrong one counts as a miss. Nothing is stored: it is practice, not a score.
 */
import type { Pair } from '$lib/pipeline/questions/pairs';
import { shuffle } from '$lib/quiz/shuffle';

export type Side = 'left' | 'right';

/** At most this many pairs a round: enough to think, few enough for a phone screen. */
export const ROUND_SIZE = 5;

export class MatchGame {
	readonly pairs: Pair[];
	readonly lefts: string[];
	readonly rights: string[];
	/** The first half of a pair the learner is making. */
	picked = $state<{ side: Side; index: number } | null>(null);
	/** Which lefts are matched, by index. */
	matched = $state<boolean[]>([]);
	misses = $state(0);
	/** What a screen reader should hear after each pick (for an aria-live region). */
	announcement = $state('');
	readonly startedAt = Date.now();
	finishedAt = $state<number | null>(null);
	readonly done = $derived(this.matched.length > 0 && this.matched.every(Boolean));

	constructor(all: Pair[], seed = `${Date.now()}-${Math.random()}`) {
		this.pairs = shuffle(all, seed).slice(0, ROUND_SIZE);
		this.lefts = this.pairs.map((p) => p.left);
		const rights = shuffle(
			this.pairs.map((p) => p.right),
			`${seed}/rights`
		);
		// Never each match beside its name: that board would solve itself.
		const lined = rights.every((right, i) => right === this.pairs[i]?.right);
		this.rights = lined ? [...rights.slice(1), ...rights.slice(0, 1)] : rights;
		this.matched = this.pairs.map(() => false);
	}

	isMatched(side: Side, index: number): boolean {
		const left = side === 'left' ? index : this.#leftOf(this.rights[index]);
		return left >= 0 && this.matched[left] === true;
	}

	#leftOf(right: string | undefined): number {
		return this.pairs.findIndex((p) => p.right === right);
	}

	text(side: Side, index: number): string {
		return (side === 'left' ? this.lefts : this.rights)[index] ?? '';
	}

	pick(side: Side, index: number): void {
		if (this.done || this.isMatched(side, index)) return;
		const first = this.picked;
		if (!first || first.side === side) {
			this.picked = { side, index };
			this.announcement = `${this.text(side, index)}: chosen. Now choose its match.`;
			return;
		}
		this.picked = null;
		const left = side === 'left' ? index : first.index;
		const right = side === 'right' ? index : first.index;
		const [name, match] = [this.lefts[left], this.rights[right]];
		if (this.pairs[left]?.right === match) {
			this.matched[left] = true;
			this.announcement = `Matched: ${name} and ${match}.`;
			if (this.done) {
				this.finishedAt = Date.now();
				this.announcement += ` All ${this.pairs.length} matched.`;
			}
		} else {
			this.misses++;
			this.announcement = `Not a match: ${name} and ${match}. Try again.`;
		}
	}
}
