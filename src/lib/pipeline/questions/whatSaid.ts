/** What did X say: a speaker -> which claim; the wrong options are other speakers' claims. */
import type { Item } from '../schema';
import { clearlyAttributed } from './attribution';
import { citeQuote } from './citations';
import { claimOf, type Claim } from './claims';
import { corroboratedBy, sameSpeaker, type Ref, type StoryContext } from './context';
import type { Quote, Sentence } from '../facts';
import { saidSomethingLike } from './distractors';
import { itemId } from './ids';
import { describe } from './speakers';
import { capitalise, containsWords, nameParts, surname } from './text';

/** Whole quoted sentences, quoted fragments and reported clauses are never mixed in one item. */
const shapeOf = (c: Claim) =>
	c.form === 'clause' ? 'clause' : /^“\p{Lu}/u.test(c.text) ? 'sentence' : 'fragment';

/** Options read as "That ..." for clauses and as the quoted words otherwise. */
function option(claim: Claim): string {
	return claim.form === 'clause' ? `That ${claim.text}` : claim.text;
}

/** Each paragraph's text, per article (a what-said item checks every other speaker's quote). */
const paragraphs = new WeakMap<Sentence[], Map<number, string>>();

function namedNear(ref: Ref<Quote>, name: string): boolean {
	const { sentences } = ref.article.facts;
	let texts = paragraphs.get(sentences);
	if (!texts) {
		texts = new Map();
		for (const s of sentences) texts.set(s.paragraph, `${texts.get(s.paragraph) ?? ''} ${s.text}`);
		paragraphs.set(sentences, texts);
	}
	const paragraph = sentences[ref.fact.sentence]?.paragraph ?? -1;
	return containsWords(texts.get(paragraph) ?? '', surname(name));
}

export function whatSaidItems(ctx: StoryContext): Item[] {
	const items: Item[] = [];
	const people = ctx.speakers.filter((s) => s.kind === 'person');
	for (const speaker of people) {
		// One question per speaker: the first claim that reads well and has enough wrong options.
		for (const ref of speaker.quotes.filter((r) => r.group === ctx.quotes.indexOf(r))) {
			const claim = claimOf(ref.fact, ref.article.facts.body);
			const citations = citeQuote(ref.article, ref.fact, ref.fact.speaker);
			// "That the plan failed", from "X denied that the plan failed", says the opposite.
			if (!claim || claim.denied || !citations || !clearlyAttributed(ref.article.facts, ref.fact))
				continue;
			if (nameParts(speaker.name).some((p) => containsWords(claim.text, p))) continue;
			const wrong: string[] = [];
			for (const other of people) {
				if (sameSpeaker(other.name, speaker.name)) continue;
				for (const r of other.quotes) {
					const c = claimOf(r.fact, r.article.facts.body);
					if (
						!c ||
						c.denied ||
						shapeOf(c) !== shapeOf(claim) ||
						saidSomethingLike(speaker, r.fact.text)
					)
						continue;
					if (!clearlyAttributed(r.article.facts, r.fact)) continue;
					// Words in a paragraph that names the asked speaker may be theirs after all.
					if (namedNear(r, speaker.name)) continue;
					if (nameParts(speaker.name).some((p) => containsWords(c.text, p))) continue;
					wrong.push(option(c));
					break;
				}
			}
			if (wrong.length < 2) continue;
			const answer = option(claim);
			items.push({
				id: itemId('what-said', ref.id),
				type: 'what-said',
				format: 'choice',
				prompt: `According to ${ref.article.outlet}, what did ${describe(speaker.name, ref.fact.role)} say?`,
				answer,
				options: [answer, ...wrong.slice(0, 3)],
				explanation: `${capitalise(describe(speaker.name, ref.fact.role))} said ${
					claim.form === 'clause' ? 'that ' + claim.text : claim.text
				}.`.replace(/([.!?…])”\.$/, '$1”'),
				citations,
				corroborated: corroboratedBy(ref, ctx.quotes)
			});
			break;
		}
	}
	return items;
}
