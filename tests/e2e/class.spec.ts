import { test, expect, waitForOffline } from './fixtures';
import { firstSet, sharedQuiz } from './quiz-helpers';
import { encodeResultCode } from '../../src/lib/share/result';

test('a teacher pastes a whole class of codes among chat lines, then garbage', async ({
	page,
	server
}) => {
	test.setTimeout(120_000);
	const set = await firstSet(page, server.url);
	await page.goto(`${server.url}/sets/${set.id}/share`);
	await waitForOffline(page);
	await page.getByRole('button', { name: 'Create link and QR code' }).click();
	await expect(page.locator('#share-url')).not.toHaveValue('');
	const quiz = await sharedQuiz(page);

	const item = set.items[0]!;
	const codes = await Promise.all(
		Array.from({ length: 200 }, (_, i) =>
			encodeResultCode(quiz, {
				student: `Student ${i + 1}`,
				startedAt: Date.UTC(2026, 10, 2, 9) + i,
				durationMs: 60_000,
				answers: [{ itemId: item.id, response: { format: 'choice', choice: 'wrong' }, ms: 900 }]
			})
		)
	);
	// As a chat export: a name before each code, three codes sent twice, one cut off on line 7.
	const lines = codes.map(
		(code, i) => `[09:${String(i % 60).padStart(2, '0')}] S${i + 1}: ${code}`
	);
	lines.splice(6, 0, `Dee: ${codes[5]!.slice(0, 40)}`);
	lines.push(`resent: ${codes[0]} ${codes[1]}`, codes[2]!, 'thanks all!');

	await page.goto(`${server.url}/class`);
	await page.getByLabel('Paste result codes').fill(lines.join('\n'));
	const started = Date.now();
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.report')).toContainText(
		'200 added, 3 already added, 1 not a result code: line 7 (cut or mistyped).'
	);
	console.log(`203 codes pasted: summary shown after ${Date.now() - started} ms`);
	await expect(page.getByRole('heading', { name: 'Results (200)' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Student 200/ })).toBeVisible();

	await page.getByLabel('Paste result codes').fill('hello, is this where the homework goes?');
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.report')).toHaveText(
		'No result code found in the pasted text. A result code starts with “FD1.”: paste the text the student sent.'
	);
	await expect(page.getByRole('heading', { name: 'Results (200)' })).toBeVisible();
});
