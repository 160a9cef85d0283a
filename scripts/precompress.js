/**
 * The build's .gz and .br files, written a few at a time. Kit's own `builder.compress` opens
 * every file of the build at once: with a thousand stories (some 8,000 files, four handles each)
 * that is past the limit of open files and the build fails with EMFILE. The same files, bounded
 * (svelte.config.js hands this to adapter-static in place of Kit's), and a quicker brotli for
 * the many small ones (below).
 */
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** What Kit compresses (@sveltejs/kit src/core/adapt/builder.js). */
const EXTENSIONS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.wasm',
	'.txt',
	'.md',
	'.mdx'
]);
/** Files in flight at once: enough to keep zlib's threads busy, far from any limit. */
const AT_ONCE = 32;
/**
 * Brotli's best (11) for the app's hashed scripts and styles: few, large, cached for good. The
 * prerendered pages and data, eight files a story, get 6: on a 1,000-story build's pages it was
 * 75 times faster (0.1 s against 13 s for 600 files; most of the build's time went to it) for
 * 12 % more bytes, a few hundred per page. (Quality 9 was slower than 11 on these files.)
 */
const quality = (/** @type {string} */ file) =>
	/[/\\]_app[/\\]immutable[/\\]/.test(file) ? zlib.constants.BROTLI_MAX_QUALITY : 6;

/** @param {string} file */
async function compressFile(file) {
	const size = statSync(file).size;
	await pipeline(
		createReadStream(file),
		zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION }),
		createWriteStream(`${file}.gz`)
	);
	await pipeline(
		createReadStream(file),
		zlib.createBrotliCompress({
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]: quality(file),
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
			}
		}),
		createWriteStream(`${file}.br`)
	);
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every text file under `directory`.
 * @param {string} directory
 */
export async function precompress(directory) {
	if (!existsSync(directory)) return;
	const files = readdirSync(directory, { recursive: true, encoding: 'utf8' })
		.map((name) => join(directory, name))
		.filter((path) => EXTENSIONS.has(extname(path)) && statSync(path).isFile());
	let next = 0;
	const worker = async () => {
		for (let file = files[next++]; file !== undefined; file = files[next++])
			await compressFile(file);
	};
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

/**
 * adapter-static, with its builder's `compress` replaced by the bounded one above.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withBoundedPrecompress(adapter) {
	return {
		...adapter,
		adapt(builder) {
			const bounded = Object.create(builder);
			bounded.compress = precompress;
			return adapter.adapt(bounded);
		}
	};
}
