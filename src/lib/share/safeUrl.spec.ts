import { describe, it, expect } from 'vitest';
import { isSafeUrl } from './safeUrl';

describe('isSafeUrl', () => {
	it('lets web links through', () => {
		expect(isSafeUrl('https://example.org/a?b=1')).toBe(true);
		expect(isSafeUrl('http://example.org')).toBe(true);
	});

	it('refuses links that could run script or are not links at all', () => {
		for (const url of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'blob:https://example.org/1',
			'/relative',
			'',
			42
		]) {
			expect(isSafeUrl(url), String(url)).toBe(false);
		}
	});
});
