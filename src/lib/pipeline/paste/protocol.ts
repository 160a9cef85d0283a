/**
 * The messages between the create page and the Web Worker that turns a pasted article into a
 * question set. Types and constants only: the page imports this file, and it must not pull the
 * pipeline (compromise alone is ~137 KB gzip) onto the main thread.
 */
import type { QuestionSet, QuestionType } from '../schema';

/** A news article is far shorter; anything longer is a whole page or a book pasted by mistake. */
export const MAX_PASTE_CHARS = 300_000;

/**
 * Making questions costs about 2 ms per word on a busy laptop core (measured with handleRequest:
 * 700 words 1.9 s, 4,000 words 8.1 s), so a longer text is cut to its first 4,000 words, at a
 * sentence end: no paste keeps the device busy for much more than ten seconds.
 */
export const MAX_PASTE_WORDS = 4_000;

/** The steps of making questions, in order, as the page names them. */
export const PASTE_STAGES = {
	reading: 'Reading the text',
	facts: 'Finding facts',
	questions: 'Writing questions'
} as const;
export type PasteStage = keyof typeof PASTE_STAGES;

/** Sent by the worker as each step starts, before the one response. */
export interface PasteProgress {
	id: number;
	stage: PasteStage;
	/** 1-based number of the step, of `of`. */
	step: number;
	of: number;
}

/** Said by the page (next to the field) and by the worker (for a request that skipped the page). */
export const EMPTY_TEXT = 'Paste the text of an article first: the text box is empty.';
export const NO_DATE = 'Give the date the article was published.';

export interface PasteRequest {
	/** Echoed in the response, so the page can ignore answers to a request it no longer waits for. */
	id: number;
	text: string;
	/** YYYY-MM-DD: relative dates in the text ("last Tuesday") are read against it. */
	published: string;
	outlet?: string;
	title?: string;
}

export type PasteResponse =
	| {
			id: number;
			ok: true;
			set: QuestionSet;
			/** What the extractor could not find or had to skip, in plain words. */
			warnings: string[];
	  }
	| { id: number; ok: false; message: string };

/** How each question type is named to a teacher looking at the list. */
export const TYPE_LABELS: Record<QuestionType, string> = {
	'who-said': 'Who said it',
	'what-said': 'What was said',
	'how-many': 'How many',
	when: 'When',
	'quote-completion': 'Complete the quote',
	'true-false': 'True or false',
	match: 'Match',
	timeline: 'Timeline',
	'which-outlet': 'Which outlet',
	written: 'Your own question',
	'what-happened': 'What happened',
	why: 'Why',
	'who-is': 'Who is',
	'who-did': 'Who did it'
};
