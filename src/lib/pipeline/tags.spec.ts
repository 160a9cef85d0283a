import { describe, it, expect } from 'vitest';
import nlp from 'compromise';
import { firstWordTags, hasTag, verbsOf } from './tags';

/** Invented texts: a name, single words, a contraction, sentences with several verbs. */
const TEXTS = [
	'Mary Zorb',
	'Zorb',
	'French',
	'cannot',
	'inspect the new cranes that arrived',
	'The council had voted to extend the ban, and officials said they would appeal.',
	'were considered by the panel',
	// Each of the rules verbsOf reads verbs by (compromise's own examples).
	'the reason he will is that, all i do is talk',
	'she liked being pampered and likes to be pampered',
	'we help fix it; what i can sell is gold, what i can sell will be gold',
	'directing had stopped, and everyone he met told him',
	'everyone he met had told him that fans that were blowing felt amazing',
	'she allowed herself to stay, sitting near the door',
	'the fair held annually is called Zorbfest',
	''
];

describe('tags read once', () => {
	it('equal what compromise gives each text', () => {
		for (const text of TEXTS) {
			for (const tag of ['FirstName', 'Organization', 'Place', 'Demonym', 'Adjective'])
				expect(hasTag(text, tag)).toBe(nlp(text).has(`#${tag}`));
			const first = (nlp(text).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags;
			expect(firstWordTags(text)).toEqual(first ?? []);
			const verbs = nlp(text).verbs().json({ offset: true }) as {
				text: string;
				offset: { start: number };
			}[];
			expect(verbsOf(text)).toEqual(verbs.map((v) => ({ text: v.text, start: v.offset.start })));
		}
	});
});
