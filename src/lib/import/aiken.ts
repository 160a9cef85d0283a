/**
 * Aiken, as Moodle reads it: a question on one line, options "A. text" or "A) text", then
 * "ANSWER: X". Blank lines between questions are optional.
 */
import type { LineProblem, ParsedQuestion, ParseResult } from './parsed';

const OPTION = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*([A-Z]?)\s*$/i;

export function parseAiken(text: string): ParseResult {
	const questions: ParsedQuestion[] = [];
	const errors: LineProblem[] = [];
	let current: { line: number; prompt: string; options: string[] } | null = null;

	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		const text = raw.trim();
		if (!text) return;
		const option = OPTION.exec(text);
		const answer = ANSWER.exec(text);
		if (!current) {
			if (answer || option) {
				errors.push({ line, message: 'an option or ANSWER: line comes before any question' });
			} else current = { line, prompt: text, options: [] };
			return;
		}
		if (option) {
			const expected = String.fromCharCode(65 + current.options.length);
			if (option[1] !== expected) {
				errors.push({
					line,
					message: `option ${option[1]} is out of order: expected ${expected}.`
				});
			}
			current.options.push(option[2]!.trim());
		} else if (answer) {
			const letter = answer[1]!.toUpperCase();
			const chosen = letter ? current.options[letter.charCodeAt(0) - 65] : undefined;
			if (current.options.length < 2) {
				errors.push({
					line: current.line,
					message: 'a question needs at least two options (A. and B.)'
				});
			} else if (!letter) {
				errors.push({ line, message: 'ANSWER: names no letter' });
			} else if (chosen === undefined) {
				const last = String.fromCharCode(64 + current.options.length);
				errors.push({
					line,
					message: `ANSWER: ${letter} is not an option (the options are A–${last})`
				});
			} else if (new Set(current.options).size < current.options.length) {
				errors.push({ line: current.line, message: 'two options have the same text' });
			} else {
				questions.push({
					line: current.line,
					format: 'choice',
					prompt: current.prompt,
					answer: chosen,
					options: current.options
				});
			}
			current = null;
		} else if (current.options.length === 0) {
			errors.push({
				line,
				message: 'Aiken questions are one line: this line is neither an option (A. …) nor ANSWER:'
			});
		} else {
			errors.push({ line, message: 'expected the next option or an ANSWER: line' });
		}
	});
	if (current) {
		const open = current as { line: number };
		errors.push({ line: open.line, message: 'this question has no ANSWER: line' });
	}
	return { questions, errors };
}
