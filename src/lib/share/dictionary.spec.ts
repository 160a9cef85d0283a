import { describe, it, expect } from 'vitest';
import { LINK_DICTIONARY } from './dictionary';
import { shortHash } from './codec';

describe('the link dictionary', () => {
	it('is the one version-2 links were made with: a change would break every such link', async () => {
		const text = new TextDecoder().decode(LINK_DICTIONARY);
		expect(LINK_DICTIONARY.length).toBeLessThanOrEqual(32 * 1024);
		expect(await shortHash(text, 12)).toBe('z9XOHKC93ppw');
	});
});
