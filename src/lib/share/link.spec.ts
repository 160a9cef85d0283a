import { describe, it, expect } from 'vitest';
import { buildShareUrl, decodeShareLink, encodeShareLink, MAX_URL_LENGTH } from './link';
import {
	deflate,
	deflateWithDictionary,
	shortHash,
	shortHash36,
	toBase41,
	toBase64Url
} from './codec';
import { LINK_DICTIONARY } from './dictionary';
import { ByteWriter } from './bytes';
import { quizToBytes } from './packed';
import { makeShareQuiz, type ShareQuizContent } from './quiz';
import { resolveQuizItems } from './draw';
import { quizToWire } from './wire';
import type { Item } from '$lib/pipeline/schema';
import { sampleSet } from '../../../tests/fixtures/sample-quiz';
import madeInVersion2 from '../../../tests/fixtures/links/v2-ftc-noncompete-10.json';

const ORIGIN = 'https://factdeck.example.org';
const options = {
	title: 'Security Council quiz',
	message: 'Read both reports first. Good luck!',
	mode: 'test',
	timeLimitSec: 600,
	reveal: false
} as const;
const inline = (count: number): ShareQuizContent => ({
	...options,
	source: { kind: 'inline', set: { ...sampleSet, items: sampleSet.items.slice(0, count) } }
});
const edited: ShareQuizContent = {
	...options,
	source: {
		kind: 'set',
		setId: sampleSet.id,
		itemIds: sampleSet.items.map((item) => item.id),
		edited: sampleSet.items
			.slice(0, 3)
			.map((item) => ({ ...item, prompt: `${item.prompt} (edited)` }))
	}
};
/** A version-1 payload (JSON), as links made before version 2 were. */
const payloadOf = async (json: unknown) => payloadOfText(JSON.stringify(json));
/** A correctly packed and checked payload around any JSON text, as a hostile author could make. */
const payloadOfText = async (text: string) => {
	const body = '1' + toBase64Url(await deflate(text));
	return body + (await shortHash(body, 6));
};
/** A correctly packed and checked version-2 payload around any bytes. */
const packedPayloadOf = async (bytes: Uint8Array) => {
	const body = '2' + toBase41(await deflateWithDictionary(bytes, LINK_DICTIONARY));
	return body + (await shortHash36(body, 6));
};

describe('share links', () => {
	it('round-trips a built-in reference, a draw, an edited selection and an inline set', async () => {
		const quizzes: ShareQuizContent[] = [
			{ ...options, source: { kind: 'set', setId: sampleSet.id } },
			{
				...options,
				mode: 'practice',
				reveal: true,
				source: { kind: 'set', setId: 'x', draw: { n: 5, seed: 42 } }
			},
			edited,
			inline(4)
		];
		for (const quiz of quizzes) {
			const built = await buildShareUrl(ORIGIN, quiz);
			expect(built.ok).toBe(true);
			if (!built.ok) continue;
			expect(built.url).toMatch(new RegExp(`^${ORIGIN}/play/#q=2[0-9A-Z$./:-]+$`));
			const decoded = await decodeShareLink(built.url);
			expect(decoded).toEqual({ ok: true, quiz: { ...quiz, id: expect.any(String) } });
		}
	});

	it('gives the same id to the same content and a new id when anything changes', async () => {
		const a = await makeShareQuiz(inline(3));
		const b = await makeShareQuiz(inline(3));
		const c = await makeShareQuiz({ ...inline(3), reveal: true });
		expect(a.ok && b.ok && c.ok).toBe(true);
		if (!a.ok || !b.ok || !c.ok) return;
		expect(a.quiz.id).toHaveLength(12);
		expect(a.quiz.id).toBe(b.quiz.id);
		expect(c.quiz.id).not.toBe(a.quiz.id);
		const decoded = await decodeShareLink(await encodeShareLink(a.quiz));
		expect(decoded.ok && decoded.quiz.id).toBe(a.quiz.id);
	});

	it('fits a 10-question selection with 3 edited questions in one QR-sized link', async () => {
		const built = await buildShareUrl(ORIGIN, edited);
		expect(built.ok && built.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
	});

	it('fits a 10-question selection with every question reworded in one QR-sized link', async () => {
		const reworded: ShareQuizContent = {
			...edited,
			source: {
				kind: 'set',
				setId: sampleSet.id,
				itemIds: sampleSet.items.map((item) => item.id),
				reworded: sampleSet.items.map((item) => ({
					id: item.id,
					prompt: `In short: ${item.prompt}`
				}))
			}
		};
		const built = await buildShareUrl(ORIGIN, reworded);
		expect(built.ok && built.length).toBeLessThanOrEqual(2000);
		const decoded = await decodeShareLink(built.ok ? built.url : '');
		const items = decoded.ok ? resolveQuizItems(decoded.quiz, sampleSet) : null;
		expect(items?.ok && items.items.map((item) => item.prompt)).toEqual(
			sampleSet.items.map((item) => `In short: ${item.prompt}`)
		);
	});

	it('refuses a rewording of a question the set does not have', async () => {
		const quiz: ShareQuizContent = {
			...edited,
			source: { kind: 'set', setId: sampleSet.id, reworded: [{ id: 'gone', prompt: 'Why?' }] }
		};
		const result = resolveQuizItems(quiz, sampleSet);
		expect(result.ok ? '' : result.message).toContain('gone');
	});

	it('offers a link whatever its length, and marks one past a QR code on a projector as long', async () => {
		const small = await buildShareUrl(ORIGIN, inline(4));
		expect(small).toMatchObject({ ok: true, long: false });
		const message = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 36).toString(36)).join('');
		const large = await buildShareUrl(ORIGIN, { ...inline(10), message });
		expect(large).toMatchObject({ ok: true, long: true });
		if (!large.ok) return;
		expect(large.length).toBeGreaterThan(MAX_URL_LENGTH);
		const decoded = await decodeShareLink(large.url);
		expect(decoded.ok && decoded.quiz.message).toBe(message);
	});

	it('opens links made before version 2 (JSON in base64url) as the same quiz', async () => {
		for (const quiz of [inline(4), edited]) {
			const old = await decodeShareLink(`${ORIGIN}/play/#q=${await payloadOf(quizToWire(quiz))}`);
			const built = await buildShareUrl(ORIGIN, quiz);
			const today = await decodeShareLink(built.ok ? built.url : '');
			expect(old.ok && old.quiz.id).toBe(today.ok && today.quiz.id);
			expect(old).toEqual(today);
		}
	});

	it('opens a version-2 link shared before, as the same quiz with the same id', async () => {
		// Ten questions from a pasted report, kept as the link was made: a change to the packing or
		// the dictionary that breaks links already in students' hands fails here.
		const decoded = await decodeShareLink(`${ORIGIN}/play#q=${madeInVersion2.payload}`);
		expect(decoded).toEqual({ ok: true, quiz: madeInVersion2.quiz });
	});

	it('opens a link typed in lower case', async () => {
		const payload = await encodeShareLink(inline(2));
		const decoded = await decodeShareLink(`#q=${payload.toLowerCase()}`);
		expect(decoded).toEqual(await decodeShareLink(payload));
		expect(decoded.ok).toBe(true);
	});

	it('carries every field exactly: odd numbers, lone surrogates, urls and repeated texts', async () => {
		const [first, second] = sampleSet.items as [Item, Item];
		const odd: ShareQuizContent = {
			...options,
			title: 'Quiz \u0000 \u0001 \ud800 end',
			source: {
				kind: 'inline',
				set: {
					...sampleSet,
					items: [
						{
							...first,
							id: 'Custom.1',
							citations: first.citations.map((c) => ({
								...c,
								start: 2 ** 40,
								end: 3,
								outlet: 'Another outlet',
								url: 'https://example.org/a'
							}))
						},
						{
							...second,
							format: 'number',
							options: undefined,
							answer: '12.5',
							tolerance: 0.25,
							unit: 'km',
							accept: [],
							corroborated: ['A', 'A'],
							citations: []
						}
					]
				}
			}
		};
		const decoded = await decodeShareLink(await encodeShareLink(odd));
		expect(decoded).toEqual({ ok: true, quiz: { ...odd, id: expect.any(String) } });
	});

	it('refuses content the schema refuses, naming the field', async () => {
		const built = await buildShareUrl(ORIGIN, {
			...options,
			title: 'x'.repeat(500),
			source: { kind: 'set', setId: 'a' }
		});
		expect(built).toMatchObject({
			ok: false,
			reason: 'invalid',
			message: expect.stringContaining('title')
		});
	});

	it('accepts a full URL, a #q= hash or the bare payload, with line breaks pasted in', async () => {
		const payload = await encodeShareLink(inline(2));
		for (const input of [
			`#q=${payload}`,
			payload,
			`${ORIGIN}/play/#q=${payload.slice(0, 40)}\n  ${payload.slice(40)}`
		]) {
			expect((await decodeShareLink(input)).ok).toBe(true);
		}
	});

	it('tells damaged, newer-version and too-large apart', async () => {
		const payload = await encodeShareLink(inline(2));
		const cases: [string, string][] = [
			[payload.slice(0, payload.length - 10), 'damaged'],
			[payload.slice(0, 30) + 'A' + payload.slice(31), 'damaged'],
			['1abc$%', 'damaged'],
			[payload + 'A', 'damaged'],
			['', 'damaged'],
			['3' + payload.slice(1), 'newer-version'],
			['2' + payload.slice(1, -6) + '000000', 'damaged'],
			['2abc*', 'damaged'],
			['1' + 'A'.repeat(300_000), 'too-large']
		];
		for (const [input, error] of cases) {
			const decoded = await decodeShareLink(input);
			expect(decoded.ok ? 'ok' : decoded.error, input.slice(0, 40)).toBe(error);
			if (!decoded.ok) expect(decoded.message).toMatch(/link/);
		}
	});

	it('refuses a 1 MB link by its length, before any decoding', async () => {
		for (const input of [`#q=1${'A'.repeat(1_000_000)}`, `1${'A'.repeat(300_000)}`]) {
			expect(await decodeShareLink(input)).toEqual({
				ok: false,
				error: 'too-large',
				message: expect.stringMatching(/too large/)
			});
		}
	});

	it('refuses a zip bomb without inflating it all', async () => {
		const bomb = await payloadOf({ t: 'x'.repeat(5_000_000) });
		expect(bomb.length).toBeLessThan(20_000);
		expect(await decodeShareLink(bomb)).toMatchObject({ ok: false, error: 'too-large' });
	});

	it('refuses a version-2 zip bomb without inflating it all', async () => {
		const bomb = await packedPayloadOf(new Uint8Array(5_000_000));
		expect(bomb.length).toBeLessThan(20_000);
		expect(await decodeShareLink(bomb)).toMatchObject({ ok: false, error: 'too-large' });
	});

	it('refuses version-2 bytes that end early, run on or point at nothing, in plain words', async () => {
		const bytes = quizToBytes(inline(2));
		const cases: [Uint8Array, string][] = [
			[bytes.slice(0, bytes.length - 5), 'damaged'],
			[Uint8Array.from([...bytes, 0]), 'damaged'],
			[new Uint8Array([]), 'damaged'],
			[Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 'damaged'],
			// A flags number with bits no version has used yet.
			[Uint8Array.from([2, 64, 0, ...new TextEncoder().encode('T\0')]), 'newer-version']
		];
		for (const [packed, error] of cases) {
			const decoded = await decodeShareLink(await packedPayloadOf(packed));
			expect(decoded).toMatchObject({ ok: false, error });
			if (!decoded.ok)
				expect(decoded.message).toMatch(/^This link (is damaged|was made by a newer)/);
		}
	});

	it('says "newer version" for a question of a kind only a newer version knows', async () => {
		const w = new ByteWriter();
		const text = (value: string) => {
			w.uint(0);
			w.string(value);
		};
		w.uint(8); // an inline set
		['Title', '', 'set', 'Set', '2025-01-01', ''].forEach(text);
		w.uint(0); // tags
		w.uint(0); // sources
		w.uint(1); // one item…
		w.uint(99 * 8); // …of type 99
		const decoded = await decodeShareLink(await packedPayloadOf(w.bytes()));
		expect(decoded).toMatchObject({ ok: false, error: 'newer-version' });
	});

	it('refuses hostile content: deep nesting, huge numbers, javascript: and wrong types', async () => {
		const good = JSON.parse(
			JSON.stringify({ t: 'T', m: '', o: 0, r: 0, s: ['set-a', 0] })
		) as Record<string, unknown>;
		expect((await decodeShareLink(await payloadOf(good))).ok).toBe(true);
		const hostile = [
			{ ...good, l: 1e308 },
			{ ...good, s: ['set-a', 0, 1e300, 1] },
			{ ...good, s: ['javascript:alert(1)', 0] },
			{ ...good, o: '__proto__' },
			{ ...good, s: undefined, q: { it: [{ i: 'a', t: 0, f: 0, x: [['__proto__', 1e300]] }] } },
			'just a string',
			null
		];
		for (const wire of hostile) {
			expect(await decodeShareLink(await payloadOf(wire))).toMatchObject({
				ok: false,
				error: 'damaged'
			});
		}
		const huge = `{"t":"T","m":"","o":0,"r":0,"l":1e400,"s":["a",0]}`;
		expect(await decodeShareLink(await payloadOfText(huge))).toMatchObject({
			ok: false,
			error: 'damaged'
		});
		const deep = `{"t":${'['.repeat(200_000)}${']'.repeat(200_000)},"m":"","o":0,"r":0,"s":["a",0]}`;
		expect(await decodeShareLink(await payloadOfText(deep))).toMatchObject({
			ok: false,
			error: 'damaged'
		});
	});

	it('keeps markup and script tags as plain text in the decoded quiz', async () => {
		const script = '<script>alert(1)</script><img src=x onerror=alert(1)>';
		const decoded = await decodeShareLink(
			await encodeShareLink({ ...inline(1), title: script, message: script })
		);
		expect(decoded.ok && decoded.quiz.title).toBe(script);
	});
});

describe('share links with hostile addresses', () => {
	const withUrls = (citationUrl?: string, sourceUrl?: string): ShareQuizContent => {
		const [first, ...rest] = sampleSet.items;
		return {
			...options,
			source: {
				kind: 'inline',
				set: {
					...sampleSet,
					sources: sampleSet.sources.map((s, i) =>
						i === 0 && sourceUrl !== undefined ? { ...s, url: sourceUrl } : s
					),
					items: [
						{
							...first!,
							citations: first!.citations.map((c) =>
								citationUrl === undefined ? c : { ...c, url: citationUrl }
							)
						},
						...rest.slice(0, 2)
					]
				}
			}
		};
	};

	it('opens http(s) source links', async () => {
		const decoded = await decodeShareLink(
			await payloadOf(quizToWire(withUrls('https://example.org/a', 'http://example.org/b')))
		);
		expect(decoded.ok).toBe(true);
	});

	it('refuses a script address in a citation or a source, naming where it is', async () => {
		for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x']) {
			const inCitation = await decodeShareLink(await payloadOf(quizToWire(withUrls(bad))));
			expect(inCitation).toMatchObject({ ok: false });
			if (!inCitation.ok)
				expect(inCitation.message).toMatch(/item 1, citation 1, url: a web address/);
			const inSource = await decodeShareLink(await payloadOf(quizToWire(withUrls(undefined, bad))));
			if (!inSource.ok) expect(inSource.message).toMatch(/source 1, url: a web address/);
			else expect.fail('a javascript: source url was accepted');
		}
	});

	it('refuses to build a link around a script address', async () => {
		const built = await buildShareUrl(ORIGIN, withUrls('javascript:alert(1)'));
		expect(built).toMatchObject({ ok: false, reason: 'invalid' });
	});
});

describe('share links with repeated options, pairs, steps or ids', () => {
	const [q1, q2, q3] = sampleSet.items as [Item, Item, Item];
	const match = sampleSet.items.find((item) => item.format === 'match')!;
	const order: Item = {
		...q1,
		id: 'order-1',
		type: 'timeline',
		format: 'order',
		answer: '',
		options: ['first', 'second', 'third'],
		sequence: ['first', 'second', 'third']
	};
	const quizOf = (items: Item[]): unknown =>
		quizToWire({ ...options, source: { kind: 'inline', set: { ...sampleSet, items } } });
	const refusal = async (wire: unknown) => {
		const decoded = await decodeShareLink(await payloadOf(wire));
		return decoded.ok ? 'opened' : decoded.message;
	};
	const same = q3.options![1]!;

	it('opens the quiz when everything differs', async () => {
		expect(await refusal(quizOf([q1, q2, order, match]))).toBe('opened');
	});

	it('refuses each kind of repeat, naming the item and what repeats', async () => {
		const cases: [Item[], RegExp][] = [
			[[q1, q2, { ...q3, options: [q3.answer, same, same] }], /item 3: two options are the same/],
			[[q1, q2, { ...q3, options: [q3.answer, same, ` ${same}\u00a0`] }], /item 3: two options/],
			[
				[
					{
						...match,
						pairs: [match.pairs![0]!, { ...match.pairs![1]!, left: match.pairs![0]!.left }]
					}
				],
				/item 1: two pairs have the same left side/
			],
			[
				[q1, { ...order, options: ['a', 'a', 'b'], sequence: ['a', 'a', 'b'] }],
				/item 2: two options are the same/
			],
			[[q1, { ...order, sequence: ['first', 'first', 'third'] }], /item 2: two steps are the same/],
			[[q1, { ...order, sequence: ['first', 'second', 'fourth'] }], /item 2: every step/],
			[
				[q1, q2, { ...q3, id: q1.id }],
				new RegExp(`items: two items have the same id \\("${q1.id}"\\)`)
			]
		];
		for (const [items, message] of cases) expect(await refusal(quizOf(items))).toMatch(message);
	});

	it('refuses a reference that picks, edits or rewords one item twice', async () => {
		const bySet = (source: object) => ({ t: 'T', m: '', o: 0, r: 0, ...source });
		expect(await refusal(bySet({ s: ['set-a', ['a', 'b', 'a']] }))).toMatch(
			/item ids: two item ids are the same \("a"\)/
		);
		expect(
			await refusal(
				bySet({
					s: ['set-a', 0],
					w: [
						['a', 'One'],
						['a', 'Two']
					]
				})
			)
		).toMatch(/reworded: two reworded items have the same id/);
	});
});
