/** The empty question each format starts from when a teacher adds one. */
import type { Item } from '$lib/pipeline/schema';

export const FORMAT_CHOICES = [
	{ value: 'choice', label: 'Multiple choice' },
	{ value: 'true-false', label: 'True or false' },
	{ value: 'number', label: 'Number (with tolerance)' },
	{ value: 'text', label: 'Typed answer' },
	{ value: 'match', label: 'Match pairs' },
	{ value: 'order', label: 'Put in order' }
] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number]['value'];

export function blankItem(choice: FormatChoice): Item {
	// The store gives the question its id when it is added.
	const base = {
		id: 'new',
		type: 'written',
		prompt: '',
		answer: '',
		explanation: '',
		citations: []
	};
	switch (choice) {
		case 'choice':
			return { ...base, type: 'written', format: 'choice', options: ['', '', ''] };
		case 'true-false':
			return {
				...base,
				type: 'true-false',
				format: 'choice',
				prompt: 'True or false? ',
				answer: 'True',
				options: ['True', 'False']
			};
		case 'number':
			return { ...base, type: 'written', format: 'number', tolerance: 0 };
		case 'text':
			return { ...base, type: 'written', format: 'text' };
		case 'match':
			return {
				...base,
				type: 'written',
				format: 'match',
				pairs: Array.from({ length: 3 }, () => ({ left: '', right: '' }))
			};
		case 'order':
			return { ...base, type: 'written', format: 'order', sequence: ['', '', ''], options: [] };
	}
}
