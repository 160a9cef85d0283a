/**
 * Every prerendered page's inline scripts hash to a source its content-security-policy allows.
 * Anything that rewrites the pages after SvelteKit hashed them (src/hooks.server.ts trims their
 * indentation) must leave the scripts' text alone, or no page starts: read from build/, no browser.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, BUILD } from './fixtures';

const pages = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() && e.name !== '_app'
			? pages(join(dir, e.name))
			: e.name.endsWith('.html')
				? [join(dir, e.name)]
				: []
	);

test('every inline script of every page is one its content-security-policy allows', () => {
	const files = pages(BUILD);
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const policy = /script-src ([^;"]*)/.exec(html)?.[1] ?? '';
		for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
			const hash = createHash('sha256')
				.update(script ?? '')
				.digest('base64');
			expect(policy, `${file}: an inline script the policy does not allow`).toContain(
				`'sha256-${hash}'`
			);
		}
	}
});
