/**
 * Who is: a person -> the role the article gives them, or a role -> the person. Wrong options are
 * the roles (or names) of the story's other people, never the same person under another name.
 */
import type { Item } from '../schema';
import { hashString } from '../random';
import type { ArticleInput, StoryContext } from './context';
import { sameSpeaker } from './context';
import { itemId } from './ids';
import { citeRole } from './match';
import { roleLabel, usableRole } from './speakers';
import { clauseStart, normalise } from './text';

interface Known {
	name: string;
	role: string;
	article: ArticleInput;
}

/** People with a role, one entry per person (the first role the story gives them). */
export function peopleWithRoles(ctx: StoryContext): Known[] {
	const out: Known[] = [];
	for (const article of ctx.articles)
		for (const p of article.facts.people) {
			if (p.kind !== 'person' || !usableRole(p.role, p.name)) continue;
			if (p.name.split(/\s+/).length < 2 || !plausibleRole(p.role as string)) continue;
			// Someone the story is about: quoted, or named more than once.
			if (p.mentions.length < 2 && !ctx.speakers.some((s) => sameSpeaker(s.name, p.name))) continue;
			if (out.some((k) => sameSpeaker(k.name, p.name))) continue;
			if (out.some((k) => normalise(roleLabel(k.role)) === normalise(roleLabel(p.role as string))))
				continue;
			out.push({ name: p.name, role: p.role as string, article });
		}
	return out;
}

/** A role, not a clause the extractor took for one ("made possible through …"). */
function plausibleRole(role: string): boolean {
	const first = role.trim().split(/\s+/)[0] ?? '';
	if (/^\p{Ll}+(?:ed|en|ing)$/u.test(first)) return false;
	// A bare title ("Professor", "Dr") says nothing about what the person does in the story.
	if (
		/^(?:professor|prof|doctor|dr|mr|mrs|ms|miss|sir|dame|lord|lady|rev|reverend)\.?$/i.test(
			role.trim()
		)
	)
		return false;
	return role.split(/\s+/).length <= 12 && !/[“”"]/.test(role);
}

/**
 * "Turkish Prime Minister" -> "the Turkish Prime Minister"; "France's envoy" stays; a common
 * first word is lower-cased the way the article writes it ("the president of …").
 */
export function withArticle(role: string, body = ''): string {
	const bare = role.trim().replace(/^the\s+/i, '');
	// "an Ottawa MP", "North Korea's ambassador": the role brings its own article.
	if (/^(?:a|an)\s/i.test(bare) || /^(?:[\p{L}.-]+\s){0,3}[\p{L}.-]+['’]s\s/u.test(bare))
		return bare;
	return `the ${body ? clauseStart(bare, body) : bare}`;
}

const HEAD_OF_STATE =
	/^(?:the\s+)?(?:[\p{L}.]+\s+){0,2}(?:president|prime minister|pope|king|queen|chancellor|emperor)$/iu;

export function whoIsItems(ctx: StoryContext): Item[] {
	const known = peopleWithRoles(ctx);
	if (known.length < 3) return [];
	const items: Item[] = [];
	for (const k of known) {
		const citation = citeRole(
			k.article,
			{ name: k.name, kind: 'person', role: k.role, quotes: [] },
			k.role
		);
		// "Who is the U.S. President?" tests general knowledge, not the article.
		if (!citation || HEAD_OF_STATE.test(roleLabel(k.role))) continue;
		// "Who is the director?" fits too many people: a role alone must say of what.
		const toRole = hashString(k.name) % 2 === 0 || roleLabel(k.role).split(/\s+/).length < 2;
		// Roles of a like length: "President" beside a long title gives the answer away.
		const size = (role: string) => roleLabel(role).split(/\s+/).length;
		const alike = (o: Known) =>
			!toRole || (size(o.role) * 2.5 >= size(k.role) && size(o.role) <= size(k.role) * 2.5);
		const others = known.filter((o) => o !== k && alike(o));
		if (others.length < 2) continue;
		const ordered = others
			.map((o) => ({ o, h: hashString(`${k.name}|${o.name}`) }))
			.sort((a, b) => a.h - b.h)
			.map((x) => x.o)
			.slice(0, 3);
		const answer = toRole ? roleLabel(k.role) : k.name;
		const options = [answer, ...ordered.map((o) => (toRole ? roleLabel(o.role) : o.name))];
		items.push({
			id: itemId('who-is', k.article.id, k.name),
			type: 'who-is',
			format: 'choice',
			prompt: toRole
				? `Who is ${k.name}, according to ${k.article.outlet}?`
				: `According to ${k.article.outlet}, who is ${withArticle(k.role, k.article.facts.body)}?`,
			answer,
			options,
			explanation: `${k.article.outlet} names ${k.name} as ${withArticle(k.role, k.article.facts.body)}.`,
			citations: [citation]
		});
	}
	return items;
}
