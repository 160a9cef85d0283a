import { describe, expect, it } from 'vitest';
import type { SetSummary } from '$lib/pipeline/schema';
import { findSets, resultsLine, searchText, type SetState } from './library';

function set(id: string, title: string, more: Partial<SetSummary> = {}): SetSummary {
	return {
		id,
		title,
		date: '2025-01-08',
		summary: '',
		tags: [],
		sources: [],
		count: 10,
		...more
	};
}

const library = [
	set('a', 'North Korea and the UN Security Council', { tags: ['world'] }),
	set('b', 'Sudán: talks in Jeddah', {
		summary: 'Ceasefire talks resume.',
		sources: [
			{ article: 'x', title: 't', outlet: 'Reuters', published: '2025-01-08', url: undefined }
		]
	}),
	set('c', 'Lead pipes to be replaced', { tags: ['environment'] })
];
const texts = new Map(library.map((s) => [s.id, searchText(s)]));
const states: Record<string, SetState> = {
	a: { progress: { answered: 4, mastered: 1, due: 2 }, offline: true },
	b: { progress: { answered: 3, mastered: 3, due: 0 }, offline: false },
	c: { progress: null, offline: false }
};
const find = (words: string, filter: Parameters<typeof findSets>[2]['filter'] = 'all') =>
	findSets(library, texts, { words, filter }, (id) => states[id]!).map((s) => s.id);

describe('finding a set in the library', () => {
	it('finds every word typed, in any order, in the title, summary, tags or outlet', () => {
		expect(find('korea')).toEqual(['a']);
		expect(find('council north')).toEqual(['a']);
		expect(find('ceasefire')).toEqual(['b']);
		expect(find('reuters')).toEqual(['b']);
		expect(find('environment')).toEqual(['c']);
		expect(find('korea pipes')).toEqual([]);
	});

	it('ignores case, accents and extra spaces', () => {
		expect(find('  SUDAN  ')).toEqual(['b']);
		expect(find('sudán')).toEqual(['b']);
	});

	it('shows every set, newest first as listed, when nothing is typed', () => {
		expect(find('')).toEqual(['a', 'b', 'c']);
	});

	it('filters by what the student has done and what is on the device', () => {
		expect(find('', 'new')).toEqual(['c']);
		expect(find('', 'started')).toEqual(['a', 'b']);
		expect(find('', 'due')).toEqual(['a']);
		expect(find('', 'offline')).toEqual(['a']);
		expect(find('lead', 'started')).toEqual([]);
	});

	it('counts a set whose progress is still being read as not started', () => {
		const unread = findSets(library, texts, { words: '', filter: 'new' }, () => ({
			progress: undefined,
			offline: false
		}));
		expect(unread).toHaveLength(3);
	});
});

describe('the line that announces the results', () => {
	const all = { words: '', filter: 'all' as const };
	it('says how many sets there are, and how many are shown', () => {
		expect(resultsLine(1, 1, 1, all)).toBe('1 set');
		expect(resultsLine(1000, 1000, 24, all)).toBe('Showing 24 of 1,000 sets');
	});
	it('says how many match a search or a filter', () => {
		expect(resultsLine(1000, 1, 1, { words: 'korea', filter: 'all' })).toBe('1 set matches');
		expect(resultsLine(1000, 130, 24, { words: '', filter: 'due' })).toBe(
			'130 sets match, showing 24'
		);
		expect(resultsLine(1000, 0, 0, { words: 'zzz', filter: 'all' })).toBe('No sets match');
	});
});
