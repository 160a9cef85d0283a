import { describe, it, expect } from 'vitest';
import { playable } from './playable';

describe('playable', () => {
	const known = new Set(['a', 'c', 'd']);

	it('skips questions a release removed, wherever the attempt stands', () => {
		expect(playable(['a', 'b', 'c', 'd'], 1, known)).toEqual({
			keys: ['a', 'c', 'd'],
			next: 'c',
			removed: 1
		});
		expect(playable(['a', 'b', 'c', 'd'], 0, known).next).toBe('a');
	});

	it('has nothing next when only removed questions are left, so the attempt can end', () => {
		expect(playable(['a', 'c', 'd', 'b', 'x'], 3, known)).toEqual({
			keys: ['a', 'c', 'd'],
			next: undefined,
			removed: 2
		});
		expect(playable(['x', 'y'], 0, known)).toEqual({ keys: [], next: undefined, removed: 2 });
	});
});
