/**
 * live() uses runes, which only the Svelte compiler understands, and unit tests run without the
 * Svelte plugin. So this spec compiles live.svelte.ts itself (TypeScript → JS → client module),
 * loads it, and drives it inside an effect root as a mounted component would.
 */
import 'fake-indexeddb/auto';
import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compileModule } from 'svelte/compiler';
import type { live as liveFn } from './live.svelte';
import { getDb } from './db';
import { useFreshDb } from './testing';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Harness {
	live: typeof liveFn;
	/** $effect.root: runs `fn` as a mounted component's script would; returns the unmount. */
	mount: (fn: () => void) => () => void;
}

async function loadLive(): Promise<Harness> {
	const source = readFileSync(fileURLToPath(new URL('./live.svelte.ts', import.meta.url)), 'utf8');
	const js = ts.transpileModule(source, {
		compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
	}).outputText;
	// The compiled copy cannot import db.ts (TypeScript, outside Vite): the database these specs
	// use is open from the start, so waiting for it is a resolved promise here.
	const standalone = js.replace(
		/import \{ storageStatus \} from '\.\/db';/,
		'const storageStatus = () => Promise.resolve({ saved: true });'
	);
	const harness = `${standalone}\nexport function mount(fn) { return $effect.root(fn); }\n`;
	const compiled = compileModule(harness, { generate: 'client', filename: 'live.svelte.js' }).js
		.code;
	// Inside node_modules so the compiled module finds 'svelte' and 'dexie' like the app does.
	const dir = `${root}node_modules/.cache/factdeck-live-spec`;
	mkdirSync(dir, { recursive: true });
	const file = `${dir}/live.mjs`;
	writeFileSync(file, compiled);
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Harness;
}

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) {
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	expect(check()).toBe(true);
}

let live: typeof liveFn;
let mount: Harness['mount'];
let stop: (() => void) | undefined;
beforeAll(async () => {
	({ live, mount } = await loadLive());
});
beforeEach(() => {
	useFreshDb();
});
afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('live', () => {
	it('starts with the initial value, then follows the database as it changes', async () => {
		const db = getDb();
		let view!: ReturnType<typeof liveFn<number>>;
		stop = mount(() => {
			view = live(() => db.settings.count(), -1);
		});
		expect(view.current).toBe(-1);
		expect(view.loading).toBe(true);
		await until(() => !view.loading);
		expect(view.current).toBe(0);
		await db.settings.put({ key: 'a', value: 1, updatedAt: 0 });
		await until(() => view.current === 1);
		expect(view.error).toBeNull();
	});

	it('reports a failing query as an error instead of throwing', async () => {
		let view!: ReturnType<typeof liveFn<string>>;
		stop = mount(() => {
			view = live(() => Promise.reject(new Error('broken query')), 'none');
		});
		await until(() => view.error !== null);
		expect(view.error?.message).toBe('broken query');
		expect(view.current).toBe('none');
		expect(view.loading).toBe(false);
	});

	it('stops following the database once unmounted', async () => {
		const db = getDb();
		let view!: ReturnType<typeof liveFn<number>>;
		const destroy = mount(() => {
			view = live(() => db.settings.count(), -1);
		});
		await until(() => view.current === 0);
		destroy();
		await db.settings.put({ key: 'b', value: 1, updatedAt: 0 });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(view.current).toBe(0);
	});
});
