import { describe, it, expect } from 'vitest';
import { hashString, seededRandom, shuffle } from './random';

describe('seeded randomness', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = seededRandom('alpha');
		const b = seededRandom('alpha');
		const c = seededRandom('beta');
		const seqA = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(seqA);
		expect([c(), c(), c()]).not.toEqual(seqA);
		for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
	});

	it('shuffles into a permutation that depends on the seed', () => {
		const items = Array.from({ length: 10 }, (_, i) => i);
		const one = shuffle(items, 's1');
		expect([...one].sort((x, y) => x - y)).toEqual(items);
		expect(shuffle(items, 's1')).toEqual(one);
		expect(shuffle(items, 's2')).not.toEqual(one);
		expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i));
	});

	it('hashes strings to stable unsigned integers', () => {
		expect(hashString('x')).toBe(hashString('x'));
		expect(hashString('x')).not.toBe(hashString('y'));
		expect(hashString('')).toBeGreaterThan(0);
	});
});
