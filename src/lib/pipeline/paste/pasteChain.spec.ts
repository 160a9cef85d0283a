import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { newPasteStats, pasteChain } from './pasteChain';

describe('a pasted text from the text box to graded questions', () => {
	it(
		'makes valid, answerable questions or says plainly why not: 500 odd pastes',
		{ timeout: 120_000 },
		() => {
			const stats = newPasteStats();
			// On failure fast-check prints the seed and path that replay the case.
			fc.assert(pasteChain(stats), { numRuns: 500 });
			// Both branches ran, so the property cannot pass by refusing every paste.
			expect(stats.made).toBeGreaterThan(100);
			expect(stats.items).toBeGreaterThan(200);
			expect(stats.refused.size).toBeGreaterThan(2);
		}
	);
});
