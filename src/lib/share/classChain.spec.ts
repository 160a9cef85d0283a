import 'fake-indexeddb/auto';
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { classChain, newClassStats } from './classChain';
import { useFreshDb } from '$lib/db/testing';

beforeAll(() => {
	useFreshDb();
});

describe('result codes pasted on the class page', () => {
	it(
		'stores each real code once, refuses the rest in plain words, never overwrites: 700 pastes',
		{ timeout: 120_000 },
		async () => {
			const stats = newClassStats();
			// On failure fast-check prints the seed and path that replay the case.
			await fc.assert(classChain(stats), { numRuns: 700 });
			expect(stats.stored).toBeGreaterThan(200);
			expect(stats.codes).toBeGreaterThan(stats.stored);
			expect(stats.notes.size).toBeGreaterThan(3);
		}
	);
});
