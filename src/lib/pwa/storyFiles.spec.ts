import { describe, expect, it } from 'vitest';
import { storiesToLetGo, type Ledger } from './storyFiles';

const opened = (at: number) => ({ pinned: false, opened: at });
const pinned = (at: number) => ({ pinned: true, opened: at });

describe('which stories the story cache lets go', () => {
	it('keeps the most recently opened up to the limit and lets the rest go, oldest first', () => {
		const ledger: Ledger = { a: opened(1), b: opened(4), c: opened(3), d: opened(2) };
		expect(storiesToLetGo(['a', 'b', 'c', 'd'], ledger, 2)).toEqual(['d', 'a']);
		expect(storiesToLetGo(['a', 'b', 'c', 'd'], ledger, 4)).toEqual([]);
	});

	it('never lets go of a story kept with one tap, however long ago it was opened', () => {
		const ledger: Ledger = { a: pinned(1), b: pinned(2), c: opened(3), d: opened(4) };
		expect(storiesToLetGo(['a', 'b', 'c', 'd'], ledger, 1)).toEqual(['c']);
		// Kept ones do not count against the limit of opened ones either.
		expect(storiesToLetGo(['a', 'b', 'c', 'd'], ledger, 2)).toEqual([]);
		expect(storiesToLetGo(['a', 'b'], ledger, 0)).toEqual([]);
	});

	it('lets go first of what the service worker stored without a set page opening it', () => {
		const ledger: Ledger = { b: opened(2), c: opened(3) };
		expect(storiesToLetGo(['a', 'b', 'c'], ledger, 2)).toEqual(['a']);
	});

	it('counts a story once, whichever of its files are stored', () => {
		expect(storiesToLetGo(['a', 'a', 'a', 'b'], { a: opened(2), b: opened(1) }, 1)).toEqual(['b']);
	});
});
