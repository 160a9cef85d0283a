#!/usr/bin/env node
// Serves the production build as a static host would: /about -> about.html, unknown -> 404.html.
// Used by `npm start` and by the end-to-end tests, which start and stop it themselves.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Finds the file for a URL path inside `root`, never outside it.
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

/**
 * @param {{ root: string | (() => string), port?: number, host?: string }} options
 * `root` may be a function so a test can swap in a newer build while pages stay open.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ root, port = 4173, host = '127.0.0.1' }) {
	const rootOf = typeof root === 'function' ? root : () => root;
	const server = createServer(async (request, response) => {
		try {
			const dir = resolve(rootOf());
			const { pathname } = new URL(request.url ?? '/', 'http://localhost');
			let file = await resolveFile(dir, pathname);
			let status = 200;
			if (!file) {
				file = join(dir, '404.html');
				status = 404;
			}
			const body = await readFile(file);
			response.writeHead(status, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				// Hashed assets never change; everything else is checked on each visit.
				'cache-control': pathname.includes('/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache',
				// What a <meta> CSP cannot say (the rest of the policy is in each page, see svelte.config.js).
				'content-security-policy': "frame-ancestors 'none'",
				'referrer-policy': 'no-referrer'
			});
			response.end(body);
		} catch {
			response.writeHead(500, { 'content-type': 'text/plain' });
			response.end('Server error');
		}
	});
	// Keep-alive sockets would keep the server "up" for open pages after close(); a test that
	// stops the server must see it truly gone.
	server.keepAliveTimeout = 0;
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
			resolvePromise({
				url,
				close: () =>
					/** @type {Promise<void>} */ (
						new Promise((done) => {
							server.closeAllConnections();
							server.close(() => done(undefined));
						})
					)
			});
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const root = process.argv[2] ?? 'build';
	const { url } = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
	console.log(`Factdeck is running at ${url}/  (Ctrl+C to stop)`);
}
