import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration } from './format';

describe('formatDate', () => {
	it('shows a date only as precisely as it is known', () => {
		expect(formatDate('2025-01-08')).toBe('8 January 2025');
		expect(formatDate('2022-02')).toBe('February 2022');
		expect(formatDate('2006')).toBe('2006');
	});

	it('leaves text that is not a date as it is', () => {
		expect(formatDate('soon')).toBe('soon');
	});
});

describe('formatDuration', () => {
	it('reads as minutes and seconds', () => {
		expect(formatDuration(42_400)).toBe('42 s');
		expect(formatDuration(125_000)).toBe('2 min 5 s');
	});
});
