#!/usr/bin/env node
// Screenshots of pages at phone and desktop size, light and dark, for a person to look at:
//   node scripts/screenshots.js /  /settings  -> screenshots/*.png
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './serve.js';
import { chromiumLaunchOptions } from './chromium.js';

const paths = process.argv.slice(2);
const server = await startServer({ root: 'build', port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('screenshots', { recursive: true });
for (const [size, viewport] of Object.entries({
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 }
})) {
	for (const colorScheme of ['light', 'dark']) {
		const page = await browser.newPage({ viewport, colorScheme });
		for (const path of paths.length ? paths : ['/']) {
			await page.goto(server.url + path);
			await page.waitForTimeout(300);
			const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${size}-${colorScheme}.png`;
			await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
			console.log(`screenshots/${name}`);
		}
		await page.close();
	}
}
await browser.close();
await server.close();
