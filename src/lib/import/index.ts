/**
 * A quiz file (GIFT, Aiken or CSV) into a new Factdeck quiz. Nothing is saved unless every
 * question reads: a file with problems gives them all, by line, and changes nothing.
 */
import * as v from 'valibot';
import { QuestionSetSchema, type Item, type QuestionSet } from '$lib/pipeline/schema';
import { parseAiken } from './aiken';
import { parseCsv } from './csv';
import { parseGift } from './gift';
import { describeProblem, type ParsedQuestion, type ParseResult } from './parsed';

export type ImportFormat = 'gift' | 'aiken' | 'csv';

export const IMPORT_FORMATS: Record<ImportFormat, string> = {
	gift: 'Moodle GIFT',
	aiken: 'Aiken',
	csv: 'CSV (question, answer, wrong answers)'
};

export type ImportOutcome = { ok: true; set: QuestionSet } | { ok: false; problems: string[] };

/** The format from the file name, else from what the text looks like. */
export function guessFormat(name: string, text: string): ImportFormat {
	const ext = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
	if (ext === 'gift') return 'gift';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (/^\s*ANSWER:\s*[A-Z]\s*$/im.test(text)) return 'aiken';
	if (/\{[^}]*[=~#TF]/.test(text) || /^\s*::/m.test(text)) return 'gift';
	return 'csv';
}

const PARSERS: Record<ImportFormat, (text: string) => ParseResult> = {
	gift: parseGift,
	aiken: parseAiken,
	csv: parseCsv
};

/** A short stable hash, so importing the same file twice gives the same ids. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}

function toItem(q: ParsedQuestion, index: number, article: string, fileName: string): Item {
	const isTrueFalse = q.format === 'choice' && q.options?.join() === 'True,False';
	return {
		id: `imported-${index + 1}`,
		type: isTrueFalse ? 'true-false' : 'written',
		format: q.format,
		prompt: q.prompt,
		answer: q.answer,
		...(q.options && { options: q.options }),
		...(q.accept?.length && { accept: q.accept }),
		...(q.format === 'number' && { tolerance: q.tolerance ?? 0 }),
		...(q.pairs && { pairs: q.pairs }),
		explanation: q.explanation ?? '',
		// The player shows where each answer comes from: here, the teacher's own file.
		citations: [
			{
				article,
				outlet: '',
				sentence: `Imported from ${fileName}, line ${q.line}.`,
				start: 0,
				end: 0
			}
		]
	};
}

export function importQuiz(
	fileName: string,
	text: string,
	{ format = guessFormat(fileName, text), today = new Date().toISOString().slice(0, 10) } = {}
): ImportOutcome {
	const { questions, errors } = PARSERS[format](text);
	if (errors.length) return { ok: false, problems: errors.map(describeProblem) };
	if (!questions.length) {
		return {
			ok: false,
			problems: [`no questions found: is this a ${IMPORT_FORMATS[format]} file?`]
		};
	}
	const title =
		fileName
			.replace(/\.[a-z]+$/i, '')
			.replace(/[_-]+/g, ' ')
			.trim() || 'Imported quiz';
	const id = `import-${hash(text)}`;
	const candidate: QuestionSet = {
		id,
		title: title.slice(0, 300),
		date: today,
		summary: `${questions.length} questions imported from ${fileName} (${IMPORT_FORMATS[format]}).`,
		tags: ['imported'],
		sources: [{ article: id, outlet: '', title: fileName.slice(0, 300), published: today }],
		items: questions.map((q, i) => toItem(q, i, id, fileName))
	};
	const parsed = v.safeParse(QuestionSetSchema, candidate);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.map((issue) => {
				const index = issue.path?.find((p) => p.key === 'items')
					? Number(issue.path[2]?.key ?? -1)
					: -1;
				const where = index >= 0 ? `line ${questions[index]?.line}: ` : '';
				return `${where}${issue.message}`;
			})
		};
	}
	return { ok: true, set: parsed.output };
}
