/**
 * A quiz made as a teacher makes one: a report pasted on Make a quiz, then "A random 10" on the
 * share form. No file access, so browser specs use it too (with the report imported `?raw`).
 */
import { handleRequest } from '$lib/pipeline/paste/handle';
import { composeQuiz } from './compose';
import type { ShareQuizContent } from './quiz';

/** `report` is a file of tests/fixtures/real: front matter, then the article as pasted. */
export function reportQuiz(report: string, count = 10, name = 'report'): ShareQuizContent {
	const text = report.replace(/^---[\s\S]*?\n---\n/, '').trim();
	const published = /^published: (\S+)/m.exec(report)?.[1] ?? '';
	const outlet = /^source: (.*)/m.exec(report)?.[1]?.trim();
	const made = handleRequest({ id: 1, text, published, outlet });
	if (!made.ok) throw new Error(`${name}: ${made.message}`);
	return composeQuiz(
		made.set,
		false,
		{ which: 'draw', count, seed: 7, picked: [], edits: {} },
		{ title: made.set.title, message: '', mode: 'practice', reveal: true }
	);
}
