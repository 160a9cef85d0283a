/**
 * Interviews written as question and answer: "Wikinews asked if Ana Lima believed …", then the
 * answer as a paragraph in her own words, in the first person and without quotation marks. Every
 * sentence rule looks for a quotation mark or a reporting verb, so these answers, the heart of an
 * interview, were nobody's words. An answer is a paragraph with no quotation mark that speaks in
 * the first person right after a question (or after another answer); it is the words of the person
 * the question names, else of the person the title names.
 */
import type { Person, Quote, Sentence } from '../facts';

/** "I", "my", "we": the interviewee speaking. Lower-case "us", so "US" is not one. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|our|us)\b/;
/** "Wikinews asked …", a line ending in "?", or "Q:": the interviewer's turn. */
const QUESTION = /\basked\b|\?["”]?\s*$|^(?:Q|Question)\s*[:.]/;
const OPENS_QUOTED = /^\s*["“]/;
const SENTENCE_END = /[.!?…]["”’')]*\s*$/;

interface Paragraph {
	sentences: { sentence: Sentence; index: number }[];
	text: string;
}

function paragraphsOf(sentences: Sentence[]): Paragraph[] {
	const out: Paragraph[] = [];
	sentences.forEach((sentence, index) => {
		const last = out[out.length - 1];
		const same = last && sentences[index - 1]?.paragraph === sentence.paragraph;
		if (same) {
			last.sentences.push({ sentence, index });
			last.text += ` ${sentence.text}`;
		} else out.push({ sentences: [{ sentence, index }], text: sentence.text });
	});
	return out;
}

/** Whom a question is put to: the interviewee when it names them, else the first person it names. */
function askedIn(p: Paragraph, people: Person[], interviewee?: Person): Person | undefined {
	const at = new Set(p.sentences.map((s) => s.index));
	const named = people
		.map((person) => ({ person, m: person.mentions.find((m) => at.has(m.sentence)) }))
		.filter((x) => x.m)
		.sort((a, b) => (a.m?.start ?? 0) - (b.m?.start ?? 0))
		.map((x) => x.person);
	return named.find((x) => x === interviewee) ?? named[0];
}

/** The answers of an interview as quotes, in text order; none where the text is no interview. */
export function interviewAnswers(
	sentences: Sentence[],
	people: Person[],
	title: string,
	taken: Quote[]
): Quote[] {
	const persons = people.filter((p) => p.kind === 'person');
	const interviewee = persons.find((p) => title.includes(p.name));
	const out: Quote[] = [];
	let turn: 'question' | 'answer' | 'other' = 'other';
	let speaker: Person | undefined;
	for (const p of paragraphsOf(sentences)) {
		const firstPerson = FIRST_PERSON.test(p.text.replace(/["“][^"”]*["”]/g, ''));
		if (QUESTION.test(p.text) && !firstPerson) {
			turn = 'question';
			speaker = askedIn(p, persons, interviewee) ?? interviewee ?? speaker;
			continue;
		}
		// Right after a question put to the person the title names, an answer need not say "I".
		// A quotation inside an answer is someone else's words, met by the quote rules; an answer
		// that opens with one is a quotation, not an answer.
		// A section heading ("Trade and aid") after a question is no answer: an answer ends as a
		// sentence does.
		const answer =
			!OPENS_QUOTED.test(p.text) &&
			SENTENCE_END.test(p.text) &&
			(firstPerson
				? turn !== 'other'
				: turn === 'question' && !!interviewee && speaker === interviewee);
		if (!answer || !speaker) {
			turn = 'other';
			continue;
		}
		turn = 'answer';
		p.sentences.forEach(({ sentence, index }, k) => {
			if (taken.some((q) => q.start < sentence.end && q.end > sentence.start)) return;
			const text = sentence.text.trim();
			const start = sentence.start + sentence.text.indexOf(text);
			out.push({
				sentence: index,
				start,
				end: start + text.length,
				speaker: speaker!.name,
				role: speaker!.role,
				speakerKind: 'person',
				text,
				direct: true,
				kind: 'direct',
				cue: null,
				...(k > 0 ? { continues: true } : {})
			});
		});
	}
	return out;
}
