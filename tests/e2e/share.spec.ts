import { test, expect, waitForOffline } from './fixtures';
import { answer, countStored, currentItem, firstSet, readQr } from './quiz-helpers';

// A whole journey through every question: longer than one page's default budget.
test.describe.configure({ timeout: 180_000 });

test('a teacher shares up to 10 questions; a student takes them offline; the teacher gets the result', async ({
	browser,
	page: teacher,
	server
}) => {
	const set = await firstSet(teacher, server.url);
	await teacher.goto(`${server.url}/sets/${set.id}/share`);
	await waitForOffline(teacher);
	await teacher.getByLabel('Let me pick').check();
	const chosen = set.items.slice(0, 10);
	const total = chosen.length;
	for (const item of chosen) {
		await teacher.getByRole('checkbox', { name: item.prompt }).check();
	}
	// One question reworded by the teacher travels whole inside the link.
	await teacher.getByText('Reword this question').first().click();
	const reworded = `In your own words: ${chosen[0]!.prompt}`;
	await teacher.locator(`#edit-${chosen[0]!.id}`).fill(reworded);
	await teacher.getByLabel('Title').fill('Friday news quiz');
	await teacher.getByLabel(/Message for the class/).fill('Do this before <b>Monday</b>!');
	await teacher.getByRole('button', { name: 'Create link and QR code' }).click();
	const url = await teacher.locator('#share-url').inputValue();
	expect(url.length).toBeLessThanOrEqual(2000);
	expect(url).toContain('/play#q=');
	expect(await readQr(teacher, 'QR code of the quiz link')).toBe(url);

	// A student with empty storage opens the link once, then the server goes away.
	const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const student = await studentContext.newPage();
	await student.goto(url);
	await expect(student.getByRole('heading', { name: 'Friday news quiz' })).toBeVisible();
	await expect(student.getByText('Do this before <b>Monday</b>!')).toBeVisible();
	await waitForOffline(student);
	await server.close();

	await student.getByLabel(/Your name or initials/).fill('A. Student');
	await student.getByRole('button', { name: 'Start' }).click();
	const quizItems = chosen.map((item, i) => (i === 0 ? { ...item, prompt: reworded } : item));
	const lookup = { ...set, items: quizItems };
	let right = 0;
	for (let n = 1; n <= total; n++) {
		await expect(student.getByText(`Question ${n} of ${total}`)).toBeVisible();
		const correct = n !== 4 && n !== 7;
		await answer(student, await currentItem(student, lookup), correct);
		if (correct) right++;
		await student
			.getByRole('button', { name: n === total ? 'See results' : 'Next question' })
			.click();
	}
	await expect(student.getByTestId('score')).toContainText(`${right} of ${total} right`);
	const code = await student.locator('#result-code').inputValue();
	// Short enough for a QR code a phone camera reads off another phone.
	expect(code.length).toBeLessThan(1200);
	expect(await readQr(student, 'QR code of your result')).toBe(code);

	// The teacher photographs the QR code on the student's phone, shown large.
	await student.setViewportSize({ width: 1000, height: 1000 });
	await student.getByRole('button', { name: 'Show large for a projector' }).click();
	const photo = await student.getByRole('dialog').getByRole('img').screenshot();
	await student.getByRole('button', { name: 'Close' }).click();

	await teacher.goto(`${server.url}/class`);
	await teacher
		.locator('#scan')
		.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: photo });
	await expect(teacher.getByText(`added A. Student: ${right} of ${total}.`)).toBeVisible();
	const row = teacher.getByRole('row', { name: /A\. Student/ });
	await expect(row.getByTestId('roster-score')).toHaveText(`${right} / ${total}`);
	await expect(row.getByRole('cell', { name: /wrong/ })).toHaveCount(2);

	// The same code pasted again is recognised, not counted twice.
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(teacher.locator('.report')).toContainText('already added');
	await expect(teacher.getByRole('heading', { name: 'Results (1)' })).toBeVisible();

	// A code edited by hand is refused and changes nothing.
	const edited = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
	await teacher.getByLabel('Paste result codes').fill(edited);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(teacher.locator('.report')).toContainText(/damaged|another quiz/);
	await expect(teacher.getByRole('heading', { name: 'Results (1)' })).toBeVisible();

	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export as CSV' }).click();
	const csv = await (await download).path();
	expect((await import('node:fs')).readFileSync(csv, 'utf8')).toContain('A. Student');
	await studentContext.close();
});

test('broken, newer or hostile links show a clear message and change nothing', async ({
	page,
	server
}) => {
	page.on('dialog', () => {
		throw new Error('a link must never run script');
	});
	await page.goto(`${server.url}/`);
	const before = await countStored(page, 'attempts');
	const cases: [string, RegExp][] = [
		['#q=1abcdef', /This link is damaged/],
		['#q=9AAAA', /newer version of Factdeck/],
		[`#q=${encodeURIComponent('<script>alert(1)</script>')}`, /This link is damaged/],
		['#q=javascript:alert(1)', /This link is damaged/],
		[`#q=1${'A'.repeat(300_000)}`, /too (large|long|big)/i]
	];
	for (const [hash, message] of cases) {
		await page.goto(`${server.url}/play${hash}`);
		await expect(page.getByRole('alert')).toHaveText(message);
		await expect(page.getByRole('heading', { name: 'This quiz cannot be opened' })).toBeVisible();
	}
	expect(await countStored(page, 'attempts')).toBe(before);
});
