import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, waitForOffline } from './fixtures';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

test('Chrome finds nothing that stops installing the app', async ({ server }) => {
	// A persistent profile: Chrome refuses to install from a throwaway ("incognito") one.
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-install-'));
	const context = await chromium.launchPersistentContext(dir, chromiumLaunchOptions());
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForOffline(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: unknown[];
		};
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the manifest describes an installable, standalone app with any and maskable icons', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/`);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await page.request.get(new URL(href!, server.url).href)).json();
	expect(manifest).toMatchObject({
		id: '/',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		short_name: 'Factdeck'
	});
	for (const field of ['name', 'description', 'theme_color', 'background_color']) {
		expect(manifest[field], field).toBeTruthy();
	}
	const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
	for (const [sizes, purpose] of [
		['192x192', 'any'],
		['512x512', 'any'],
		['512x512', 'maskable']
	]) {
		const icon = icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any') === purpose);
		expect(icon, `${sizes} ${purpose} icon`).toBeDefined();
		const response = await page.request.get(new URL(icon!.src, server.url).href);
		expect(response.headers()['content-type']).toBe('image/png');
	}
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect((await page.request.get(new URL(touchIcon!, server.url).href)).ok()).toBe(true);
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
});
