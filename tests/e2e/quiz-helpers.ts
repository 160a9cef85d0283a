import jsQR from 'jsqr';
import { expect, type Page } from '@playwright/test';
import type { Item, QuestionSet, SetSummary } from '../../src/lib/pipeline/schema';
import type { ShareQuiz } from '../../src/lib/share/quiz';

export async function firstSet(page: Page, origin: string): Promise<QuestionSet> {
	const index = (await (
		await page.request.get(`${origin}/data/sets/index.json`)
	).json()) as SetSummary[];
	return (await (
		await page.request.get(`${origin}/data/sets/${index[0]!.id}.json`)
	).json()) as QuestionSet;
}

/** The item whose prompt is on screen. */
export async function currentItem(page: Page, set: QuestionSet): Promise<Item> {
	const prompt = (await page.locator('#prompt').textContent())?.trim();
	const item = set.items.find((i) => i.prompt === prompt);
	expect(item, `an item with the prompt "${prompt}"`).toBeDefined();
	return item!;
}

/** Answers the question on screen, rightly or wrongly, the way a user would with the mouse. */
export async function answer(page: Page, item: Item, right: boolean) {
	const main = page.locator('main');
	switch (item.format) {
		case 'choice': {
			const choice = right ? item.answer : item.options!.find((o) => o !== item.answer)!;
			await optionButton(page, choice).click();
			return;
		}
		case 'number':
			await main
				.getByLabel(/Your answer/)
				.fill(right ? item.answer : String(Number(item.answer) * 10 + 7));
			break;
		case 'text':
			await main.getByLabel(/Your answer/).fill(right ? item.answer : 'not the answer');
			break;
		case 'match': {
			const pairs = item.pairs!;
			for (const [i, pair] of pairs.entries()) {
				const target = right ? pair.right : pairs[(i + 1) % pairs.length]!.right;
				await main.getByLabel(pair.left, { exact: true }).selectOption(target);
			}
			break;
		}
		case 'order':
			if (right) await putInOrder(page, item.sequence!);
			break;
	}
	await main.getByRole('button', { name: 'Check answer' }).click();
}

/** Moves events with the "earlier" buttons until they stand in `sequence` order. */
async function putInOrder(page: Page, sequence: string[]) {
	for (const [target, step] of sequence.entries()) {
		const shown = await page.locator('ol.order .text').allTextContents();
		for (let at = shown.indexOf(step); at > target; at--) {
			await page.getByRole('button', { name: `Move “${step}” earlier` }).click();
		}
	}
}

/** Every row of one of the app's IndexedDB stores, read without going through the app. */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						db.close();
						resolve(request.result as T[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

/** The quizzes this device saved when it shared them, oldest first. */
export async function sharedQuizzes(page: Page): Promise<ShareQuiz[]> {
	const rows = await storedRows<{ key: string; value: { quiz: ShareQuiz; createdAt: number } }>(
		page,
		'settings'
	);
	return rows
		.filter((r) => r.key.startsWith('quiz:'))
		.sort((a, b) => a.value.createdAt - b.value.createdAt)
		.map((r) => r.value.quiz);
}

/** The one quiz this device shared. */
export async function sharedQuiz(page: Page): Promise<ShareQuiz> {
	const [quiz] = await sharedQuizzes(page);
	if (!quiz) throw new Error('no shared quiz stored');
	return quiz;
}

/** Counts what IndexedDB really holds, without going through the app (0 before it exists). */
export function countStored(page: Page, store: 'answers' | 'cards' | 'attempts'): Promise<number> {
	return page.evaluate(async (name) => {
		const names = (await indexedDB.databases()).map((db) => db.name);
		if (!names.includes('factdeck')) return 0;
		return new Promise<number>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains(name)) return resolve(0);
				const request = db.transaction(name).objectStore(name).count();
				request.onsuccess = () => {
					db.close();
					resolve(request.result);
				};
			};
		});
	}, store);
}

/** The option button whose text is exactly `text`. */
export function optionButton(page: Page, text: string) {
	return page
		.locator('main button.option')
		.filter({ has: page.locator('.text', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }) });
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Draws the QR image shown on the page onto a canvas and decodes it with jsQR. */
export async function readQr(page: Page, alt: string): Promise<string | null> {
	const image = page.getByRole('img', { name: alt });
	await expect(image).toBeVisible();
	const { width, height, pixels } = await image.evaluate(async (img: HTMLImageElement) => {
		// A whole number of pixels per module, as a phone camera would resolve it.
		const modules = Number(/viewBox%3D%220%200%20(\d+)/.exec(img.src)?.[1] ?? 100);
		const size = modules * 6;
		const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
		const context = canvas.getContext('2d')!;
		const bitmap = new Image();
		bitmap.src = img.src;
		await bitmap.decode();
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, size, size);
		context.drawImage(bitmap, 0, 0, size, size);
		return {
			width: size,
			height: size,
			pixels: Array.from(context.getImageData(0, 0, size, size).data)
		};
	});
	return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

/**
 * A quiz made on this device as IndexedDB holds it (schema 3: a customSets row with the order,
 * a customItems row per question), read without going through the app.
 */
export function storedMadeSet(page: Page, id: string): Promise<QuestionSet> {
	return page.evaluate(
		(setId) =>
			new Promise<QuestionSet>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['customSets', 'customItems']);
					const row = tx.objectStore('customSets').get(setId);
					const items = tx.objectStore('customItems').index('setId').getAll(setId);
					tx.oncomplete = () => {
						open.result.close();
						const { itemIds, ...set } = row.result as QuestionSet & { itemIds: string[] };
						const byId = new Map(
							(items.result as { item: Item }[]).map(({ item }) => [item.id, item])
						);
						resolve({ ...set, items: itemIds.map((itemId) => byId.get(itemId)!) });
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		id
	);
}
