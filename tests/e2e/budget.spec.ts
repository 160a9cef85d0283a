import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { test, expect } from './fixtures';

const BUDGET = 60 * 1024;

test(`the home page loads at most ${BUDGET / 1024} KB of JavaScript (gzip)`, async ({
	page,
	server
}) => {
	const scripts = new Map<string, number>();
	// Bodies are read as they come and awaited before the sum: a body still being read when the
	// test ends would throw ("Test ended") rather than count.
	const reads: Promise<void>[] = [];
	const measure = (response: Response) => {
		if (response.request().resourceType() !== 'script') return;
		reads.push(
			response.body().then((body) => void scripts.set(response.url(), gzipSync(body).length))
		);
	};
	page.on('response', measure);
	await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
	page.off('response', measure);
	await Promise.all(reads);
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
