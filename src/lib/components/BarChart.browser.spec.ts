import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import BarChart from './BarChart.svelte';
import { show } from './quiz/testing';

describe('a bar chart', () => {
	it('draws a value axis, each value over its bar, and days with the month where it changes', async () => {
		show(BarChart, {
			title: 'Accuracy (%)',
			max: 100,
			unit: '%',
			bars: [
				{ label: '2026-11-30', value: 0, detail: 'No answers' },
				{ label: '2026-12-01', value: 75, detail: '3 of 4 right' },
				{ label: '2026-12-02', value: 50, detail: '1 of 2 right' }
			]
		});
		const chart = page.getByRole('img', { name: /^Accuracy \(%\):/ });
		await expect.element(chart).toBeVisible();
		const texts = [...chart.element().querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toEqual(
			expect.arrayContaining(['100%', '50%', '0%', '75', '30', '1', '2', 'Nov', 'Dec'])
		);
		// A bar of zero has no value written over it.
		expect(texts.filter((t) => t === '0')).toEqual([]);
		await expect.element(chart).toHaveAccessibleName(/1 December 2026 75%/);
		// The table (folded under "Show as a table") names each day in full.
		const rows = [...document.querySelectorAll('tbody th')].map((th) => th.textContent);
		expect(rows).toEqual(['30 November 2026', '1 December 2026', '2 December 2026']);
	});
});
