import { describe, it, expect } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix, qrSvg } from './qr';
import { buildShareUrl } from './link';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';

/** Draw the modules black on white, 4 px each, with a 4-module quiet zone, as RGBA pixels. */
function rasterise(matrix: boolean[][], scale = 4, quiet = 4) {
	const size = (matrix.length + 2 * quiet) * scale;
	const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
	matrix.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (!dark) return;
			for (let y = 0; y < scale; y++)
				for (let x = 0; x < scale; x++) {
					const at = (((r + quiet) * scale + y) * size + (c + quiet) * scale + x) * 4;
					pixels.fill(0, at, at + 3);
				}
		})
	);
	return { pixels, size };
}

describe('QR codes', () => {
	it('decode back to exactly the quiz link', async () => {
		const built = await buildShareUrl('https://factdeck.example.org', {
			title: 'Security Council quiz',
			message: 'Good luck',
			mode: 'practice',
			reveal: true,
			source: {
				kind: 'set',
				setId: sampleSet.id,
				itemIds: sampleSet.items.map((item) => item.id),
				edited: sampleSet.items.slice(0, 3)
			}
		});
		if (!built.ok) throw new Error('link too long');
		expect(built.url.length).toBeGreaterThan(1000);
		const { pixels, size } = rasterise(qrMatrix(built.url));
		expect(jsQR(pixels, size, size)?.data).toBe(built.url);
	});

	it('draws an SVG with no script or text from the link in it', async () => {
		const svg = await qrSvg('https://factdeck.example.org/play/#q=1<script>');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).not.toMatch(/script|<text|factdeck/i);
	});
});
