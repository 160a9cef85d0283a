/**
 * The messages between the create page and the Web Worker that turns a pasted article into a
 * question set. Types and constants only: the page imports this file, and it must not pull the
 * pipeline (compromise alone is ~137 KB gzip) onto the main thread.
 */
import type { QuestionSet, QuestionType } from '../schema';

/** A news article is far shorter; anything longer is a whole page or a book pasted by mistake. */
export const MAX_PASTE_CHARS = 300_000;

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
	'what-happened': 'What happened',
	why: 'Why',
	'who-is': 'Who is'
};
