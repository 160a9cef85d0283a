import { defineConfig } from 'vitest/config';

// Unit tests need no SvelteKit plugin: the code they cover is plain TypeScript.
export default defineConfig({
	resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
