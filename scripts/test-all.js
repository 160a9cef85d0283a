#!/usr/bin/env node
// `npm test`: every suite in turn, whatever fails, then one line totalling them all.
// Checks that are not test runners (types, lint, content) count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];

function run(name, command, env = {}) {
	console.log(`\n▶ ${name}: ${command}`);
	const started = Date.now();
	const { status } = spawnSync(command, {
		shell: true,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	console.log(
		`◀ ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`
	);
	return status === 0;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

function check(name, command, env) {
	const ok = run(name, command, env);
	results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
	return ok;
}

rmSync('test-results', { recursive: true, force: true });

check('types', 'npm run --silent check');
check('lint', 'npm run --silent lint');
if (existsSync('scripts/questions.ts')) check('content', 'npm run --silent questions -- --check');

const unitOk = run(
	'unit',
	'npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json'
);
const unit = readJson('test-results/unit.json');
results.push({
	name: 'unit',
	passed: unit?.numPassedTests ?? 0,
	failed: unit ? unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) : 1
});

const built =
	check('build', 'npm run --silent build') &&
	// A second release of the same app, for the update-prompt journey. In it the seed story is
	// no longer among the newest that come with the app, as in a release a month later: the
	// journey of keeping a story offline uses it.
	check('build (next release)', 'npx vite build', {
		FACTDECK_OUT: 'build-next',
		FACTDECK_VERSION: `next-${Date.now().toString(36)}`,
		FACTDECK_PRECACHED_STORIES: '0'
	});
if (built) {
	const e2eOk = run('end-to-end', 'npx playwright test');
	const e2e = readJson('test-results/e2e.json');
	const stats = e2e?.stats;
	results.push({
		name: 'end-to-end',
		passed: stats ? stats.expected + stats.flaky : 0,
		failed: stats ? stats.unexpected + (e2eOk || stats.unexpected ? 0 : 1) : 1
	});
}

console.log('\nSummary');
for (const { name, passed, failed } of results) {
	console.log(`  ${name.padEnd(22)} ${passed} passed, ${failed} failed`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
