#!/usr/bin/env node
// Serves the production build as a good static host would: precompressed files (brotli, gzip),
// immutable caching for hashed assets, /about -> about.html, unknown paths -> 404.html (status 404),
// and the security headers that only a server can send.
// Used by `npm start` and by the end-to-end tests, which start and stop it themselves.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Headers for every response. The page's own CSP (a meta tag with script hashes) comes from
 * SvelteKit; frame-ancestors only works as a header, so it is sent here. */
const SECURITY_HEADERS = {
	'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
	'referrer-policy': 'no-referrer',
	'x-content-type-options': 'nosniff'
};

/** @param {import('node:http').ServerResponse} response @param {string} pathname */
function setHeaders(response, pathname) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
	// Hashed assets never change; everything else is checked on each visit.
	response.setHeader(
		'cache-control',
		pathname.includes('/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	);
}

/** One sirv handler per build folder; a test may swap the folder while pages stay open. */
const handlers = new Map();
/** @param {string} dir */
function handlerFor(dir) {
	let handler = handlers.get(dir);
	if (!handler) {
		handler = sirv(dir, {
			dev: false,
			etag: true,
			gzip: true,
			brotli: true,
			extensions: ['html'],
			setHeaders,
			onNoMatch: (_request, response) => notFound(dir, response)
		});
		handlers.set(dir, handler);
	}
	return handler;
}

/** @param {string} dir @param {import('node:http').ServerResponse} response */
async function notFound(dir, response) {
	try {
		const body = await readFile(join(dir, '404.html'));
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
		response.writeHead(404, {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-cache'
		});
		response.end(body);
	} catch {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('Not found');
	}
}

/**
 * @param {{ root: string | (() => string), port?: number, host?: string }} options
 * `root` may be a function so a test can swap in a newer build while pages stay open.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ root, port = 4173, host = '127.0.0.1' }) {
	const rootOf = typeof root === 'function' ? root : () => root;
	const server = createServer((request, response) => {
		handlerFor(resolve(rootOf()))(request, response);
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
