/**
 * What is wrong with a question a teacher edited or wrote, in words that name the field
 * ("Option 2 is the same as option 1"). The editor shows these next to the form; the store
 * refuses an item that has any, so nothing broken is ever saved.
 */
import * as v from 'valibot';
import { ItemSchema, type Item } from '$lib/pipeline/schema';
import { describeIssue } from '$lib/db/issues';

/** Options and steps are compared as a player would read them: case and spacing ignored. */
const same = (a: string, b: string) =>
	a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Option 3 is empty", "Option 3 is the same as option 1", for any list of entries. */
function listProblems(entries: readonly string[], name: string, min: number, max: number) {
	const problems: string[] = [];
	if (entries.length < min) problems.push(`Give at least ${min} ${name}s.`);
	if (entries.length > max) problems.push(`Give at most ${max} ${name}s.`);
	entries.forEach((entry, i) => {
		const label = `${name[0]!.toUpperCase()}${name.slice(1)} ${i + 1}`;
		if (!entry.trim()) return problems.push(`${label} is empty.`);
		const first = entries.findIndex((other) => same(other, entry));
		if (first < i) problems.push(`${label} is the same as ${name} ${first + 1}.`);
	});
	return problems;
}

export function checkItem(item: Item): string[] {
	const problems: string[] = [];
	if (!item.prompt.trim()) problems.push('Question is empty.');
	switch (item.format) {
		case 'choice': {
			const options = item.options ?? [];
			problems.push(...listProblems(options, 'option', 2, 8));
			if (item.answer.trim() && !options.includes(item.answer))
				problems.push('Answer is not one of the options.');
			if (!item.answer.trim()) problems.push('Choose which option is the answer.');
			break;
		}
		case 'number':
			if (!item.answer.trim() || !Number.isFinite(Number(item.answer)))
				problems.push(`Answer is not a number: “${item.answer}”.`);
			if (!(Number.isFinite(item.tolerance) && (item.tolerance ?? -1) >= 0))
				problems.push('Tolerance must be a number, 0 or more.');
			break;
		case 'text':
			if (!item.answer.trim()) problems.push('Answer is empty.');
			break;
		case 'match': {
			const pairs = item.pairs ?? [];
			problems.push(
				...listProblems(
					pairs.map((p) => p.left),
					'left side',
					2,
					6
				)
			);
			problems.push(
				...listProblems(
					pairs.map((p) => p.right),
					'right side',
					2,
					6
				)
			);
			break;
		}
		case 'order':
			problems.push(...listProblems(item.sequence ?? [], 'step', 2, 6));
			break;
	}
	if (problems.length) return problems;
	// Lengths and the rest of the shape: the schema every stored or shared item must fit.
	const parsed = v.safeParse(ItemSchema, item);
	return parsed.success ? [] : parsed.issues.map((issue) => describeIssue(issue));
}
