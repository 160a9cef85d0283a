/**
 * The blind review of generated questions (see REVIEW.md in the README's "Judging quality").
 *   npm run --silent review -- packet <folder> --out <dir> [--per 5] [--seed review]
 *     writes <dir>/packet.md: each article of <folder>, then its whole set as a student sees it
 *     (answers after each item), with a fixed-seed sample of items marked for a verdict.
 *   npm run --silent review -- tally <dir>/verdicts.json
 *     prints acceptable / minor / reject overall and per question type, and every reject.
 * verdicts.json is what the reviewer writes: [{ "id", "article", "type", "verdict", "reason" }].
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { questionsFromArticle } from '../src/lib/pipeline/questions/index';
import { shuffle } from '../src/lib/pipeline/random';
import type { Item } from '../src/lib/pipeline/schema';

const LETTERS = 'ABCDEFGH';

function studentView(item: Item, seed: string): string[] {
	const lines = [item.prompt];
	if (item.format === 'choice')
		(item.options ?? []).forEach((o, i) => lines.push(`   ${LETTERS[i]}. ${o}`));
	if (item.format === 'number')
		lines.push(`   (type a number${item.unit ? ` in ${item.unit}` : ''})`);
	if (item.format === 'text') lines.push('   (type the answer)');
	if (item.format === 'match') {
		lines.push(`   left:  ${(item.pairs ?? []).map((p) => p.left).join(' | ')}`);
		const rights = shuffle(
			(item.pairs ?? []).map((p) => p.right),
			seed
		);
		lines.push(`   right: ${rights.join(' | ')}`);
	}
	if (item.format === 'order') lines.push(`   steps: ${(item.options ?? []).join(' | ')}`);
	return lines;
}

function answerView(item: Item): string[] {
	const answer =
		item.format === 'match'
			? (item.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join('; ')
			: item.format === 'order'
				? (item.sequence ?? []).join(' → ')
				: item.answer;
	return [
		`   ANSWER: ${answer}${item.tolerance ? ` (±${item.tolerance})` : ''}`,
		`   EXPLANATION: ${item.explanation}`,
		...item.citations.map((c) => `   SOURCE (${c.outlet || 'no outlet'}): ${c.sentence}`)
	];
}

/** `per` items of the set, spread over its question types first, the same for the same seed. */
function sample(items: Item[], per: number, seed: string): Set<string> {
	const byType = new Map<string, Item[]>();
	for (const item of shuffle(items, seed))
		byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
	const picked: string[] = [];
	while (picked.length < Math.min(per, items.length))
		for (const list of byType.values()) {
			const next = list.shift();
			if (next && picked.length < per) picked.push(next.id);
		}
	return new Set(picked);
}

function packet(folder: string, out: string, per: number, seed: string): void {
	const files = readdirSync(folder)
		.filter((f) => f.endsWith('.md'))
		.sort();
	const doc: string[] = [];
	let sampled = 0;
	for (const [n, file] of files.entries()) {
		const text = readFileSync(join(folder, file), 'utf8');
		const id = basename(file, '.md');
		const items = questionsFromArticle(text, { id, seed });
		const chosen = sample(items, per, `${seed}:${id}`);
		sampled += chosen.size;
		doc.push(
			`# Article ${n + 1}: ${id}`,
			'',
			text.trim(),
			'',
			`## The set (${items.length} items)`,
			''
		);
		for (const [i, item] of items.entries()) {
			const mark = chosen.has(item.id) ? '  [VERDICT NEEDED]' : '';
			doc.push(`### ${i + 1}. id ${item.id} · type ${item.type} · ${item.format}${mark}`);
			doc.push(...studentView(item, `${seed}:${item.id}`), ...answerView(item), '');
		}
	}
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'packet.md'), doc.join('\n'));
	console.log(
		`${files.length} articles, ${sampled} items marked for a verdict → ${join(out, 'packet.md')}`
	);
}

interface Verdict {
	id: string;
	article: string;
	type: string;
	verdict: 'acceptable' | 'minor' | 'reject';
	reason?: string;
	wrongAnswer?: boolean;
}

function tally(path: string): void {
	const verdicts = JSON.parse(readFileSync(path, 'utf8')) as Verdict[];
	const pct = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0} %`;
	const line = (label: string, list: Verdict[]) => {
		const count = (v: Verdict['verdict']) => list.filter((x) => x.verdict === v).length;
		console.log(
			`${label.padEnd(18)} ${String(list.length).padStart(3)} items  acceptable ${pct(count('acceptable'), list.length)}  minor ${pct(count('minor'), list.length)}  reject ${pct(count('reject'), list.length)}`
		);
	};
	line('all', verdicts);
	for (const type of [...new Set(verdicts.map((v) => v.type))].sort())
		line(
			type,
			verdicts.filter((v) => v.type === type)
		);
	console.log(
		`articles: ${new Set(verdicts.map((v) => v.article)).size}, wrong answers: ${verdicts.filter((v) => v.wrongAnswer).length}`
	);
	for (const v of verdicts.filter((x) => x.verdict === 'reject'))
		console.log(`  reject ${v.article} ${v.id}: ${v.reason ?? ''}`);
}

const [command, target, ...rest] = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const at = rest.indexOf(name);
	return at >= 0 ? (rest[at + 1] ?? fallback) : fallback;
};
if (command === 'packet' && target)
	packet(
		target,
		option('--out', 'review'),
		Number(option('--per', '5')),
		option('--seed', 'review')
	);
else if (command === 'tally' && target) tally(target);
else {
	console.error(
		'usage: review packet <folder> --out <dir> [--per 5] [--seed S] | review tally <verdicts.json>'
	);
	process.exitCode = 2;
}
