/**
 * What the link figures are measured on, shared by realLink.spec.ts and scripts/bench-link.ts:
 * a quiz made as a teacher makes one (a real report pasted on Make a quiz, then "A random 10"
 * on the share form), the link that quiz had in version 1, and a QR code drawn as pixels.
 */
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { deflate, shortHash, toBase64Url } from './codec';
import { qrSegments } from './qr';
import { reportQuiz } from './reportQuiz.testkit';
import type { ShareQuizContent } from './quiz';
import { quizToWire } from './wire';

export const ORIGIN = 'https://factdeck.example.org';

/** A report from tests/fixtures/real pasted on Make a quiz, and `count` of its questions drawn. */
export function pastedQuiz(path: string, count = 10): ShareQuizContent {
	return reportQuiz(readFileSync(path, 'utf8'), count, path);
}

/** The link version 1 made for a quiz: JSON, deflate-raw, base64url. */
export async function jsonLink(quiz: ShareQuizContent): Promise<string> {
	const body = '1' + toBase64Url(await deflate(JSON.stringify(quizToWire(quiz))));
	return `${ORIGIN}/play#q=${body}${await shortHash(body, 6)}`;
}

/** The QR code of a text as the app draws it (qr.ts), or the one version 1 drew (all bytes). */
export function qrOf(text: string, bytesOnly = false) {
	const level = text.length > 1000 ? 'L' : 'M';
	return QRCode.create(
		bytesOnly
			? [{ data: new TextEncoder().encode(text), mode: 'byte' as const }]
			: qrSegments(text),
		{
			errorCorrectionLevel: level
		}
	);
}

/**
 * The code drawn `size` pixels square with its 4-module quiet zone, each pixel the share of
 * dark it covers: what a camera's sensor makes of a code that is not on its pixel grid.
 */
export function renderQr(
	modules: { size: number; get(row: number, col: number): number },
	size: number
) {
	const across = modules.size + 8;
	const perPixel = across / size;
	const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const [x0, x1, y0, y1] = [x * perPixel, (x + 1) * perPixel, y * perPixel, (y + 1) * perPixel];
			let dark = 0;
			for (let row = Math.floor(y0); row < y1; row++)
				for (let col = Math.floor(x0); col < x1; col++) {
					const [r, c] = [row - 4, col - 4];
					if (r < 0 || c < 0 || r >= modules.size || c >= modules.size || !modules.get(r, c))
						continue;
					dark +=
						(Math.min(x1, col + 1) - Math.max(x0, col)) *
						(Math.min(y1, row + 1) - Math.max(y0, row));
				}
			const at = (y * size + x) * 4;
			pixels.fill(255 - Math.round((255 * dark) / perPixel ** 2), at, at + 3);
		}
	return pixels;
}
