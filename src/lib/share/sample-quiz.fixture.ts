/**
 * Ten hand-written items about the seed story, with realistic lengths (prompts, options,
 * explanations and whole citation sentences), used by the share specs to check the size budget
 * of links and result codes. Test data only: no app code imports this file.
 */
import type { Citation, Item, QuestionSet, Source } from '$lib/pipeline/schema';

const REUTERS = '000_da94ea73763b4ec9';
const KYIV = '001_290263c9e3302642';

const sources: Source[] = [
	{
		article: REUTERS,
		outlet: 'Reuters',
		title: 'US says North Korea gaining war experience from fighting for Russia',
		published: '2025-01-09'
	},
	{
		article: KYIV,
		outlet: 'Kyiv Independent',
		title: 'US warns North Korea gaining combat experience from war against Ukraine',
		published: '2025-01-09'
	}
];

function cite(article: string, sentence: string, start: number): Citation {
	const outlet = article === REUTERS ? 'Reuters' : 'Kyiv Independent';
	return { article, outlet, sentence, start, end: start + sentence.length };
}

const SHEA_QUOTE =
	'“The DPRK is significantly benefiting from receiving Russian military equipment, technology, and experience, rendering it more capable of waging war against its neighbors,” Shea told the council, which convened to discuss Pyongyang’s recent test of a new intermediate-range hypersonic ballistic missile.';
const TROOPS =
	'Deputy U.S. Ambassador to the U.N., Dorothy Camille Shea, informed the United Nations Security Council that over 12,000 North Korean troops are in Russia, and last month, they began fighting Ukrainian forces in Russia’s Kursk region.';
const KIM =
	'“When the civilian death toll exceeded 45,000 in Gaza, the United States justified Israel’s actions as the right to self-defense … Meanwhile, it criticizes the DPRK for exercising its legitimate right to self-defense,” Kim told the Security Council.';
const NEBENZIA =
	'“Such statements are the latest example of baseless conjecture aimed at smearing bilateral cooperation between the Russian Federation and the DPRK,” said Nebenzia, who also congratulated North Korean leader Kim Jong Un on his birthday.';
const HWANG =
	'South Korea’s U.N. Ambassador, Joonkook Hwang, told the council that North Korean soldiers are “essentially slaves to Kim Jong Un, brainwashed to sacrifice their lives on faraway battlefields to raise money for his regime and secure advanced military technology from Russia.”';
const SANCTIONS =
	'North Korea has been under U.N. sanctions since 2006, with measures steadily strengthened to halt Pyongyang’s development of nuclear weapons and ballistic missiles.';
const KYIV_LEAD =
	'North Korea is gaining valuable combat experience from its troops fighting alongside Russian forces in Ukraine, enhancing its ability to wage war against neighboring countries, a senior U.S. official said on Jan. 8.';

const SPEAKERS = ['Dorothy Camille Shea', 'Kim Song', 'Vassily Nebenzia', 'Joonkook Hwang'];

export const sampleItems: Item[] = [
	{
		id: 'who-said-1',
		type: 'who-said',
		format: 'choice',
		prompt:
			'Who told the Security Council that North Korea is “significantly benefiting from receiving Russian military equipment, technology, and experience”?',
		answer: 'Dorothy Camille Shea',
		options: SPEAKERS,
		explanation:
			'Dorothy Camille Shea, the deputy U.S. ambassador to the U.N., said this while the council discussed North Korea’s test of a new hypersonic missile.',
		citations: [cite(REUTERS, SHEA_QUOTE, 1012)]
	},
	{
		id: 'who-said-2',
		type: 'who-said',
		format: 'choice',
		prompt:
			'Who called the U.S. allegation that Russia plans to share satellite and space technology with Pyongyang “wholly unsubstantiated”?',
		answer: 'Vassily Nebenzia',
		options: SPEAKERS,
		explanation:
			'Russia’s U.N. ambassador, Vassily Nebenzia, dismissed the allegation and said such statements were “baseless conjecture” aimed at smearing cooperation.',
		citations: [cite(REUTERS, NEBENZIA, 2210)]
	},
	{
		id: 'who-said-3',
		type: 'who-said',
		format: 'choice',
		prompt:
			'Who said North Korean soldiers are “essentially slaves to Kim Jong Un, brainwashed to sacrifice their lives on faraway battlefields”?',
		answer: 'Joonkook Hwang',
		options: SPEAKERS,
		explanation:
			'South Korea’s U.N. ambassador, Joonkook Hwang, said this to the council, adding that the soldiers raise money for the regime.',
		citations: [cite(REUTERS, HWANG, 2480)]
	},
	{
		id: 'how-many-1',
		type: 'how-many',
		format: 'number',
		prompt:
			'According to the deputy U.S. ambassador, how many North Korean troops are in Russia, where they began fighting Ukrainian forces last month?',
		answer: '12000',
		tolerance: 1000,
		unit: 'troops',
		explanation:
			'Shea told the council that over 12,000 North Korean troops are in Russia and began fighting Ukrainian forces in the Kursk region.',
		citations: [cite(REUTERS, TROOPS, 420), cite(KYIV, KYIV_LEAD, 0)],
		corroborated: ['Reuters', 'Kyiv Independent']
	},
	{
		id: 'how-many-2',
		type: 'how-many',
		format: 'number',
		prompt:
			'Kim Song said the United States defended Israel’s actions after the civilian death toll in Gaza exceeded how many people?',
		answer: '45000',
		tolerance: 0,
		unit: 'people',
		explanation:
			'North Korea’s ambassador accused the United States of double standards, citing a death toll in Gaza of more than 45,000.',
		citations: [cite(REUTERS, KIM, 1690)]
	},
	{
		id: 'when-1',
		type: 'when',
		format: 'choice',
		prompt:
			'Since which year has North Korea been under U.N. sanctions over its weapons programmes?',
		answer: '2006',
		options: ['1994', '2006', '2013', '2017'],
		explanation:
			'The sanctions date from 2006 and have been strengthened since then to halt the development of nuclear weapons and ballistic missiles.',
		citations: [cite(REUTERS, SANCTIONS, 2790)]
	},
	{
		id: 'quote-completion-1',
		type: 'quote-completion',
		format: 'text',
		prompt:
			'Complete the quote from Nebenzia: “Such statements are the latest example of baseless conjecture aimed at smearing bilateral cooperation between the Russian Federation and the …”',
		answer: 'DPRK',
		accept: ['North Korea'],
		explanation:
			'Nebenzia used the country’s official initials, DPRK, for the Democratic People’s Republic of Korea.',
		citations: [cite(REUTERS, NEBENZIA, 2210)]
	},
	{
		id: 'true-false-1',
		type: 'true-false',
		format: 'choice',
		prompt:
			'True or false: Kim Song said Monday’s missile test was part of an effort to enhance North Korea’s defence capabilities.',
		answer: 'True',
		options: ['True', 'False'],
		explanation:
			'North Korea’s U.N. ambassador defended the test as part of an effort to strengthen the country’s defence, and accused the U.S. of double standards.',
		citations: [cite(REUTERS, KIM, 1690)]
	},
	{
		id: 'match-1',
		type: 'match',
		format: 'match',
		prompt: 'Match each ambassador with the country they represent at the United Nations.',
		answer: 'Shea: United States; Kim Song: North Korea; Nebenzia: Russia; Hwang: South Korea',
		pairs: [
			{ left: 'Dorothy Camille Shea', right: 'United States' },
			{ left: 'Kim Song', right: 'North Korea' },
			{ left: 'Vassily Nebenzia', right: 'Russia' },
			{ left: 'Joonkook Hwang', right: 'South Korea' }
		],
		explanation:
			'The four ambassadors spoke at the same Security Council meeting about North Korea’s latest missile test.',
		citations: [cite(REUTERS, TROOPS, 420), cite(REUTERS, HWANG, 2480)]
	},
	{
		id: 'which-outlet-1',
		type: 'which-outlet',
		format: 'choice',
		prompt:
			'Which outlet reported that a senior U.S. official said North Korea is gaining valuable combat experience from its troops fighting alongside Russian forces?',
		answer: 'Kyiv Independent',
		options: ['Reuters', 'Kyiv Independent'],
		explanation:
			'The Kyiv Independent opened its report with the U.S. warning, citing the deputy U.S. ambassador to the U.N.',
		citations: [cite(KYIV, KYIV_LEAD, 0)]
	}
];

export const sampleSet: QuestionSet = {
	id: '2025-01-un-security-council-north-korea',
	title: 'North Korea, Russia and the UN Security Council',
	date: '2025-01-08',
	summary:
		'At a UN Security Council meeting on a North Korean missile test, the United States warned that North Korea’s troops fighting for Russia are gaining combat experience.',
	tags: ['world', 'security council'],
	sources,
	items: sampleItems
};
