/**
 * QR codes for quiz links and result codes. The SVG comes from the qrcode library and contains
 * only paths drawn from our own encoded text; pages show it as an <img> data URL, never as HTML.
 */
import QRCode, { type QRCodeSegment } from 'qrcode';

/** Long links need level L to stay in one (scannable) code; short texts get M's extra repair. */
function level(text: string): 'L' | 'M' {
	return text.length > 1000 ? 'L' : 'M';
}

/** What QR alphanumeric mode holds: 5.5 bits a character instead of 8. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

/**
 * A version-2 quiz link as two segments: the address (lower case, so byte mode) and the payload
 * after `#q=` in alphanumeric mode, which is what makes its QR code about a fifth smaller than
 * the same link in byte mode. Any other text goes as it is, and the library picks its modes.
 */
export function qrSegments(text: string): string | QRCodeSegment[] {
	const at = text.indexOf('#q=') + 3;
	const payload = text.slice(at);
	if (at < 3 || !ALPHANUMERIC.test(payload)) return text;
	return [
		{ data: new TextEncoder().encode(text.slice(0, at)), mode: 'byte' },
		{ data: payload, mode: 'alphanumeric' }
	];
}

export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(qrSegments(text), {
		type: 'svg',
		errorCorrectionLevel: level(text),
		margin: 4
	});
}

/** The modules as rows of booleans (true = dark), without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
	const { modules } = QRCode.create(qrSegments(text), { errorCorrectionLevel: level(text) });
	return Array.from({ length: modules.size }, (_, row) =>
		Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1)
	);
}
