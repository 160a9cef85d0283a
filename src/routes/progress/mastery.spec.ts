import { describe, expect, it } from 'vitest';
import { masteryLine, masteryRows, notStartedLine, type MasterySet } from './mastery';

const set = (id: string, count = 10): MasterySet => ({ id, title: id, count, href: `/sets/${id}` });
const library = Array.from({ length: 1000 }, (_, i) => set(`story-${i}`));

describe('mastery by set in a library of a thousand', () => {
	it('lists only the sets with answers, and counts the rest', () => {
		const { rows, notStarted } = masteryRows(library, [], {
			'story-5': { answered: 3, mastered: 0, due: 0 },
			'story-900': { answered: 10, mastered: 2, due: 0 },
			// A card whose questions are all gone from the set counts as nothing answered.
			'story-7': { answered: 0, mastered: 0, due: 0 }
		});
		expect(rows.map((row) => row.id)).toEqual(['story-5', 'story-900']);
		expect(notStarted).toBe(998);
		expect(masteryLine(rows, rows.length)).toBe('2 sets started');
		expect(notStartedLine(notStarted, rows.length)).toBe('998 more sets not started yet.');
	});

	it('puts the sets with most due first, then the least mastered, then the newest', () => {
		const { rows } = masteryRows(library, [], {
			'story-1': { answered: 10, mastered: 9, due: 0 },
			'story-2': { answered: 10, mastered: 1, due: 0 },
			'story-3': { answered: 4, mastered: 0, due: 2 },
			'story-4': { answered: 6, mastered: 0, due: 5 },
			'story-5': { answered: 10, mastered: 1, due: 0 }
		});
		expect(rows.map((row) => row.id)).toEqual([
			'story-4',
			'story-3',
			'story-2',
			'story-5',
			'story-1'
		]);
	});

	it('always lists the quizzes the learner made, unanswered ones after every started set', () => {
		const made = [{ ...set('mine-1', 5), href: '/mine?id=mine-1' }, set('mine-2', 5)];
		const { rows, notStarted } = masteryRows(library.slice(0, 3), made, {
			'story-0': { answered: 10, mastered: 10, due: 0 },
			'mine-2': { answered: 2, mastered: 0, due: 1 }
		});
		expect(rows.map((row) => row.id)).toEqual(['mine-2', 'story-0', 'mine-1']);
		expect(rows[2]!.progress).toEqual({ answered: 0, mastered: 0, due: 0 });
		expect(notStarted).toBe(2);
		expect(masteryLine(rows, 3)).toBe('3 sets started or made');
	});

	it('says how many are shown when the list is longer than a page', () => {
		const bySet = Object.fromEntries(
			library.slice(0, 30).map((s) => [s.id, { answered: 1, mastered: 0, due: 0 }])
		);
		const { rows } = masteryRows(library, [], bySet);
		expect(masteryLine(rows, 24)).toBe('30 sets started, showing 24');
		expect(masteryLine(rows.slice(0, 1), 1)).toBe('1 set started');
	});

	it('points to the library when nothing is started', () => {
		const { rows, notStarted } = masteryRows(library, [], {});
		expect(rows).toEqual([]);
		expect(masteryLine(rows, 0)).toBe('No set started yet');
		expect(notStartedLine(notStarted, 0)).toBe('The library has 1,000 sets to choose from.');
		expect(notStartedLine(0, 4)).toBe('');
	});
});
