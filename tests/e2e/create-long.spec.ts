import { test, expect } from './fixtures';

// Written for this test: plain sentences with a quote, numbers and dates, repeated to book length.
const PARAGRAPH = [
	'The Harrowgate council voted 6 to 3 on Monday to close the Elm Street pool.',
	'"We cannot keep patching a building that is falling apart," said Councillor Ruth Okafor.',
	'Repairs would have cost $2 million, and about 400 children took lessons there in 2024.'
].join(' ');

test('a book-length paste shows its steps, and is cut to its first words with a note', async ({
	page,
	server
}) => {
	test.setTimeout(120_000);
	const text = Array.from({ length: 300 }, () => PARAGRAPH).join('\n\n');
	const words = text.split(/\s+/).length;
	await page.goto(`${server.url}/create`);
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Publication date').fill('2025-03-04');
	await page.getByRole('button', { name: 'Make questions' }).click();

	// The steps are announced politely as they start, with a bar that moves.
	await expect(page.getByRole('status').filter({ hasText: /step \d of 3/ })).toContainText(
		/(Reading the text|Finding facts|Writing questions)… \(step \d of 3\)/
	);
	await expect(page.getByRole('progressbar', { name: 'Making questions' })).toBeVisible();

	// The same three sentences over and over hold few facts: one question is a fair result.
	await expect(page.getByRole('heading', { name: /^\d+ questions? made$/ })).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await expect(
		page.getByText(`This text is ${words.toLocaleString('en')} words; the first 4,000 were used`)
	).toBeVisible();
});
