/**
 * Part of `npm run eval`: coverage of gold teacher questions (the `teacher` array of each x.json)
 * by the question set generated from x.md, per article and overall.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { questionsFromArticle } from '../src/lib/pipeline/questions/index';
import { coverageOf, type TeacherQuestion } from '../src/lib/pipeline/questions/coverage';

const pct = (a: number, b: number): string => `${b ? ((a / b) * 100).toFixed(0) : '-'} %`;

export function printCoverage(dirs: string[], verbose = false): void {
	let covered = 0;
	let total = 0;
	console.log('COVERAGE OF GOLD TEACHER QUESTIONS');
	for (const dir of dirs.filter((d) => existsSync(d))) {
		for (const file of readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.sort()) {
			const goldPath = `${dir}/${file.replace(/\.md$/, '.json')}`;
			if (!existsSync(goldPath)) continue;
			const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { teacher?: TeacherQuestion[] };
			if (!gold.teacher?.length) continue;
			const id = file.replace(/\.md$/, '');
			const items = questionsFromArticle(readFileSync(`${dir}/${file}`, 'utf8'), { id });
			const c = coverageOf(items, gold.teacher);
			covered += c.covered;
			total += c.total;
			console.log(
				`  ${id.padEnd(48)} ${String(c.covered).padStart(2)}/${c.total}  ${pct(c.covered, c.total).padStart(5)}  (${items.length} items)`
			);
			if (verbose)
				for (const d of c.details)
					console.log(
						`      ${d.item ? 'yes' : 'no '}  [${d.teacher.kind ?? ''}] ${d.teacher.question}`
					);
		}
	}
	console.log(`  ALL ${String(covered).padStart(50)}/${total}  ${pct(covered, total)}`);
}
