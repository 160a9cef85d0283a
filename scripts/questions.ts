/**
 * Question sets on the command line.
 *   npm run --silent questions -- <article.md | story-folder> [--seed S]   prints the set as JSON
 *     (a plain-text article takes --published YYYY-MM-DD and --source Outlet)
 *   npm run --silent questions -- --check                                 validates questions/
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
	buildStoryWithFacts,
	checkAll,
	questionsFromArticle,
	ContentError,
	type StoryFiles
} from '../src/lib/pipeline/questions/index';

const CONTENT = 'questions';
const STORY_FILE = /^(story\.yaml|overrides\.yaml|.*\.md)$/;

/** A story folder as buildStory wants it: paths relative to the repo, text as read. */
export function readStory(dir: string): StoryFiles {
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir).sort()) {
		if (STORY_FILE.test(name))
			files[relative(process.cwd(), join(dir, name)).split('\\').join('/')] = readFileSync(
				join(dir, name),
				'utf8'
			);
	}
	return { id: basename(dir), files };
}

function check(): number {
	if (!existsSync(CONTENT)) {
		console.error(`${CONTENT}/: no content folder here (run from the repository root)`);
		return 1;
	}
	const stories = readdirSync(CONTENT)
		.sort()
		.filter((name) => statSync(join(CONTENT, name)).isDirectory())
		.map((name) => readStory(join(CONTENT, name)));
	const problems = checkAll(stories);
	if (problems.length === 0) {
		console.log(`OK: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`);
		return 0;
	}
	for (const p of problems) console.error(p);
	return 1;
}

function show(path: string, seed: string, flags: { published?: string; source?: string }): number {
	if (statSync(path).isDirectory()) {
		const { set, facts, dropped } = buildStoryWithFacts(readStory(path), { seed });
		const { items, ...meta } = set;
		const out = {
			...meta,
			count: items.length,
			questions: items,
			facts,
			dropped: dropped.map((d) => ({ id: d.item.id, prompt: d.item.prompt, problems: d.problems }))
		};
		console.log(JSON.stringify(out, null, 2));
		return 0;
	}
	const id = basename(path).replace(/\.[^.]+$/, '');
	const questions = questionsFromArticle(readFileSync(path, 'utf8'), { id, seed, ...flags });
	console.log(JSON.stringify({ article: id, count: questions.length, questions }, null, 2));
	return 0;
}

function main(args: string[]): number {
	const rest = [...args];
	// "--name value" options; what remains is the target (or --check).
	const option = (name: string): string | undefined => {
		const at = rest.indexOf(name);
		return at >= 0 ? rest.splice(at, 2)[1] : undefined;
	};
	const seed = option('--seed') ?? '';
	const published = option('--published');
	const source = option('--source');
	if (rest.includes('--check')) return check();
	const target = rest.find((a) => !a.startsWith('--'));
	if (!target) {
		console.error(
			'usage: npm run --silent questions -- <article.md | story-folder> [--seed S] | --check'
		);
		return 2;
	}
	if (!existsSync(target)) {
		console.error(`${target}: no such file or folder`);
		return 2;
	}
	try {
		return show(target, seed, {
			...(published ? { published } : {}),
			...(source ? { source } : {})
		});
	} catch (err) {
		console.error(err instanceof ContentError || err instanceof Error ? err.message : String(err));
		return 1;
	}
}

process.exitCode = main(process.argv.slice(2));
