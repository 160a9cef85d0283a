/**
 * Link length and QR size before (version 1: JSON, base64url, byte mode) and after (version 2:
 * binary, dictionary deflate, base41 in alphanumeric mode) for ten questions drawn from each
 * real report that yields ten. Run: npm run --silent bench:link
 */
import { readdirSync } from 'node:fs';
import { buildShareUrl } from '../src/lib/share/link';
import { jsonLink, ORIGIN, pastedQuiz, qrOf } from '../src/lib/share/linkFigures.testkit';

/** Modules across and the QR version, or "none" past the largest QR code. */
function qrSize(text: string, bytesOnly = false): string {
	try {
		const code = qrOf(text, bytesOnly);
		return `${code.modules.size} (v${code.version})`;
	} catch {
		return 'none';
	}
}

const ROOT = 'tests/fixtures/real';
const rows: string[][] = [['report', 'link before', 'link after', 'QR before', 'QR after']];
for (const folder of readdirSync(ROOT)) {
	for (const file of readdirSync(`${ROOT}/${folder}`).filter((f) => f.endsWith('.md'))) {
		const quiz = pastedQuiz(`${ROOT}/${folder}/${file}`, 10);
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
	}
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
