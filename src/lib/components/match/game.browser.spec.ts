import { describe, expect, it } from 'vitest';
import { MatchGame, ROUND_SIZE } from './game.svelte';

const pairs = [
	{ left: 'Ana Silva', right: 'Mayor of Porto' },
	{ left: 'Li Wei', right: 'Chinese ambassador' },
	{ left: 'Rui Moreira', right: 'Foreign minister' }
];
const rightOf = (game: MatchGame, left: number) => game.rights.indexOf(game.pairs[left]!.right);

describe('a round of the matching game', () => {
	it('keeps a right pair matched and counts a wrong one as a miss', () => {
		const game = new MatchGame(pairs, 'seed');
		game.pick('left', 0);
		game.pick('right', rightOf(game, 1));
		expect(game.misses).toBe(1);
		expect(game.matched).toEqual([false, false, false]);
		expect(game.announcement).toMatch(/^Not a match: .+ Try again\.$/);

		// Either side may come first; a second pick on the same side changes the first.
		game.pick('right', rightOf(game, 2));
		game.pick('right', rightOf(game, 0));
		game.pick('left', 0);
		expect(game.isMatched('left', 0)).toBe(true);
		expect(game.isMatched('right', rightOf(game, 0))).toBe(true);
		expect(game.announcement).toBe(`Matched: ${game.lefts[0]} and ${game.pairs[0]!.right}.`);

		// A matched pair takes no more picks.
		game.pick('left', 0);
		expect(game.picked).toBeNull();
	});

	it('ends when every pair is matched, and says so', () => {
		const game = new MatchGame(pairs, 'seed');
		for (let i = 0; i < pairs.length; i++) {
			game.pick('left', i);
			game.pick('right', rightOf(game, i));
		}
		expect(game.done).toBe(true);
		expect(game.finishedAt).not.toBeNull();
		expect(game.announcement).toMatch(/All 3 matched\.$/);
	});

	it(`deals at most ${ROUND_SIZE} pairs`, () => {
		const many = Array.from({ length: 8 }, (_, i) => ({ left: `P${i}`, right: `R${i}` }));
		const game = new MatchGame(many, 'a');
		expect(game.pairs).toHaveLength(ROUND_SIZE);
		expect(game.rights.slice().sort()).toEqual(game.pairs.map((p) => p.right).sort());
	});

	it('never shows each match beside its name', () => {
		const two = pairs.slice(0, 2);
		for (let seed = 0; seed < 20; seed++) {
			const game = new MatchGame(two, String(seed));
			expect(game.rights).not.toEqual(game.pairs.map((p) => p.right));
		}
	});
});
