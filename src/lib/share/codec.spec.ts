import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, deflate, fromBase64Url, inflate, toBase64Url } from './codec';

describe('codec', () => {
	it('round-trips any bytes through base64url using only URL-safe characters', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(text)).toEqual(bytes);
			}),
			{ numRuns: 2000 }
		);
	});

	it('refuses text that is not base64url', () => {
		for (const bad of ['abc=', 'a+b/', 'A', '<script>']) expect(fromBase64Url(bad)).toBeNull();
	});

	it('inflates what it deflated, and stops at the size cap', async () => {
		const text = 'Security Council “quote” ✓ '.repeat(100);
		const bytes = await deflate(text);
		expect(await inflate(new Uint8Array(bytes), 1_000_000)).toEqual({ ok: true, text });
		expect(await inflate(new Uint8Array(bytes), 100)).toEqual({ ok: false, error: 'too-large' });
		expect(await inflate(new Uint8Array(bytes.slice(0, 10)), 1_000_000)).toEqual({
			ok: false,
			error: 'damaged'
		});
	});

	it('writes the same canonical JSON whatever the key order', () => {
		expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(
			canonicalJson({ a: [{ d: 2 }], b: 1 })
		);
	});
});
