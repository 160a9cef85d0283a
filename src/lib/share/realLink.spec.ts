import { describe, it, expect } from 'vitest';
import jsQR from 'jsqr';
import { buildShareUrl, decodeShareLink, MAX_URL_LENGTH } from './link';
import { jsonLink, ORIGIN, pastedQuiz, qrOf, renderQr } from './linkFigures.testkit';

// A real press release (public domain), pasted on Make a quiz; the share form's default draw.
const REPORT = 'tests/fixtures/real/blind/b-ftc-noncompete-rule.md';
const quiz = pastedQuiz(REPORT, 10);

/** The projector view draws the code 80 % of a 1080-pixel screen's height. */
const PROJECTOR = 864;

describe('a link for ten questions made from a pasted report', { timeout: 60_000 }, () => {
	it('is shorter than it was, and its QR code has far fewer modules', async () => {
		const built = await buildShareUrl(ORIGIN, quiz, '/play');
		if (!built.ok) throw new Error(built.message);
		const before = await jsonLink(quiz);
		const [oldCode, newCode] = [qrOf(before, true), qrOf(built.url)];
		console.log(
			`10 questions: link ${before.length} -> ${built.length} characters, ` +
				`QR ${oldCode.modules.size} -> ${newCode.modules.size} modules across ` +
				`(version ${oldCode.version} -> ${newCode.version})`
		);
		expect(quiz.source.kind === 'inline' && quiz.source.set.items).toHaveLength(10);
		expect(built.length).toBeLessThan(before.length * 0.92);
		expect(newCode.modules.size).toBeLessThan(oldCode.modules.size * 0.85);
		const decoded = await decodeShareLink(built.url);
		expect(decoded).toEqual({ ok: true, quiz: { ...quiz, id: expect.any(String) } });
	});

	// A comparison with version 1 on an idealised camera (renderQr). The projector test of issue
	// #11 itself (the code as the share page draws it, at a quarter of its size, at every size
	// near 216 px) is QrCode.browser.spec.ts, and ten pasted questions do not pass it yet: ten
	// such questions hold ~1,300 characters of sentences that deflate, even with the dictionary,
	// keeps at ~650 bytes (~970 characters) before anything else (npm run bench:link).
	it('has a QR code that reads at a quarter of its projector size, as the old one did not', async () => {
		const built = await buildShareUrl(ORIGIN, quiz, '/play');
		if (!built.ok) throw new Error(built.message);
		const before = await jsonLink(quiz);
		// jsQR reads a blurred code at some sizes and not at the next (where the module grid falls
		// on the pixels): so the measure is the smallest size it reads, and how often it reads.
		const sizes = Array.from({ length: 76 }, (_, i) => 180 + 4 * i);
		const reads = (text: string, code: ReturnType<typeof qrOf>) =>
			sizes.filter((size) => jsQR(renderQr(code.modules, size), size, size)?.data === text);
		const [now, then] = [reads(built.url, qrOf(built.url)), reads(before, qrOf(before, true))];
		console.log(
			`reads at ${now.length} of ${sizes.length} sizes from 180 to 480 px (was ${then.length}), ` +
				`the smallest ${now[0]} px (was ${then[0]})`
		);
		expect(now[0]).toBeLessThanOrEqual(PROJECTOR / 4);
		expect(then[0] ?? Infinity).toBeGreaterThan(PROJECTOR / 4);
		// How often depends on the questions drawn (a generator change moved it from 1.5x to 1.2x).
		expect(now.length).toBeGreaterThan(then.length);
	});

	it('is offered whatever the length: all questions of a long report, with the file flag', async () => {
		const all = pastedQuiz('tests/fixtures/real/unseen/epa-lead-pipes-final-rule.md', 100);
		const built = await buildShareUrl(ORIGIN, all, '/play');
		expect(built).toMatchObject({ ok: true, long: true });
		if (!built.ok) return;
		expect(built.length).toBeGreaterThan(MAX_URL_LENGTH);
		expect((await decodeShareLink(built.url)).ok).toBe(true);
	});
});
