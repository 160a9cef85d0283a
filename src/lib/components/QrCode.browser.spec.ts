/**
 * The projector test of issue #11: the QR code as the share page shows it ("Show large for a
 * projector" on a 1080-pixel screen), drawn at a quarter of that size, as a phone 3 m from the
 * screen sees it, must read with jsQR.
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import jsQR from 'jsqr';
import QrCode from './QrCode.svelte';
import { show } from './quiz/testing';
import { buildShareUrl } from '$lib/share/link';
import type { ShareQuizContent } from '$lib/share/quiz';
import { reportQuiz } from '$lib/share/reportQuiz.testkit';
import report from '../../../tests/fixtures/real/blind/b-ftc-noncompete-rule.md?raw';

/** The projector image drawn `size` pixels square by the browser, as the phone's camera gets it. */
function pixelsAt(img: HTMLImageElement, size: number) {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.imageSmoothingQuality = 'high';
	context.drawImage(img, 0, 0, size, size);
	return context.getImageData(0, 0, size, size).data;
}

/** Each size from 20 px under to 20 px over a quarter of the projector view, and the ones that read. */
async function readsAtAQuarter(quiz: ShareQuizContent) {
	await page.viewport(1920, 1080);
	const built = await buildShareUrl('https://factdeck.example.org', quiz, '/play');
	if (!built.ok) throw new Error(built.message);
	show(QrCode, { text: built.url, label: 'QR code of the quiz link' });
	await page.getByRole('button', { name: 'Show large for a projector' }).click();
	const large = page.getByRole('dialog').getByRole('img');
	await expect.element(large).toBeVisible();
	const img = large.element() as HTMLImageElement;
	await img.decode();
	const quarter = Math.round(img.getBoundingClientRect().width / 4);
	expect(quarter).toBe(216);
	const sizes = Array.from({ length: 11 }, (_, i) => quarter - 20 + 4 * i);
	const reads = sizes.filter((size) => jsQR(pixelsAt(img, size), size, size)?.data === built.url);
	return { quarter, sizes, reads };
}

describe('the QR code of a quiz link, on a projector', () => {
	it('reads at a quarter of its size for a short link (a built-in set by reference)', async () => {
		const { sizes, reads } = await readsAtAQuarter({
			title: 'Security Council quiz',
			message: 'Read both reports first.',
			mode: 'practice',
			reveal: true,
			source: {
				kind: 'set',
				setId: '2025-01-un-security-council-north-korea',
				draw: { n: 10, seed: 7 }
			}
		});
		expect(reads).toEqual(sizes);
	});

	// The target of issue #11, not met: ten pasted questions make a link of ~1,900 characters and
	// a code of 121 modules, 1.7 px a module at 216 px; jsQR reads it at some sizes and not the
	// next. It reads at every size near 216 px only up to about 61 modules (a link of ~340
	// characters); 121 modules would need the projector view about twice as large.
	it.fails('reads at a quarter of its size for ten questions from a pasted report', async () => {
		const { sizes, reads } = await readsAtAQuarter(reportQuiz(report));
		expect(reads).toEqual(sizes);
	});
});
