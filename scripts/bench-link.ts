/**
 * Link length and QR size before (version 1: JSON, base64url, byte mode) and after (version 2:
 * binary, dictionary deflate, base41 in alphanumeric mode) for ten questions drawn from each
 * real report that yields ten; then where the bytes of those links go: what each field adds to
 * the deflated payload (the payload less the same quiz with that field blanked). Fields overlap
 * (a prompt repeats its sentence), so they add up to less than the whole.
 * Run: npm run --silent bench:link
 */
import { readdirSync } from 'node:fs';
import type { Item } from '../src/lib/pipeline/schema';
import { deflateWithDictionary } from '../src/lib/share/codec';
import { LINK_DICTIONARY } from '../src/lib/share/dictionary';
import { buildShareUrl } from '../src/lib/share/link';
import { jsonLink, ORIGIN, pastedQuiz, qrOf } from '../src/lib/share/linkFigures.testkit';
import { quizToBytes } from '../src/lib/share/packed';
import type { ShareQuizContent } from '../src/lib/share/quiz';

/** Modules across and the QR version, or "none" past the largest QR code. */
function qrSize(text: string, bytesOnly = false): string {
	try {
		const code = qrOf(text, bytesOnly);
		return `${code.modules.size} (v${code.version})`;
	} catch {
		return 'none';
	}
}

type Blank = (item: Item, n: number) => Partial<Item>;
const FIELDS: [string, Blank][] = [
	['ids', (item, n) => ({ id: `${item.type}-${n}` })],
	['prompts', (_, n) => ({ prompt: `p${n}` })],
	['answers, options', (item, n) => blankChoices(item, n)],
	['explanations', (_, n) => ({ explanation: `e${n}` })],
	[
		'cited sentences',
		(item) => ({
			citations: item.citations.map((c, k) => ({ ...c, sentence: `s${k}`, end: c.start + 2 }))
		})
	],
	[
		'the three together',
		(item, n) => ({
			prompt: `p${n}`,
			explanation: `e${n}`,
			citations: item.citations.map((c, k) => ({ ...c, sentence: `s${k}`, end: c.start + 2 }))
		})
	],
	[
		'citation offsets',
		(item) => ({
			citations: item.citations.map((c) => ({ ...c, start: 0, end: c.sentence.length }))
		})
	]
];
function blankChoices(item: Item, n: number): Partial<Item> {
	const options = item.options?.map((_, k) => `o${k}`);
	const answer =
		options?.[item.options!.indexOf(item.answer)] ?? (item.format === 'number' ? '1' : `a${n}`);
	return {
		answer,
		options,
		sequence: item.sequence && options,
		pairs: item.pairs?.map((_, k) => ({ left: `l${k}`, right: `r${k}` }))
	};
}
const payloadBytes = async (quiz: ShareQuizContent) =>
	(await deflateWithDictionary(quizToBytes(quiz), LINK_DICTIONARY)).length;
/** What a field adds to the payload, in bytes after deflate. */
async function fieldBytes(quiz: ShareQuizContent): Promise<[string, number][]> {
	if (quiz.source.kind !== 'inline') return [];
	const { set } = quiz.source;
	const whole = await payloadBytes(quiz);
	const blanked = (items: Item[]): ShareQuizContent => ({
		...quiz,
		source: { kind: 'inline', set: { ...set, items } }
	});
	const rows: [string, number][] = [['whole payload', whole]];
	for (const [name, blank] of FIELDS)
		rows.push([
			name,
			whole -
				(await payloadBytes(blanked(set.items.map((item, n) => ({ ...item, ...blank(item, n) })))))
		]);
	const titles: ShareQuizContent = {
		...quiz,
		title: 't',
		source: {
			kind: 'inline',
			set: { ...set, title: 't', sources: set.sources.map((source) => ({ ...source, title: 't' })) }
		}
	};
	rows.push(['titles', whole - (await payloadBytes(titles))]);
	return rows;
}

const ROOT = 'tests/fixtures/real';
const fields: [string, [string, number][]][] = [];
const rows: string[][] = [['report', 'link before', 'link after', 'QR before', 'QR after']];
for (const folder of readdirSync(ROOT)) {
	for (const file of readdirSync(`${ROOT}/${folder}`).filter((f) => f.endsWith('.md'))) {
		let quiz: ShareQuizContent;
		try {
			quiz = pastedQuiz(`${ROOT}/${folder}/${file}`, 10);
		} catch {
			continue; // a report with nothing to ask: no quiz to link
		}
		if (quiz.source.kind !== 'inline' || quiz.source.set.items.length < 10) continue;
		const built = await buildShareUrl(ORIGIN, quiz, '/play');
		if (!built.ok) throw new Error(built.message);
		const before = await jsonLink(quiz);
		rows.push([
			file.replace(/\.md$/, ''),
			String(before.length),
			String(built.length),
			qrSize(before, true),
			qrSize(built.url)
		]);
		fields.push([file.replace(/\.md$/, ''), await fieldBytes(quiz)]);
	}
}
function print(table: string[][]) {
	const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
	for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
print(rows);
console.log('\nbytes each field adds to the payload (after deflate; 1.5 link characters a byte)');
print([
	['field', ...fields.map(([report]) => report)],
	...fields[0]![1].map(([name], i) => [name, ...fields.map(([, list]) => String(list[i]![1]))])
]);
