/**
 * Which of the built scripts the service worker precaches (used by vite.config.ts).
 *
 * A student's whole app is precached: every page but a story's, the newest stories' data, the
 * code of the pages a student uses and everything that code loads on demand (the database and
 * its in-memory fallback, the quiz runner, the link codec). So one visit is enough to study
 * offline; a story's pages are drawn offline by the app's shell from its data (see
 * newestStoriesOnly below).
 *
 * A teacher's tools are not: the question worker (half a megabyte of language model), QR
 * scanning, the exporters and the teacher pages' own code. The service worker keeps each of them
 * the first time it loads (the runtime cache in vite.config.ts), and opening any teacher page
 * loads them all (src/lib/pwa/teacherTools.ts), so a teacher who has opened one online has them
 * offline too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages under the Teach tab, and sharing a set with a class. */
const TEACHER_ROUTE = /src\/routes\/(create|class|teach|mine)\/|src\/routes\/sets\/\[id\]\/share\//;
/**
 * Loaded on demand from a student's page (the set page's export menu) but used by teachers.
 * Vite names a dependency "node_modules/…" in a checkout, "/…/node_modules/…" through a symlink.
 */
const TEACHER_MODULE = [/(?:^|\/)node_modules\/(jsqr|write-excel-file)\//, /^src\/lib\/export\//];
/** Kit's generated module for each route's layouts and page: `nodes/<n>.js`. */
const ROUTE_NODE = /^\.svelte-kit\/generated\/client-optimized\/nodes\/\d+\.js$/;

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[],
 *   css?: string[] }} Chunk
 */

/**
 * The files (relative to the client output, `_app/immutable/…`) a student's pages can load.
 * @param {string} kitDir
 * @returns {Set<string>}
 */
export function studentFiles(kitDir) {
	/** @type {Record<string, Chunk>} */
	const manifest = JSON.parse(
		readFileSync(join(kitDir, 'output/client/.vite/manifest.json'), 'utf8')
	);
	/** @param {string} key */
	const teacherRoute = (key) =>
		TEACHER_ROUTE.test(readFileSync(join(kitDir, key.replace(/^\.svelte-kit\//, '')), 'utf8'));
	/** @type {Set<string>} */
	const files = new Set();
	/** @type {Set<string>} */
	const seen = new Set();
	/**
	 * A module a student's page imports statically is always kept; one it imports on demand is
	 * left out if only teachers use it.
	 * @param {string} key
	 * @param {boolean} onDemand
	 */
	const visit = (key, onDemand) => {
		if (seen.has(key)) return;
		if (
			ROUTE_NODE.test(key) ? teacherRoute(key) : onDemand && TEACHER_MODULE.some((p) => p.test(key))
		)
			return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`scripts/precache.js: ${key} is not in Vite's manifest`);
		files.add(chunk.file);
		for (const css of chunk.css ?? []) files.add(css);
		for (const next of chunk.imports ?? []) visit(next, false);
		for (const next of chunk.dynamicImports ?? []) visit(next, true);
	};
	// Kit's entry points load every route's node on demand: starting from them reaches every
	// node, and teacherRoute keeps out the teachers'.
	for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key, true);
	return files;
}

/**
 * A Workbox manifest transform: drops the scripts and styles only teachers load.
 * @param {string} kitDir
 * @returns {import('workbox-build').ManifestTransform}
 */
export function precacheForStudents(kitDir) {
	return async (entries) => {
		const keep = studentFiles(kitDir);
		const manifest = entries.filter(({ url }) => {
			const file = url.replace(/^\/?(client\/)?/, '');
			return !file.startsWith('_app/immutable/') || keep.has(file);
		});
		return { manifest, warnings: [] };
	};
}

/** A story's pages and data files, as precache URLs: `sets/<id>/quiz`, `data/pairs/<id>.json`. */
const STORY_URL =
	/^\/?(?:(sets)\/([^/]+)(?:\/[^/]+)?|data\/(?:sets|summaries|pairs)\/([^/]+)\.json)$/;

/**
 * The story a precache URL belongs to, if any, and whether it is one of its pages.
 * @param {string} url
 * @returns {{ id: string, page: boolean } | undefined}
 */
export function storyOfUrl(url) {
	const match = STORY_URL.exec(url);
	const id = match?.[2] ?? match?.[3];
	return id === undefined ? undefined : { id: decodeURIComponent(id), page: match?.[1] === 'sets' };
}

/**
 * The ids of the newest stories, from the library's index (listed newest first).
 * @param {string} kitDir
 * @param {number} count
 * @returns {{ newest: Set<string>, all: Set<string> }}
 */
function newestStories(kitDir, count) {
	const prerendered = join(kitDir, 'output/prerendered');
	const path = ['dependencies', 'pages']
		.map((dir) => join(prerendered, dir, 'data/sets/index.json'))
		.find((file) => existsSync(file));
	if (!path) throw new Error(`scripts/precache.js: no data/sets/index.json under ${prerendered}`);
	/** @type {{ id: string }[]} */
	const index = JSON.parse(readFileSync(path, 'utf8'));
	const ids = index.map((set) => set.id);
	return { newest: new Set(ids.slice(0, count)), all: new Set(ids) };
}

/**
 * Keeps the precache the same size however large the library grows. Of the stories, only the
 * newest `count` come with the app, and only their data (summary, questions, matching pairs):
 * offline, a story's pages are drawn by the app's shell (404.html) from that data, for these as
 * for the stories kept once opened (the runtime caching in vite.config.ts). A story's five pages
 * are four fifths of its bytes, and the shell draws them as well.
 * @param {string} kitDir
 * @param {number} count
 * @returns {import('workbox-build').ManifestTransform}
 */
export function newestStoriesOnly(kitDir, count) {
	return async (entries) => {
		const { newest, all } = newestStories(kitDir, count);
		return { manifest: keepNewest(entries, newest, all), warnings: [] };
	};
}

/**
 * @template {{ url: string }} E
 * @param {E[]} entries
 * @param {Set<string>} newest
 * @param {Set<string>} all
 * @returns {E[]}
 */
export function keepNewest(entries, newest, all) {
	return entries.filter(({ url }) => {
		const story = storyOfUrl(url);
		if (!story || !all.has(story.id)) return true;
		return !story.page && newest.has(story.id);
	});
}
