/**
 * Moodle GIFT, the parts Factdeck can play: multiple choice (one = right answer), true/false,
 * numerical (#value:tolerance or #min..max), short answer (= answers only) and matching
 * (=left -> right). Comments, categories, titles, [format] tags and feedback are read; essay
 * and description questions, which have no answer to check, are reported by line.
 */
import { lineAt, type LineProblem, type ParsedQuestion, type ParseResult } from './parsed';

const ESCAPABLE = '~=#{}:\\';

/** Undoes GIFT escapes: \~ → ~, \n → line break. */
function unescape(text: string): string {
	return text
		.replace(/\\([~=#{}:\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c))
		.replace(/\s+/g, ' ')
		.trim();
}

/** Index of the first unescaped `char` at or after `from`, or -1. */
function findUnescaped(text: string, char: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\' && ESCAPABLE.includes(text[i + 1] ?? '')) i++;
		else if (text.startsWith(char, i)) return i;
	}
	return -1;
}

/** Splits at each unescaped character in `marks`, keeping the mark at the start of each piece. */
function splitMarks(text: string, marks: string): string[] {
	const pieces: string[] = [];
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\' && ESCAPABLE.includes(text[i + 1] ?? '')) i++;
		else if (marks.includes(text[i]!)) {
			if (start >= 0) pieces.push(text.slice(start, i));
			start = i;
		}
	}
	if (start >= 0) pieces.push(text.slice(start));
	return pieces;
}

/** An answer's own text, without per-answer feedback (#…) or a weight (%50%). */
function answerText(piece: string): { text: string; weight: number | null } {
	let body = piece.slice(1);
	const feedback = findUnescaped(body, '#');
	if (feedback >= 0) body = body.slice(0, feedback);
	const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(body);
	if (weight) body = body.slice(weight[0].length);
	return { text: unescape(body), weight: weight ? Number(weight[1]) : null };
}

type Answers = Omit<ParsedQuestion, 'line' | 'prompt'> | { error: string };

function readAnswers(raw: string): Answers {
	let body = raw;
	let explanation: string | undefined;
	const general = findUnescaped(body, '####');
	if (general >= 0) {
		explanation = unescape(body.slice(general + 4));
		body = body.slice(0, general);
	}
	const trimmed = body.trim();
	if (!trimmed) return { error: 'an essay question ({}) has no answer to check' };

	const tf = /^(T|TRUE|F|FALSE)\s*(#|$)/i.exec(trimmed);
	if (tf) {
		const answer = tf[1]!.toUpperCase().startsWith('T') ? 'True' : 'False';
		return { format: 'choice', answer, options: ['True', 'False'], explanation };
	}

	if (trimmed.startsWith('#')) {
		const first = splitMarks(trimmed.slice(1), '=')[0] ?? trimmed.slice(1);
		const value = (first.startsWith('=') ? answerText(first).text : unescape(first.split('#')[0]!))
			.replace(/^%\d+%/, '')
			.trim();
		const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(value);
		const point = /^(-?[\d.]+)(?:\s*:\s*([\d.]+))?$/.exec(value);
		if (range) {
			const [low, high] = [Number(range[1]), Number(range[2])];
			// toPrecision drops float noise: 3.13..3.15 is 3.14 ± 0.01, not 3.1399999999999997.
			const round = (n: number) => Number(n.toPrecision(12));
			return {
				format: 'number',
				answer: String(round((low + high) / 2)),
				tolerance: round(Math.abs(high - low) / 2),
				explanation
			};
		}
		if (point && Number.isFinite(Number(point[1]))) {
			return {
				format: 'number',
				answer: String(Number(point[1])),
				tolerance: Number(point[2] ?? 0),
				explanation
			};
		}
		return {
			error: `a numerical answer must be #value, #value:tolerance or #min..max, not "#${value}"`
		};
	}

	const pieces = splitMarks(trimmed, '=~');
	if (!pieces.length) return { error: 'a question needs a right answer (=)' };
	const rights = pieces.filter((p) => p.startsWith('='));
	const wrongs = pieces.filter((p) => p.startsWith('~'));

	if (rights.some((p) => findUnescaped(p, '->') >= 0)) {
		const pairs = rights.map((p) => {
			const arrow = findUnescaped(p, '->');
			return { left: unescape(p.slice(1, arrow)), right: unescape(p.slice(arrow + 2)) };
		});
		if (pairs.some((p) => !p.left || !p.right))
			return { error: 'each matching pair needs "=left -> right"' };
		if (pairs.length < 2 || pairs.length > 6)
			return { error: 'a matching question needs 2 to 6 pairs' };
		return {
			format: 'match',
			answer: pairs.map((p) => `${p.left}: ${p.right}`).join('; '),
			pairs,
			explanation
		};
	}

	const answers = pieces.map(answerText);
	if (wrongs.length === 0) {
		const texts = answers.map((a) => a.text).filter(Boolean);
		if (!texts.length) return { error: 'a question needs a right answer (=)' };
		return { format: 'text', answer: texts[0]!, accept: texts.slice(1), explanation };
	}
	// ~%100% marks a right answer too; partial credit has no place in a one-answer question.
	const right = pieces
		.map((p, i) => ({ p, a: answers[i]! }))
		.filter(({ p, a }) => p.startsWith('=') || (a.weight ?? 0) >= 100);
	if (right.length === 0) return { error: 'a question needs a right answer (=)' };
	if (right.length > 1)
		return { error: 'a choice question here takes one right answer (=), not several' };
	const options = answers.map((a) => a.text);
	if (options.some((o) => !o)) return { error: 'an answer is empty' };
	if (new Set(options).size < options.length) return { error: 'two answers have the same text' };
	return { format: 'choice', answer: right[0]!.a.text, options, explanation };
}

export function parseGift(input: string): ParseResult {
	const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	// Comment lines go, keeping their line breaks so offsets still give the right line.
	const clean = text
		.split('\n')
		.map((line) => (/^\s*\/\//.test(line) || /^\s*\$CATEGORY:/.test(line) ? '' : line))
		.join('\n');
	const questions: ParsedQuestion[] = [];
	const errors: LineProblem[] = [];
	const blocks = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
	for (const match of clean.matchAll(blocks)) {
		const block = match[0];
		if (!block.trim()) continue;
		const at = (offset: number) => lineAt(clean, match.index + offset);
		const problem = (offset: number, message: string) => errors.push({ line: at(offset), message });

		let rest = block;
		let skipped = 0;
		const title = /^\s*::((?:\\.|[^\\])*?)::/.exec(rest);
		for (const tag of [
			title,
			/^\s*\[(html|moodle|plain|markdown)\]/.exec(rest.slice(title?.[0].length ?? 0))
		]) {
			if (!tag) continue;
			skipped += tag[0].length;
			rest = rest.slice(tag[0].length);
		}

		const open = findUnescaped(rest, '{');
		if (open < 0) {
			problem(0, 'this question has no answers in { }');
			continue;
		}
		const close = findUnescaped(rest, '}', open + 1);
		if (close < 0) {
			problem(skipped + open, 'the { opened here is never closed with }');
			continue;
		}
		const before = rest.slice(0, open);
		const after = rest.slice(close + 1);
		if (findUnescaped(after, '{') >= 0) {
			problem(skipped + close + 1, 'only one set of answers { } per question');
			continue;
		}
		// "The {=sun} rises in the east." keeps a blank where the answers were.
		const prompt = unescape(after.trim() ? `${before} _____ ${after}` : before);
		if (!prompt) {
			problem(skipped + open, 'the question has no text before its answers');
			continue;
		}
		const answers = readAnswers(rest.slice(open + 1, close));
		if ('error' in answers) problem(skipped + open, answers.error);
		else
			questions.push({
				line: at(0),
				prompt,
				...answers,
				explanation: answers.explanation || undefined
			});
	}
	return { questions, errors };
}
