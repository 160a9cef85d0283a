/**
 * What every importer reads a file into: questions with the line they start on, and problems
 * with the line they are on, so a teacher can find and fix them in the file.
 */
export interface ParsedQuestion {
	line: number;
	format: 'choice' | 'number' | 'text' | 'match';
	prompt: string;
	answer: string;
	options?: string[];
	accept?: string[];
	tolerance?: number;
	pairs?: { left: string; right: string }[];
	explanation?: string;
}

export interface LineProblem {
	line: number;
	message: string;
}

export interface ParseResult {
	questions: ParsedQuestion[];
	errors: LineProblem[];
}

/** "line 12: a question needs a right answer (=)" */
export function describeProblem(problem: LineProblem): string {
	return `line ${problem.line}: ${problem.message}`;
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
	return line;
}
