import { defineConfig } from 'vitest/config';

// Unit tests need no SvelteKit plugin: the code they cover is plain TypeScript.
export default defineConfig({
	resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Property tests and whole-article pipeline runs are slow on a loaded two-core CI machine.
		testTimeout: 30_000
	}
});
