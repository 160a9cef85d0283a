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
