import { gzipSync } from 'node:zlib';
import { test, expect, layoutShifted, watchLayoutShifts } from './fixtures';
import { expectNoViolations } from './axe';
import { answer, currentItem, firstSet } from './quiz-helpers';

// A teacher's share and a student's whole quiz, then axe in four combinations.
test.describe.configure({ timeout: 180_000 });

test('a quiz from a teacher stays in the student’s library with its score and result code', async ({
	browser,
	page: teacher,
	server
}) => {
	const set = await firstSet(teacher, server.url);
	await teacher.goto(`${server.url}/sets/${set.id}/share`);
	await teacher.getByLabel('Title').fill('Tuesday check-in');
	await teacher.getByRole('button', { name: 'Create link and QR code' }).click();
	const url = await teacher.locator('#share-url').inputValue();

	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const student = await context.newPage();
	await student.goto(url);
	await student.getByLabel(/Your name or initials/).fill('Sam');
	await student.getByRole('button', { name: 'Start' }).click();
	const total = set.items.length;
	for (let n = 1; n <= total; n++) {
		await expect(student.getByText(`Question ${n} of ${total}`)).toBeVisible();
		await answer(student, await currentItem(student, set), n !== 2);
		await student
			.getByRole('button', { name: n === total ? 'See results' : 'Next question' })
			.click();
	}
	await expect(student.getByTestId('score')).toContainText(`${total - 1} of ${total} right`);
	const code = await student.locator('#result-code').inputValue();
	expect(code).toMatch(/^FD1\./);

	// Reopening the teacher's link shows the result and the same code, not a blank start.
	await student.goto(`${server.url}/`);
	await student.goto(url);
	await expect(student.getByRole('heading', { name: 'You finished this quiz' })).toBeVisible();
	await expect(student.getByTestId('kept-score')).toHaveText(`${total - 1} of ${total} right`);
	await expect(student.locator('#result-code')).toHaveValue(code);
	await expect(student.getByRole('button', { name: 'Start' })).toHaveCount(0);
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	]) {
		await student.setViewportSize(viewport);
		for (const colorScheme of ['light', 'dark'] as const) {
			await student.emulateMedia({ colorScheme });
			await expectNoViolations(student, `finished quiz (${viewport.width}px, ${colorScheme})`);
			await student.screenshot({
				path: `test-results/play-finished-${viewport.width}-${colorScheme}.png`,
				fullPage: true
			});
		}
	}
	await student.setViewportSize({ width: 390, height: 844 });
	await student.emulateMedia({ colorScheme: 'light' });

	// The Library lists it on the shelf, without Dexie and without moving anything on screen.
	await watchLayoutShifts(student);
	const scripts = new Map<string, Buffer>();
	student.on('response', async (response) => {
		if (response.request().resourceType() === 'script')
			scripts.set(response.url(), await response.body());
	});
	await student.goto(`${server.url}/`, { waitUntil: 'networkidle' });
	const shelf = student.getByTestId('teacher-quiz');
	await expect(shelf).toHaveCount(1);
	await expect(shelf.getByRole('heading', { name: 'Tuesday check-in' })).toBeVisible();
	await expect(shelf).toContainText(`${total - 1} of ${total} right`);
	const gzip = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
	console.log(`home page with a shelf: ${scripts.size} scripts, ${gzip} bytes gzip`);
	expect(gzip).toBeLessThanOrEqual(60 * 1024);
	for (const [name, body] of scripts) {
		expect(body.toString('utf8'), `${name} is Dexie`).not.toContain('DatabaseClosedError');
	}
	expect(await layoutShifted(student)).toBe(0);

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	]) {
		await student.setViewportSize(viewport);
		for (const colorScheme of ['light', 'dark'] as const) {
			await student.emulateMedia({ colorScheme });
			await expectNoViolations(student, `library shelf (${viewport.width}px, ${colorScheme})`);
			await student.screenshot({
				path: `test-results/library-shelf-${viewport.width}-${colorScheme}.png`,
				fullPage: true
			});
		}
	}
	await student.setViewportSize({ width: 390, height: 844 });

	// From the shelf: the result and code again, offline-safe (no link needed), then a retake.
	await shelf.getByRole('link', { name: /^Result and code\W+Tuesday check-in$/ }).click();
	await expect(student).toHaveURL(/\/play\?kept=/);
	await expect(student.locator('#result-code')).toHaveValue(code);
	await student.getByRole('button', { name: 'Take the quiz again' }).click();
	await expect(student.getByLabel(/Your name or initials/)).toHaveValue('Sam');
	await expect(student.getByRole('button', { name: 'Start' })).toBeVisible();
	await context.close();
});
