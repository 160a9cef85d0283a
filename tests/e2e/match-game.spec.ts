import { readFileSync } from 'node:fs';
import { test, expect, waitForTeacherTools } from './fixtures';
import { expectNoViolations } from './axe';
import { firstSet, storedMadeSet } from './quiz-helpers';
import { matchingPairs, type MatchingPairs } from '../../src/lib/pipeline/questions/pairs';

test('the matching game: people and their roles, played with the keyboard on a phone', async ({
	page,
	server
}) => {
	// Two rounds and four axe scans: longer than one page's default budget on a loaded machine.
	test.setTimeout(150_000);
	const set = await firstSet(page, server.url);
	const pairs = (await (
		await page.request.get(`${server.url}/data/pairs/${set.id}.json`)
	).json()) as MatchingPairs;
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${server.url}/sets/${set.id}`);
	await page.getByRole('link', { name: 'Start matching game' }).click();
	await expect(page.getByRole('heading', { name: 'Matching game', level: 1 })).toBeVisible();
	await expectNoViolations(page, 'choice of rounds');

	await page.getByRole('button', { name: 'Who is who' }).click();
	await expect(page.getByRole('heading', { name: 'Who is who' })).toBeFocused();
	const people = page.getByRole('region', { name: 'People' }).getByRole('button');
	const roles = page.getByRole('region', { name: 'Their roles' }).getByRole('button');
	const shown = await people.allTextContents();
	expect(shown.length).toBe(Math.min(pairs.roles.length, 5));
	await expectNoViolations(page, 'a new board');

	const status = page.getByTestId('game-status');
	const roleOf = (name: string) => pairs.roles.find((p) => p.left === name.trim())!.right;
	const [first, second] = [shown[0]!.trim(), shown[1]!.trim()];

	// A wrong pair is a miss, said in the live region, and nothing stays matched.
	await people.filter({ hasText: first }).focus();
	await page.keyboard.press('Enter');
	await expect(people.filter({ hasText: first })).toHaveAttribute('aria-pressed', 'true');
	await roles.filter({ hasText: roleOf(second) }).focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(`Not a match: ${first} and ${roleOf(second)}. Try again.`);
	await expect(page.getByTestId('game-tally')).toHaveText(`0 of ${shown.length} matched · 1 miss`);

	// Every right pair, role first for the last one: either side may start.
	for (const [i, name] of shown.entries()) {
		const person = people.filter({ hasText: name.trim() });
		const role = roles.filter({ hasText: roleOf(name) });
		const [a, b] = i === shown.length - 1 ? [role, person] : [person, role];
		await a.focus();
		await page.keyboard.press('Space');
		await b.focus();
		await page.keyboard.press('Enter');
		await expect(person).toHaveAccessibleName(`${name.trim()} (matched)`);
	}
	await expect(status).toContainText(`All ${shown.length} matched.`);
	await expect(page.getByRole('heading', { name: 'All matched' })).toBeFocused();
	await expect(page.getByText(`${shown.length} pairs with 1 miss`)).toBeVisible();
	await expectNoViolations(page, 'all matched');

	// Nothing sits beyond the phone's width.
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);

	// The other round, by pointer this time, then a fresh board of it.
	expect(pairs.words.length).toBeGreaterThanOrEqual(3);
	await page.getByRole('button', { name: 'Play “Who said what”' }).click();
	await expect(page.getByRole('heading', { name: 'Who said what' })).toBeFocused();
	const words = page.getByRole('region', { name: 'Their words' }).getByRole('button');
	for (const text of await words.allTextContents()) {
		const pair = pairs.words.find((p) => p.right === text.trim())!;
		await words.filter({ hasText: pair.right }).click();
		await page
			.getByRole('region', { name: 'People' })
			.getByRole('button', { name: pair.left })
			.click();
	}
	await expect(
		page.getByText(`${Math.min(pairs.words.length, 5)} pairs with 0 misses`)
	).toBeVisible();
	await page.getByRole('button', { name: 'Play again' }).click();
	await expect(page.getByTestId('game-tally')).toHaveText(
		`0 of ${Math.min(pairs.words.length, 5)} matched · 0 misses`
	);
});

test('a quiz made on the device has its own matching game, offline', async ({ page, server }) => {
	test.setTimeout(120_000);
	// A real report (Wikinews, CC BY 2.5) whose quiz names five speakers and their words.
	const report = readFileSync(
		'tests/fixtures/real/dev/a-wikinews-turkish-parliament-iraq-vote.md',
		'utf8'
	);
	await page.goto(`${server.url}/create`);
	await page.getByLabel('Article text').fill(report.replace(/^---[\s\S]*?\n---\n/, ''));
	await page.getByLabel('Publication date').fill(/published: (\S+)/.exec(report)![1]!);
	await page.getByLabel(/^Title/).fill('Iraq vote');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await page.getByRole('link', { name: 'Edit the questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Iraq vote' })).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	const { words } = matchingPairs((await storedMadeSet(page, id)).items);

	// The pairs are read on the device from the stored quiz: no server needed.
	await waitForTeacherTools(page);
	await server.close();
	await page.getByRole('link', { name: 'Matching game' }).click();
	await expect(page.getByRole('heading', { name: 'Matching game', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Who said what' }).click();
	const board = page.getByRole('region', { name: 'Their words' }).getByRole('button');
	await expect(board).toHaveCount(Math.min(words.length, 5));
	for (const text of await board.allTextContents()) {
		const pair = words.find((p) => p.right === text.trim())!;
		await board.filter({ hasText: pair.right }).click();
		await page
			.getByRole('region', { name: 'People' })
			.getByRole('button', { name: pair.left })
			.click();
	}
	await expect(page.getByRole('heading', { name: 'All matched' })).toBeFocused();
	await expectNoViolations(page, 'a made quiz, all matched');
	await page.getByRole('link', { name: 'Back to the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Iraq vote' })).toBeVisible();
});
