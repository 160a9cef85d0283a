import { describe, it, expect } from 'vitest';
import { safeHref } from './url';

describe('safeHref', () => {
	it('lets absolute http and https addresses through', () => {
		expect(safeHref('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
		expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
	});

	it('refuses every address that could run script or is not a web page', () => {
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'  javascript:alert(1)',
			'\tjavascript:alert(1)',
			'\u0000javascript:alert(1)',
			'java\nscript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'blob:https://example.org/x',
			'file:///etc/passwd',
			'//example.org/a',
			'/relative',
			'',
			undefined,
			42
		])
			expect(safeHref(url), String(url)).toBeUndefined();
	});
});
