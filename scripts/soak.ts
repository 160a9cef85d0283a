/**
 * `npm run soak`: a chaos soak of the production build in real Chromium. It answers questions
 * through reloads, tab closes mid-answer, server kills, offline flips, double taps and a
 * service-worker update mid-quiz, then reads IndexedDB and prints answers accepted (the app
 * showed feedback) against answers stored: lost and duplicated must both be 0.
 *
 *   npm run soak                         1,000 answers or 10 minutes, whichever comes first
 *   SOAK_ANSWERS=200 SOAK_MINUTES=3 npm run soak
 *
 * Needs build/ (npm run build); build-next/ (FACTDECK_OUT=build-next npx vite build) for the
 * update, which is skipped when absent. Not part of `npm test`: it takes minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startServer } from './serve.js';
import { chromiumLaunchOptions } from './chromium.js';
import { answer, currentItem, optionButton, storedRows } from '../tests/e2e/quiz-helpers';
import type { Item, QuestionSet, SetSummary } from '../src/lib/pipeline/schema';

const TARGET = Number(process.env.SOAK_ANSWERS ?? 1000);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const SEED = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);

/** mulberry32: the same seed gives the same chaos, so a failing run can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(SEED);

interface AppServer {
	url: string;
	close(): Promise<void>;
}

let root = 'build';
const counts = {
	reloads: 0,
	tabCloses: 0,
	serverKills: 0,
	offlineFlips: 0,
	doubleTaps: 0,
	swUpdates: 0,
	resumes: 0,
	attemptsFinished: 0
};
/** The release the service worker serves, as its precached version.json says. */
let runningVersion = '';
const versionOf = (dir: string) =>
	existsSync(`${dir}/_app/version.json`)
		? (JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')) as { version: string }).version
		: '';

function cachedVersion(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const cached = await caches.match('/_app/version.json', { ignoreSearch: true });
		return cached ? ((await cached.json()) as { version: string }).version : '';
	});
}

/** attemptId|itemId of every answer the app confirmed with feedback. */
const accepted = new Set<string>();

async function main() {
	const started = Date.now();
	const deadline = started + MINUTES * 60_000;
	let shown = 0;
	let server = (await startServer({ root: () => root, port: 0 })) as AppServer;
	const origin = server.url.replace(/\/$/, '');
	const port = Number(new URL(origin).port);
	const browser = await chromium.launch(chromiumLaunchOptions());
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	let page = await context.newPage();
	const set = await firstSet(page, origin);
	const quizUrl = `${origin}/sets/${set.id}/quiz?mode=practice`;
	await page.goto(quizUrl);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 60_000
	});

	runningVersion = await cachedVersion(page).catch(() => '');
	let offline = false;
	let serverDownFor = 0;
	let updated = false;
	const canUpdate = existsSync('build-next');
	console.log(
		`soak: ${TARGET} answers or ${MINUTES} min, seed ${SEED}, set ${set.id} (${set.items.length} questions)${canUpdate ? '' : '; no build-next/, so no service-worker update'}`
	);

	while (accepted.size < TARGET && Date.now() < deadline) {
		// Chaos between answers.
		const roll = rand();
		if (roll < 0.04) {
			counts.reloads++;
			await page.reload().catch(() => {});
		} else if (roll < 0.06 && serverDownFor === 0) {
			counts.serverKills++;
			await server.close();
			serverDownFor = 1 + Math.floor(rand() * 4);
		} else if (roll < 0.1) {
			counts.offlineFlips++;
			offline = !offline;
			await context.setOffline(offline);
		}
		if (serverDownFor > 0 && --serverDownFor === 0) {
			server = (await startServer({ root: () => root, port })) as AppServer;
		}
		const halfway = accepted.size >= TARGET / 2 || Date.now() > started + (MINUTES * 60_000) / 2;
		if (canUpdate && !updated && halfway) {
			// A new release lands mid-quiz: the waiting worker is found, and the prompt accepted.
			updated = true;
			root = 'build-next';
			console.log(`  new release served at ${accepted.size} answers`);
			await page
				.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
				.catch(() => {});
		}
		const reload = page.getByRole('button', { name: 'Reload' });
		if (updated && (await reload.isVisible().catch(() => false))) {
			await reload.click().catch(() => {});
			counts.swUpdates++;
			await page.waitForLoadState().catch(() => {});
			// The new worker may still be taking over: give it a few seconds to serve its release.
			for (let tries = 0; tries < 20 && runningVersion !== versionOf('build-next'); tries++) {
				runningVersion = await cachedVersion(page).catch(() => runningVersion);
				if (runningVersion !== versionOf('build-next')) await page.waitForTimeout(500);
			}
			console.log(`  update accepted at ${accepted.size} answers; now running ${runningVersion}`);
		}

		try {
			page = await step(page, context, set, quizUrl);
		} catch (error) {
			// A step cut short by chaos (a navigation, a closed page) is simply tried again.
			if (page.isClosed()) page = await context.newPage();
			await page.goto(quizUrl).catch(() => {});
			if (process.env.SOAK_VERBOSE) console.log('step interrupted:', (error as Error).message);
		}
		if (accepted.size >= shown + 100) {
			shown = accepted.size;
			console.log(`  ${shown} answers, ${Math.round((Date.now() - started) / 1000)} s`);
		}
	}

	if (serverDownFor > 0) server = (await startServer({ root: () => root, port })) as AppServer;
	await context.setOffline(false);
	const stored = await storedAnswers(page);
	runningVersion = await cachedVersion(page).catch(() => runningVersion);
	const perKey = new Map<string, number>();
	for (const a of stored) perKey.set(a, (perKey.get(a) ?? 0) + 1);
	const lost = [...accepted].filter((key) => !perKey.has(key)).length;
	const duplicated = [...perKey.values()].filter((n) => n > 1).length;
	console.log(
		[
			`answers accepted: ${accepted.size}`,
			`stored: ${stored.length}`,
			`lost: ${lost}`,
			`duplicated: ${duplicated}`,
			...Object.entries(counts).map(([k, v]) => `${k}: ${v}`),
			...(canUpdate
				? [
						`release at the end: ${runningVersion} (${runningVersion === versionOf('build-next') ? 'the new one' : `not the new one, ${versionOf('build-next')}`})`
					]
				: []),
			`minutes: ${((Date.now() - started) / 60_000).toFixed(1)}`,
			`seed: ${SEED}`
		].join('\n')
	);
	await browser.close();
	await server.close();
	process.exitCode = lost || duplicated ? 1 : 0;
}

async function firstSet(page: Page, origin: string): Promise<QuestionSet> {
	const index = (await (
		await page.request.get(`${origin}/data/sets/index.json`)
	).json()) as SetSummary[];
	return (await (
		await page.request.get(`${origin}/data/sets/${index[0]!.id}.json`)
	).json()) as QuestionSet;
}

/** Does whatever the page on screen asks for next; returns the page to go on with. */
async function step(page: Page, context: BrowserContext, set: QuestionSet, quizUrl: string) {
	const main = page.locator('main');
	const resume = main.getByRole('button', { name: /^Resume at question/ });
	const next = main.getByRole('button', { name: /^(Next question|See results)$/ });
	const results = page.locator('#results-heading');
	const prompt = page.locator('#prompt');
	await resume.or(next).or(results).or(prompt).first().waitFor({ timeout: 15_000 });

	if (await resume.isVisible()) {
		counts.resumes++;
		await resume.click();
		return page;
	}
	if (await next.isVisible()) {
		await next.click();
		return page;
	}
	if (await results.isVisible()) {
		counts.attemptsFinished++;
		await page.goto(quizUrl);
		return page;
	}
	const item = await currentItem(page, set);
	const chaos = rand();
	if (chaos < 0.04) {
		// The tab closes while the answer is on its way: it may or may not be stored, and either
		// is fine, as long as the next tab resumes without losing or doubling anything.
		counts.tabCloses++;
		void answer(page, item, rand() < 0.7).catch(() => {});
		await page.waitForTimeout(Math.floor(rand() * 30));
		await page.close();
		const fresh = await context.newPage();
		await fresh.goto(quizUrl);
		return fresh;
	}
	if (chaos < 0.08 && item.format === 'choice') {
		counts.doubleTaps++;
		await optionButton(page, item.options![0]!).dblclick();
	} else {
		await answer(page, item, rand() < 0.7);
	}
	await page.locator('.feedback h3').waitFor({ timeout: 10_000 });
	const key = await latestAnswerKey(page, item);
	if (key) accepted.add(key);
	return page;
}

async function latestAnswerKey(page: Page, item: Item): Promise<string | null> {
	const rows = await storedRows<{ attemptId: string; itemId: string; id: number }>(page, 'answers');
	const mine = rows.filter((a) => a.itemId === item.id).sort((a, b) => b.id - a.id)[0];
	return mine ? `${mine.attemptId}|${mine.itemId}` : null;
}

async function storedAnswers(page: Page): Promise<string[]> {
	const rows = await storedRows<{ attemptId: string; itemId: string }>(page, 'answers');
	return rows.map((a) => `${a.attemptId}|${a.itemId}`);
}

await main();
