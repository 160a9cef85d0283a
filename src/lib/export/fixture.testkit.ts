/**
 * A quiz with one question of every format and text full of each format's special characters,
 * for the export and import tests (not shipped: only specs import it).
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';

const citation = {
	article: 'fixture',
	outlet: 'Test Gazette',
	sentence: 'The council voted 7 to 2 on Tuesday.',
	start: 0,
	end: 37
};

const base = { citations: [citation], explanation: 'Said in the report: "7 to 2" & more.' };

export const TRICKY =
	'a ~tilde, =equals, #hash, {braces}, colon: and \\ backslash <tag> & "quote" \'apos\'';

export const ITEMS: Item[] = [
	{
		...base,
		id: 'choice-1',
		type: 'who-said',
		format: 'choice',
		prompt: `Who said ${TRICKY}?`,
		answer: 'Mayor Elena = Vasquez',
		options: ['Tom {Briggs}', 'Mayor Elena = Vasquez', 'Ann #Lee', 'Raj: Patel', 'Five ~Options']
	},
	{
		...base,
		id: 'tf-1',
		type: 'true-false',
		format: 'choice',
		prompt: 'The council voted 7 to 2: true or false?',
		answer: 'True',
		options: ['True', 'False']
	},
	{
		...base,
		id: 'number-1',
		type: 'how-many',
		format: 'number',
		prompt: 'How many million dollars will the project cost?',
		answer: '14',
		tolerance: 0.5,
		unit: 'million dollars'
	},
	{
		...base,
		id: 'text-1',
		type: 'quote-completion',
		format: 'text',
		prompt: 'Complete the quote: "a home for every ___"',
		answer: 'reader',
		accept: ['readers']
	},
	{
		...base,
		id: 'match-1',
		type: 'match',
		format: 'match',
		prompt: 'Match each speaker to their role.',
		answer: 'Elena Vasquez: Mayor; Tom Briggs: Councillor {x}; Ann Lee: Librarian & author',
		pairs: [
			{ left: 'Elena Vasquez', right: 'Mayor' },
			{ left: 'Tom Briggs', right: 'Councillor {x}' },
			{ left: 'Ann Lee', right: 'Librarian & author' }
		]
	},
	{
		...base,
		id: 'order-1',
		type: 'timeline',
		format: 'order',
		prompt: 'Put these events in order.',
		answer: 'The depot closed → The council voted → The library opens',
		options: ['The library opens', 'The depot closed', 'The council voted'],
		sequence: ['The depot closed', 'The council voted', 'The library opens']
	}
];

export const SET: QuestionSet = {
	id: 'fixture-set',
	title: 'Library vote: a <test> & quiz',
	date: '2025-05-14',
	summary: '',
	tags: [],
	sources: [],
	items: ITEMS
};
