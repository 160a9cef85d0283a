/**
 * QR codes for quiz links and result codes. The SVG comes from the qrcode library and contains
 * only paths drawn from our own encoded text; pages show it as an <img> data URL, never as HTML.
 */
import QRCode from 'qrcode';

/** Long links need level L to stay in one (scannable) code; short texts get M's extra repair. */
function level(text: string): 'L' | 'M' {
	return text.length > 1000 ? 'L' : 'M';
}

export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: level(text), margin: 4 });
}

/** The modules as rows of booleans (true = dark), without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: level(text) });
	return Array.from({ length: modules.size }, (_, row) =>
		Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1)
	);
}
