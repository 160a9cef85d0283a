import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { articlesIn } from './floors.testkit';

// Only the shape of the real reports is checked here, never what the rules make of them: the
// unseen folder is kept for measuring, and a report kept without its licence, source or gold
// would be unusable there without anyone noticing, since nobody developing rules reads it.
const root = new URL('../../../../tests/fixtures/real/', import.meta.url).pathname;
const folders = [
	'dev',
	'blind',
	'unseen',
	'fresh',
	'fresh2',
	'fresh3',
	'fresh4',
	'fresh5',
	'fresh6',
	'fresh7',
	'fresh8',
	'fresh9',
	'fresh10',
	'fresh11',
	'fresh12',
	'fresh13',
	'fresh14',
	'fresh15',
	'fresh16',
	'fresh17',
	'fresh18',
	'fresh19'
].filter((f) => existsSync(root + f));
const fields = ['title', 'source', 'published', 'url', 'licence', 'genre', 'via'];
const kinds = ['quotes', 'numbers', 'dates', 'people', 'places', 'teacher'];

/** Front matter fields as written (one `key: value` a line) and the body after it. */
function split(md: string): { front: Record<string, string>; body: string } {
	const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md) ?? [];
	const front: Record<string, string> = {};
	for (const line of head.split('\n')) {
		const at = line.indexOf(': ');
		if (at > 0) front[line.slice(0, at)] = line.slice(at + 2);
	}
	return { front, body };
}

describe.each(folders)('real reports in %s', (folder) => {
	const dir = `${root}${folder}/`;

	it.each(articlesIn(dir))('%s says where it came from and has gold beside it', (file) => {
		const { front, body } = split(readFileSync(dir + file, 'utf8'));
		for (const field of fields) expect(front[field], field).toBeTruthy();
		expect(front.url).toMatch(/^https:\/\//);

		const gold = JSON.parse(readFileSync(dir + file.replace(/\.md$/, '.json'), 'utf8')) as Record<
			string,
			unknown
		> & { meta: { published: string }; teacher: { sentence: string }[] };
		expect(gold.meta.published).toBe(front.published);
		for (const kind of kinds) expect(Array.isArray(gold[kind]), kind).toBe(true);

		// A teacher's question points at a sentence the student can find in the article.
		const flat = body.replace(/\s+/g, ' ');
		expect(gold.teacher.length).toBeGreaterThanOrEqual(5);
		for (const q of gold.teacher) expect(flat, q.sentence).toContain(q.sentence);
	});
});
