/** Match: 3–5 speakers to their roles, and 3–5 speakers to their words. */
import type { Citation, Item } from '../schema';
import { cite, citeQuote, namesSpeaker } from './citations';
import { isWholeSentence } from './claims';
import type { ArticleInput, Speaker, StoryContext } from './context';
import { itemId } from './ids';
import { roleLabel, usableRole } from './speakers';
import { balancedQuotes, containsWords, nameParts, normalise, quoted } from './text';

interface Pair {
	left: string;
	right: string;
	citation: Citation;
}

/** The first sentence of the article that names the speaker and gives the role. */
export function citeRole(article: ArticleInput, speaker: Speaker, role: string): Citation | null {
	for (const s of article.facts.sentences) {
		if (namesSpeaker(s.text, speaker.name) && containsWords(s.text, role)) return cite(article, s);
	}
	return null;
}

function matchItem(type: string, prompt: string, pairs: Pair[]): Item | null {
	if (pairs.length < 3) return null;
	const chosen = pairs.slice(0, 5);
	const rights = chosen.map((p) => normalise(p.right));
	if (new Set(rights).size !== rights.length) return null;
	return {
		id: itemId('match', type, ...chosen.map((p) => p.left + '=' + p.right)),
		type: 'match',
		format: 'match',
		prompt,
		answer: chosen.map((p) => `${p.left}: ${p.right}`).join('; '),
		pairs: chosen.map(({ left, right }) => ({ left, right })),
		explanation: chosen.map((p) => `${p.left}: ${p.right}`).join('; ') + '.',
		citations: chosen.map((p) => p.citation)
	};
}

/** Roles as one article gives them, so the options share that article's style. */
function rolePairs(ctx: StoryContext, article: ArticleInput): Pair[] {
	const pairs: Pair[] = [];
	for (const speaker of ctx.speakers.filter((s) => s.kind === 'person')) {
		const roles = speaker.quotes.filter((r) => r.article === article).map((r) => r.fact.role);
		for (const role of roles) {
			if (!usableRole(role, speaker.name)) continue;
			const citation = citeRole(article, speaker, role);
			if (citation) {
				pairs.push({ left: speaker.name, right: roleLabel(role), citation });
				break;
			}
		}
	}
	return pairs;
}

function bestRolePairs(ctx: StoryContext): Pair[] {
	return ctx.articles
		.map((a) => rolePairs(ctx, a))
		.reduce((best, p) => (p.length > best.length ? p : best), []);
}

function quotePairs(ctx: StoryContext): Pair[] {
	const pairs: Pair[] = [];
	for (const speaker of ctx.speakers.filter((s) => s.kind === 'person')) {
		for (const ref of speaker.quotes) {
			const text = ref.fact.text.trim();
			if (!isWholeSentence(ref.fact) || text.length > 240 || text.split(/\s+/).length < 6) continue;
			if (!balancedQuotes(text) || /["“”]/.test(text)) continue;
			// A quote that names its speaker (or another speaker of the match) would give the pair away.
			if (ctx.speakers.some((s) => nameParts(s.name).some((p) => containsWords(text, p)))) continue;
			const citations = citeQuote(ref.article, ref.fact, ref.fact.speaker);
			if (citations?.length !== 1 || !citations[0]) continue;
			pairs.push({ left: speaker.name, right: quoted(text), citation: citations[0] });
			break;
		}
	}
	return pairs;
}

export function matchItems(ctx: StoryContext): Item[] {
	const items = [
		matchItem('roles', 'Match each speaker to the role the report gives them.', bestRolePairs(ctx)),
		matchItem('quotes', 'Match each speaker to their words.', quotePairs(ctx))
	];
	return items.filter((i): i is Item => i !== null);
}
