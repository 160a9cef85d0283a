import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { linkChain, newStats } from './chain';

describe('a link from packing to result code', () => {
	it(
		'opens safely or is refused in plain words, 2,000 random and hostile quizzes',
		{ timeout: 180_000 },
		async () => {
			const stats = newStats();
			// On failure fast-check prints the seed and path that replay the case.
			await fc.assert(linkChain(stats), { numRuns: 2000 });
			// Both branches were exercised, so the property cannot pass by refusing everything.
			expect(stats.opened).toBeGreaterThan(20);
			expect(stats.refused.size).toBeGreaterThan(5);
			expect(stats.answersGraded).toBeGreaterThan(0);
		}
	);
});
