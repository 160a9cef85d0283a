/**
 * The preset dictionary of version-2 quiz links: text deflate may copy from before the quiz's
 * own first byte, so the words every generated quiz repeats ("Which number fills the gap in
 * this sentence from", "reports:", month names, "said") cost a few bits instead of their letters.
 * Deflate reaches back at most 32 KB and a near copy is cheaper than a far one, so the most
 * common phrases come last.
 *
 * Frozen: a link made with one dictionary reads only with the same bytes. Changing a single
 * character here needs a new link version (dictionary.spec.ts pins the hash).
 */
const NEWS = [
	'the Supreme Court, the European Union, the United Nations, the White House, the Prime Minister',
	'the President, the government, the police, the company, the department, the agency, the council',
	'officials, authorities, residents, researchers, scientists, investigators, prosecutors, lawmakers',
	'spokesperson, spokesman, spokeswoman, chief executive, director, secretary, governor, mayor',
	'announced, confirmed, reported, according to a statement, in a statement, told reporters',
	'on Monday, on Tuesday, on Wednesday, on Thursday, on Friday, on Saturday, on Sunday',
	'last year, this year, next year, last week, this week, last month, earlier this month',
	'more than, less than, at least, about, nearly, almost, around, up to, as many as',
	'million people, billion dollars, per cent, percent, per year, each year, every year',
	'killed, injured, arrested, charged, sentenced, convicted, elected, appointed, launched',
	'because of, in response to, after the, before the, during the, following the, despite the',
	'International, National, American, British, Chinese, Russian, Indian, Canadian, Australian',
	'January February March April May June July August September October November December',
	'Jan. Feb. Aug. Sept. Oct. Nov. Dec. U.S. U.K. U.N.'
].join('\n');

const QUESTIONS = [
	'Match each speaker to the role the report gives them.',
	'Match each speaker to their words.',
	'Put these events in the order they happened, earliest first.',
	"Both reports cover this point. Which outlet's version contains this wording? “",
	'These are the words of the  report;  put it differently.',
	'Which word completes the quote from ',
	'The full quote reads: “',
	'Type the number missing from this sentence from ',
	'Which range fills the gap in this sentence from ',
	'Which year fills the gap in this sentence from ',
	'Which month and year fill the gap in this sentence from ',
	'Which date fills the gap in this sentence from ',
	' gives the year as ',
	' gives the month and year as ',
	' gives the date as ',
	'What caused , according to ?',
	'Why did , according to ?',
	'Who is , according to ?',
	' names  as the ',
	'According to , what did  say?',
	'According to ,  said this.',
	'False:  reports that  said this, not .',
	'True:  reports that  said this.',
	'True or false? According to : ',
	'Who used these words? “',
	'Who said that ',
	'Who said this? “',
	'”, said the ',
	' said the ',
	' said that ',
	' said: “',
	'Which number fills the gap in this sentence from ',
	' reports: The ',
	' reports: '
].join('\n');

export const LINK_DICTIONARY: Uint8Array<ArrayBuffer> = new TextEncoder().encode(
	`${NEWS}\n${QUESTIONS}`
);
