import 'fake-indexeddb/auto';
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { backupChain, newBackupStats } from './backupChain';
import { useFreshDb } from './testing';

beforeAll(() => {
	useFreshDb();
});

describe('a backup file from the disk to the pages that read it', () => {
	it(
		'imports or is refused in plain words, never losing what the device held: 800 odd files',
		{ timeout: 120_000 },
		async () => {
			const stats = newBackupStats();
			// On failure fast-check prints the seed and path that replay the case.
			await fc.assert(backupChain(stats), { numRuns: 800 });
			// Both branches ran, so the property cannot pass by refusing every file.
			expect(stats.imported).toBeGreaterThan(60);
			expect(stats.refused.size).toBeGreaterThan(5);
		}
	);
});
