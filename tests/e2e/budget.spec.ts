import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const BUDGET = 60 * 1024;

test(`the home page loads at most ${BUDGET / 1024} KB of JavaScript (gzip)`, async ({
	page,
	server
}) => {
	const scripts = new Map<string, number>();
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.set(response.url(), gzipSync(await response.body()).length);
	});
	await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
	const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	console.log(`home page JavaScript: ${scripts.size} files, ${total} bytes gzip`);
	expect(scripts.size).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(BUDGET);
});

test('pages, scripts and question data arrive compressed, with security headers', async ({
	page,
	server
}) => {
	const encodings = new Map<string, string>();
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'document' || type === 'stylesheet')
			encodings.set(response.url(), response.headers()['content-encoding'] ?? 'none');
	});
	const response = await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
	const headers = response?.headers() ?? {};
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(encodings.size).toBeGreaterThan(2);
	for (const [url, encoding] of encodings) expect(encoding, url).toMatch(/^(br|gzip)$/);
	const hashed = [...encodings.keys()].find((url) => url.includes('/immutable/'));
	const asset = await page.request.get(hashed!);
	expect(asset.headers()['cache-control']).toContain('immutable');
});
