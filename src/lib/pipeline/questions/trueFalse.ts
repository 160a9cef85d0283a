/**
 * True or false that makes a student think: a speaker's words credited to another speaker of the
 * story, always False. A True statement would repeat the article, which reviewers reject as
 * trivially true; a changed figure or date was rejected almost half the time (trivia, a change
 * the sentence itself contradicts, a garbled stem) and the same facts are asked better as gaps.
 */
import type { Citation, Item } from '../schema';
import { hashString } from '../random';
import { clearlyAttributed } from './attribution';
import { citeQuote } from './citations';
import { claimOf } from './claims';
import { corroboratedBy, primary, speakerOf, type StoryContext } from './context';
import { ROLE_ONLY, speakerDistractors } from './distractors';
import { itemId } from './ids';
import { speakerPhrase } from './speakers';
import { capitalise } from './text';

/** One quote, stated falsely (credited to another speaker). */
interface Candidate {
	id: string;
	falseStatement: string;
	falseNote: string;
	citations: Citation[];
	corroborated?: string[];
}

/**
 * A quote credited to another speaker of the story: only ever False. "X said: <their exact words>"
 * marked True is the article repeated, which blind reviewers reject as trivially true.
 */
function fromQuotes(ctx: StoryContext): Candidate[] {
	const out: Candidate[] = [];
	for (const ref of primary(ctx.quotes)) {
		const speaker = speakerOf(ctx, ref.fact);
		const claim = claimOf(ref.fact, ref.article.facts.body);
		const citations = citeQuote(ref.article, ref.fact, ref.fact.speaker);
		if (
			!speaker ||
			!claim ||
			claim.denied ||
			!citations ||
			!clearlyAttributed(ref.article.facts, ref.fact)
		)
			continue;
		if (claim.form === 'words' && !/^“\p{Lu}/u.test(claim.text)) continue;
		const id = itemId('true-false', ref.id);
		// Credited to someone who also speaks in the story: a Facebook spokesman's words put in the
		// mouth of a deposed president, quoted nowhere, give the answer away.
		const swap = speakerDistractors(ctx, ref.fact, id, 1, true)[0];
		if (!swap || ROLE_ONLY.test(speaker.name)) continue;
		const body = ref.article.facts.body;
		const said = claim.form === 'clause' ? `said that ${claim.text}.` : `said: ${claim.text}`;
		out.push({
			id,
			falseStatement: `${capitalise(speakerPhrase(swap, speaker.kind, body))} ${said}`,
			falseNote: `${ref.article.outlet} reports that ${speakerPhrase(speaker.name, speaker.kind, body)} said this, not ${speakerPhrase(swap, speaker.kind, body)}.`,
			citations,
			corroborated: corroboratedBy(ref, ctx.quotes)
		});
	}
	return out;
}

export function trueFalseItems(ctx: StoryContext): Item[] {
	return fromQuotes(ctx)
		.sort((a, b) => hashString(a.id) - hashString(b.id))
		.map((c) => ({
			id: c.id,
			type: 'true-false',
			format: 'choice',
			prompt: `True or false? ${c.falseStatement}`,
			answer: 'False',
			options: ['True', 'False'],
			explanation: `False: ${c.falseNote}`,
			citations: c.citations,
			corroborated: c.corroborated
		}));
}
