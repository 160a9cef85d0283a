import { readFileSync } from 'node:fs';
import { findPeople } from '../extract/people';
import { describe, it, expect } from 'vitest';
import { extractFacts } from '../extract/index';
import { buildContext, isNamed, plainName, sameSpeaker, withoutTitle } from './context';
import { isRangeEnd, scaleOf } from './howMany';
import { candidateItems, generateItems } from './generate';
import { knownPeople } from './whoDid';
import { reveals } from './select';
import { nearbyDistractors, speakerDistractors } from './distractors';
import { goldFacts } from './gold.testkit';
import { roleLabel } from './speakers';
import { DATELINE, dateWorth, figureWorth } from './salience';
import { GAP, settleArticle } from './cloze';
import type { Item } from '../schema';

// Made-up reports in the shapes where real ones got two or three items: a purpose or a cause a
// teacher would ask, a report with two voices, a name with a joined particle.
const front = (body: string[]) =>
	`---\ntitle: Test\nsource: Daily Wire Service\npublished: 2024-05-02\n---\n\n${body.join('\n\n')}`;

function items(text: string) {
	const f = extractFacts(text);
	return candidateItems(buildContext([{ id: 'a', outlet: 'Daily', facts: f }]), 'seed').items;
}

/** The set a student gets from a report. */
function setOf(text: string) {
	return generateItems(
		buildContext([{ id: 'a', outlet: 'Daily', facts: extractFacts(text) }]),
		'seed'
	).items;
}

/** What the types make of a report: the items the audit kept, and all of them with those it dropped. */
function candidatesOf(text: string) {
	const made = candidateItems(
		buildContext([{ id: 'a', outlet: 'Daily', facts: extractFacts(text) }])
	);
	return { kept: made.items, all: [...made.items, ...made.dropped.map((d) => d.item)] };
}

const harbour = front([
	'Mayor Lena Brandt visited the harbour on Tuesday to inspect the new flood barrier.',
	'Former employees gathered outside the shipyard on Friday to demand unpaid wages.',
	'Engineers came to the town in March to repair the pumping station.',
	'The council voted on Monday to extend the fishing ban.',
	'Volunteers cleaned the beaches near the old lighthouse.',
	'The town hired two divers for the summer to check the sea wall.',
	'Tom Weber, 52, a fisherman from Kiel, Germany, was fined by the port authority after he refused to pay the harbour levy.',
	'Ferries stopped running because of a strike by the crews.',
	'The blackout, which began at noon, was caused by a fallen power line near the depot.'
]);

describe('kinds blind reviews rejected are not made', () => {
	// Reviewers accepted none of 17 generated "why" items (the wrong options were no reasons) and
	// 1 of 29 timelines (steps cut from their sentences): a report full of purposes, causes and
	// dates gets neither.
	it('asks no why, timeline or who-is, even of purposes, causes, dates and roles', () => {
		const report = harbour.concat(
			'\n\nThe barrier, which cost 12 million euros, was finished in June 2021, three years late.',
			'\n\nThe first pumping station opened in 1998; a second followed in 2004.',
			'\n\n“It will protect 4,000 homes from the winter storms,” Brandt said.',
			'\n\n“The pumps are older than I am,” said Eva Strand, head of the harbour authority.',
			'\n\n“We need two more divers,” said Omar Haddad, chief engineer at the port.'
		);
		const kinds = new Set(items(report).map((i) => i.type));
		expect(kinds.size).toBeGreaterThan(1);
		expect(kinds.has('why')).toBe(false);
		expect(kinds.has('timeline')).toBe(false);
		// Nor "Who is X?" with job titles as options: 1 of the last 17 was accepted.
		expect(kinds.has('who-is')).toBe(false);
	});
});

describe('who said it in a report with two voices', () => {
	const talks = front([
		'Trade ministers Omar Haddad and Ines Moreau met in Geneva on Monday.',
		'“We have agreed the outline of a deal on steel quotas,” Haddad said after the meeting.',
		'“Nothing is signed until the farmers are heard,” Moreau said.'
	]);

	it('does not ask one of two names, which a reader wins by elimination', () => {
		expect(items(talks).filter((i) => i.type === 'who-said')).toEqual([]);
	});

	it('asks who said what once a third voice gives three names to choose from', () => {
		const three = front([
			'Trade ministers Omar Haddad and Ines Moreau met in Geneva on Monday.',
			'“We have agreed the outline of a deal on steel quotas,” Haddad said after the meeting.',
			'“Nothing is signed until the farmers are heard,” Moreau said.',
			'“Our members will vote on it in March,” farmers’ union leader Pablo Ruiz said.'
		]);
		const asked = items(three).filter((i) => i.type === 'who-said');
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked)
			expect(new Set(item.options)).toEqual(new Set(['Omar Haddad', 'Ines Moreau', 'Pablo Ruiz']));
	});

	it('reads a name with a joined particle as a name', () => {
		expect(isNamed('Omar al-Rashid')).toBe(true);
		expect(isNamed('Valéry d’Estaing')).toBe(true);
		expect(isNamed('Officials tell reporters')).toBe(false);
	});
});

describe('one person, one name', () => {
	it('gives a speaker quoted by title and surname the full name the report gives them', () => {
		const charges = front([
			'U.S. Attorney Dana Whitfield announced the charges against three men on Monday.',
			'“This was a careful investigation from the first day,” said U.S. Attorney Whitfield.',
			'“We worked on this case for a whole year,” said Sheriff Paul Brenner.',
			'“The town is safer this morning than it was last week,” Mayor Rosa Lind said.'
		]);
		const asked = items(charges).filter((i) => i.type === 'who-said');
		const careful = asked.find((i) => i.prompt.includes('careful investigation'));
		expect(careful?.answer).toBe('Dana Whitfield');
		for (const item of asked) expect(item.options?.join(' ')).not.toMatch(/Attorney|Sheriff|Mayor/);
	});
});

describe('what a blind review of fresh reports rejected', () => {
	const seats = front([
		'The ruling party won 16 seats, the Greens won 4 and an independent won 1, a total of 21 seats in the new assembly.',
		'Workers with a 401(k) plan saved 7,200 dollars on average last year, the survey found.',
		'The 20-year-old striker scored 14 goals in 31 games this season.'
	]);

	it('does not ask a total the stem adds up, the number in a plan’s name, or an age in passing', () => {
		const asked = items(seats).filter((i) => i.type === 'how-many' || i.type === 'true-false');
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			expect(item.answer).not.toBe('21');
			expect(item.answer).not.toBe('401');
			expect(item.answer).not.toBe('20');
			// A true-or-false never changes the plan's name or the age.
			expect(item.prompt).not.toMatch(/(?<!\d)(?!401)\d+\(k\)/);
			expect(item.prompt).not.toMatch(/^(?!.*20-year-old).*\d+-year-old/);
		}
	});
});

describe('names cut from longer names', () => {
	it('names a person by the last words of a title run together with the name, and drops an organisation’s tail', () => {
		const body =
			'Assistant Secretary of the Air Force for Acquisition Marvin Kessel signed the order. ' +
			'The American Association of Retired Persons opposed the plan.';
		expect(plainName('Acquisition Marvin Kessel', body)).toBe('Marvin Kessel');
		expect(plainName('Retired Persons', body)).toBeNull();
		expect(
			plainName('Marvin Kessel', 'Marvin Kessel signed it. The wife of Marvin Kessel spoke.')
		).toBe('Marvin Kessel');
	});
});

describe('what a second review of the fresh reports still rejected', () => {
	it('asks a count the report writes in words, with wrong options in words', () => {
		const storm = front([
			'The storm flooded four regions of the country on Sunday, officials said.',
			'Rescuers worked through the night in the hardest-hit villages.'
		]);
		const regions = items(storm).find(
			(i) => i.type === 'how-many' && i.format === 'choice' && i.answer === 'four'
		);
		expect(regions?.prompt).toContain('The storm flooded ____ regions');
		for (const option of regions?.options ?? []) expect(option).toMatch(/^[a-z]+$/);
		expect(regions?.options).toHaveLength(4);
	});
});

describe('a count in words is not given away', () => {
	it('never gaps a figure whose answer the stem writes in words', () => {
		const visits = front([
			'At that time, one in three visits to the site came from abroad, and the site rose to number 3 in its category.',
			'The site had 14 million visitors in the year.'
		]);
		const asked = items(visits).filter((i) => i.type === 'how-many');
		expect(asked.some((i) => i.answer === '14 million' || i.answer === '14')).toBe(true);
		for (const item of asked) if (item.answer === '3') expect(item.prompt).not.toMatch(/\bthree\b/);
	});
});

describe('options are bare names', () => {
	it('takes a title off the front of a speaker’s name, never a given name', () => {
		expect(withoutTitle('Passenger Derek Olsen')).toBe('Derek Olsen');
		expect(withoutTitle('Premier Li Wen')).toBe('Li Wen');
		expect(withoutTitle('Rose Mary Okafor')).toBe('Rose Mary Okafor');
		expect(withoutTitle('L. Shane Brook')).toBe('L. Shane Brook');
		// A surname alone keeps its title: "Mayor Lind" is how the reader knows them.
		expect(withoutTitle('Mayor Lind')).toBe('Mayor Lind');
	});
});

describe('wrong figures that are really wrong', () => {
	it('puts every wrong option above a "more than" figure, and none equal to another figure of the sentence', () => {
		const duty = front([
			'The new duty of 1 percent will raise more than 1,300 million pounds a year, the treasury said.',
			'Fewer than 40 firms will pay the full rate, officials estimated.'
		]);
		const asked = items(duty).filter((i) => i.type === 'how-many' && i.format === 'choice');
		const raise = asked.find((i) => i.answer === '1,300');
		expect(raise).toBeDefined();
		for (const o of raise?.options ?? []) {
			expect(Number(o.replace(/,/g, ''))).toBeGreaterThanOrEqual(1300);
			expect(o).not.toBe('1');
		}
		const firms = asked.find((i) => i.answer === '40');
		for (const o of firms?.options ?? []) expect(Number(o)).toBeLessThanOrEqual(40);
	});
});

describe('true or false', () => {
	it('credits words only to someone else who speaks in the story, never a bystander', () => {
		const report = front([
			'Protesters filled the square on Friday, days after Tunisian president Omar Haddad fled his country.',
			'"We are seeing almost no traffic from the country," said Lena Brandt, a spokeswoman for the website.',
			'Opposition leader Tom Ferris, who was arrested on Thursday, has been released.'
		]);
		const stated = items(report).filter((i) => i.type === 'true-false');
		for (const item of stated) expect(item.prompt).not.toMatch(/(?:Omar Haddad|Tom Ferris) said/);
	});

	it('credits words to the wrong speaker, and never changes a figure or a date', () => {
		const raise = front([
			'The new duty will raise more than 1,300 million pounds a year, the treasury said on 4 May 2023.',
			'"Small shops in the north will close," said Lena Brandt, a shop owner.',
			'"We will watch the prices closely," said Omar Haddad, the trade minister.',
			'"The duty is fair," said Ines Moreau, an economist.'
		]);
		const stated = items(raise).filter((i) => i.type === 'true-false');
		expect(stated.length).toBeGreaterThan(0);
		for (const item of stated) {
			expect(item.answer).toBe('False');
			expect(item.prompt).toMatch(/^True or false\? \S+ \S+ said: “/);
		}
	});
});

describe('what the blind review of fresh2 found given away', () => {
	it('refuses a date the stem pins down, and a count that is one subtraction away', () => {
		const race = front([
			'Marc Olsen won the race in 1968 and died in a crash in 1969 at the same circuit.',
			'The crash happened on 19 or 20 September, according to his family.',
			'The plane carried 298 people, 283 passengers and 15 crew, when it came down on 17 July 2014.'
		]);
		const asked = items(race);
		for (const item of asked.filter((i) => i.type === 'when')) {
			expect(item.answer).not.toMatch(/1969|1968/);
			expect(item.prompt).not.toMatch(/____ or \d|\d or ____/);
		}
		expect(asked.some((i) => i.type === 'how-many' && /298|283|15/.test(i.answer))).toBe(false);
	});
});

// A report whose lead is a person's act, with a later surname-only mention and a relative who
// shares the surname, and speakers whose reported words have no "that".
const regatta = front([
	'Veteran sailor Marta Kowalczyk won the coastal regatta on Sunday, two years after her boat capsized off Gdansk.',
	'Coach Peter Nowak said the crew had trained through the winter in freezing water.',
	'At the start of the final leg, Kowalczyk overtook the leading yacht near the harbour mouth.',
	'Her cousin Ewa Kowalczyk, a former champion, was injured in 2019 during a training race.',
	'Harbour master Jan Zielinski and skipper Anna Lis opened the prize ceremony.',
	'Race director Tomasz Wrobel said the regatta would move to a bigger bay next year.'
]);

describe('who did it: the doer of a main event among the story’s other people', () => {
	const whoDid = () => items(regatta).filter((i) => i.type === 'who-did');

	it('asks the lead’s doer, with other named people as wrong options', () => {
		const lead = whoDid().find((i) => i.prompt.startsWith('Who won the coastal regatta'));
		expect(lead?.answer).toBe('Marta Kowalczyk');
		expect(lead?.prompt).toBe(
			'Who won the coastal regatta on Sunday, two years after her boat capsized off Gdansk, according to Daily?'
		);
		// "her boat": no man is offered.
		expect(lead?.options).not.toContain('Peter Nowak');
		expect(lead?.options?.length).toBeGreaterThanOrEqual(3);
	});

	it('reads a surname alone as the one person named earlier, keeping the setting in the question', () => {
		const overtook = whoDid().find((i) => /overtook the leading yacht/.test(i.prompt));
		expect(overtook?.answer).toBe('Marta Kowalczyk');
		expect(overtook?.prompt).toMatch(/^At the start of the final leg, who overtook/);
	});

	it('never takes the tail of a longer name for someone else, nor one of two doers', () => {
		const injured = whoDid().find((i) => /was injured in 2019/.test(i.prompt));
		expect(injured?.answer ?? 'Ewa Kowalczyk').toBe('Ewa Kowalczyk');
		expect(whoDid().some((i) => /opened the prize ceremony/.test(i.prompt))).toBe(false);
	});

	it('asks one name one way once in a set: "pick the main person" must not pay', () => {
		// Long enough for a set of six, so the second question about her has room.
		const filler = Array.from(
			{ length: 24 },
			(_, i) =>
				`Club volunteers painted the boathouse walls and cleaned the slipway number ${i + 1}.`
		);
		const f = extractFacts(regatta.replace(/\n*$/, '\n\n' + filler.join(' ')));
		const set = generateItems(buildContext([{ id: 'a', outlet: 'Daily', facts: f }]), 'seed').items;
		// The opening's gap asks a doer as who-did does: together they ask her once.
		const marta = set.filter(
			(i) => ['who-did', 'what-happened'].includes(i.type) && i.answer === 'Marta Kowalczyk'
		);
		expect(marta).toHaveLength(1);
	});

	it('reads words reported without "that" as the speaker’s, asked true or false', () => {
		const stated = items(regatta).filter((i) => i.type === 'true-false');
		expect(
			stated.some((i) =>
				/said that the regatta would move to a bigger bay next year\./.test(i.prompt)
			)
		).toBe(true);
		// Never in a set as "Who said that …?": reviews accepted 11 of 58 reported clauses asked
		// that way (a teacher may still pick one).
		expect(items(regatta).some((i) => /^Who said that the regatta/.test(i.prompt))).toBe(true);
		expect(setOf(regatta).some((i) => /^Who said that/.test(i.prompt))).toBe(false);
	});
});

describe('what the fresh reviews found asked of the wrong things', () => {
	const rail = front([
		'Early on Sunday, passenger train number 91 hit a parked freight train near Cayce, killing two crew members and injuring 116 people.',
		'The Assistant Secretary of Transport for Safety Marvin Okafor said the signals had been switched off for repairs.',
		'Okafor said the line would stay closed until Tuesday.',
		'State governor Helen Marsh visited the site on Monday.',
		'Rail union leader Tom Ferris said the crews had warned about the signals for months.',
		'Safety board chairman Robert Sumner said an automatic braking system would have stopped the train.',
		'The freight train was around 40 minutes from the yard when it stopped.',
		'The new Falcon 9 locomotive had been in service since 2019, the company said.',
		'"We waved to the passengers with all five fingers," driver Ana Ruiz said of the last stop.',
		'Transport minister Lena Brandt announced the depots that would be given the three new trains.'
	]);

	it('does not ask a figure that labels a train, a flight or a route', () => {
		const counts = items(rail).filter((i) => i.type === 'how-many');
		expect(counts.some((i) => i.answer === '116')).toBe(true);
		expect(counts.some((i) => i.answer === '91')).toBe(false);
		// Nor the figure in a name, nor a small one in someone's turn of phrase.
		expect(counts.some((i) => i.answer === '9')).toBe(false);
		expect(counts.some((i) => i.answer === 'five')).toBe(false);
	});

	it('names a speaker without the words of a title run into the name', () => {
		const stated = items(rail).filter((i) => i.type === 'true-false');
		const signals = stated.find((i) => /signals had been switched off/.test(i.prompt));
		expect(signals?.explanation).toMatch(/reports that Marvin Okafor said this/);
		// "announced the depots that would be given …": the clause has lost its subject.
		expect(items(rail).some((i) => /that would be given/.test(i.prompt))).toBe(false);
	});

	it('counts a match of people and roles as giving away "who is" the same person', () => {
		const cite = { article: 'a', outlet: 'Daily', sentence: 'x', start: 0, end: 1 };
		const match = {
			id: 'match-1',
			type: 'match',
			format: 'match',
			prompt: 'Match each speaker to the role the report gives them.',
			answer: '',
			pairs: [
				{ left: 'Helen Marsh', right: 'State governor' },
				{ left: 'Tom Ferris', right: 'Rail union leader' }
			],
			explanation: '',
			citations: [cite]
		} as Item;
		const whoIs = {
			id: 'who-is-1',
			type: 'who-is',
			format: 'choice',
			prompt: 'According to Daily, who is the state governor?',
			answer: 'Helen Marsh',
			options: ['Helen Marsh', 'Tom Ferris', 'Robert Sumner'],
			explanation: '',
			citations: [cite]
		} as Item;
		expect(reveals(match, whoIs)).toBe(true);
	});
});

describe('what the fresh3 blind review found wrong or given away', () => {
	const hearing = front([
		'Foreign minister Paul Brennan lost his appeal on Tuesday to keep the court documents secret.',
		'Brennan denied that the allies had threatened to stop sharing intelligence with the ministry.',
		'Judge Maria Okafor said the documents showed the prisoner had been mistreated in custody.',
		'Lawyer Tom Reyes said the ruling was a victory for open justice.',
		'Former prime minister Alan Marsh, 80, and his deputy, 75, met the judges on Monday.',
		'The probe sent to asteroid 21 Lutetia found two hundred craters on its surface.',
		'Deputy leader Carlos Vega said the president has a mild infection and said that the ailing leader had.',
		'The council approved the new charter on March 3, 2021.',
		'The mayor opened the harbour museum in June 2015.',
		'The charter gives the mayor three years to become the first mayor to resign since Mayor Olsen in 1817, two hundred years ago.',
		'The town hall burned down in a storm on May 4, 1990.'
	]);

	it('never asks a denied claim as something the speaker said', () => {
		const all = items(hearing);
		expect(all.some((i) => /said(?: that)? the allies had threatened/.test(i.prompt))).toBe(false);
		expect(
			all.some(
				(i) =>
					i.type !== 'who-said' && /That the allies had threatened/.test(i.options?.join('|') ?? '')
			)
		).toBe(false);
	});

	it('does not ask a reported clause that holds a second report or stops mid-way', () => {
		expect(items(hearing).some((i) => /mild infection/.test(i.prompt))).toBe(false);
	});

	it('does not gap an age in apposition, a figure in a name, or half of "two hundred"', () => {
		const answers = items(hearing)
			.filter((i) => i.type === 'how-many')
			.map((i) => i.answer);
		expect(answers).not.toContain('80');
		expect(answers).not.toContain('75');
		expect(answers).not.toContain('21');
		expect(answers).not.toContain('two');
	});
});

describe('a lead with its doer, its circumstances and its sources', () => {
	const mill = front([
		'Norbrook Mills filed a complaint against Castell Textiles three days ago in the district court of Avonford under the Fair Trade Act of 1990 and the Avonford Trade Code.',
		'According to the complaint, Castell Textiles paid Hemlow Stores large sums to stock no other cloth.',
		'Castell Textiles hired a second law firm to answer the claims.',
		'Hemlow Stores opened a new warehouse in the north of the city.',
		'The newly passed rule, made in response to the trade board’s request, applies to only Castell Textiles, founded in 1950.',
		'The Avonford Trade Board fined Castell Textiles twice in the past decade.',
		'According to Rhys Danvers, Chief Executive of Norbrook Mills, the case could take three years.',
		'According to the council Ana Morel, lawyer for Castell Textiles, was hired on Friday.'
	]);

	it('never asks "What did X do?" with other actors’ acts as options: reviews accepted none', () => {
		expect(items(mill).some((i) => /^What did /.test(i.prompt))).toBe(false);
		expect(isNamed('The')).toBe(false);
	});

	it('ends a role the writer never closed with a comma where the sentence’s verb starts', () => {
		const f = extractFacts(
			front(['Rhys Danvers, the chief executive of Norbrook Mills visited the court on Monday.'])
		);
		expect(f.people.find((p) => p.name === 'Rhys Danvers')?.role).toBe(
			'the chief executive of Norbrook Mills'
		);
	});

	it('reads "according to X, role, …" as X’s words, and a name that is the clause’s subject as no one’s', () => {
		const f = extractFacts(mill);
		const danvers = f.quotes.find((q) => q.speaker === 'Rhys Danvers');
		expect(danvers?.text).toMatch(/^the case could take three years/);
		expect(f.quotes.some((q) => /was hired on Friday/.test(q.text))).toBe(false);
	});
});

describe('wrong figures on a scale with natural limits', () => {
	const match = front([
		'Mayor Lena Brandt, who turns 80 next month, opened the new stadium on Saturday.',
		'On 12 minutes, Tom Weber scored the first goal of the game for the home side.',
		'The game was stopped after a magnitude 6.6 earthquake shook the coast.'
	]);
	const options = (pattern: RegExp) =>
		items(match)
			.find((i) => i.type === 'how-many' && i.format === 'choice' && pattern.test(i.prompt))
			?.options?.map(Number) ?? [];

	it('offers ages and magnitudes a few steps from the answer, and asks no minute of play', () => {
		const age = options(/turns ____/);
		expect(age).toHaveLength(4);
		for (const x of age) expect(Math.abs(x - 80)).toBeLessThanOrEqual(12);
		// The fresh13 review threw out the minute of a foul as trivia: it is not asked at all.
		expect(options(/On ____ minutes/)).toHaveLength(0);
		const magnitude = options(/magnitude ____/);
		expect(magnitude).toHaveLength(4);
		for (const x of magnitude) expect(x).toBeLessThanOrEqual(9.5);
		for (const x of magnitude) expect(Math.abs(x - 6.6)).toBeLessThanOrEqual(1.5);
	});
});

describe('what the fresh4 blind review found given away or garbled', () => {
	const fair = front([
		'Mayor Lena Brandt opened the town’s annual 420 event on Saturday, two days after her first Harbour 300 win.',
		'Groups that could lose grants of between $12,000 and $30,000 a year include the Harbour Trust.',
		'Tom Weber, the port director, said 1,200 people attended the event.',
		'Economist Rhys Danvers Lloyd said the event cost 45,000 euros.',
		'Rhys Danvers Lloyd said the event would return next year.',
		'Marta Kowalczyk, a council spokeswoman, said the event had been a success.',
		'Marta Kowalczik said the council would pay for the cleaning.'
	]);

	it('asks no figure that names an event or a win, and keeps a range’s lower end below its upper', () => {
		const all = items(fair);
		expect(all.some((i) => /____ event|____ win/.test(i.prompt))).toBe(false);
		expect(
			all.some(
				(i) =>
					i.type === 'true-false' &&
					!/\b420 event\b/.test(i.prompt) &&
					/event on Saturday/.test(i.prompt)
			)
		).toBe(false);
		const range = all.find((i) => i.format === 'choice' && /between \$____ and/.test(i.prompt));
		expect(range).toBeDefined();
		for (const option of range?.options ?? [])
			expect(Number(option.replace(/,/g, ''))).toBeLessThan(30000);
	});

	it('gives words to the subject of the last clause, past its apposition, not the sentence’s first name', () => {
		const f = extractFacts(
			front([
				'The mayor, Lena Brandt, has sent two officials to the harbour to inspect the damage, while Tom Weber, head of the harbour police, promised "anyone found responsible will be charged".'
			])
		);
		const promise = f.quotes.find((q) => /found responsible/.test(q.text));
		expect(promise?.speaker).toBe('Tom Weber');
	});

	it('takes a trade off the front of a name, and offers no one twice under two spellings', () => {
		const f = extractFacts(fair);
		expect(f.people.map((p) => p.name)).toContain('Rhys Danvers Lloyd');
		expect(f.people.map((p) => p.name)).not.toContain('Economist Rhys Danvers Lloyd');
		for (const item of items(fair).filter((i) => i.options)) {
			const spellings = (item.options ?? []).filter((o) => /^Marta Kowalcz/.test(o));
			expect(spellings.length, item.prompt).toBeLessThanOrEqual(1);
		}
	});
});

describe('who did it, asked only where the event reads whole', () => {
	const race = front([
		'Marta Kowalczyk won the coastal regatta on Sunday, ahead of Peter Nowak and Ewa Lis.',
		'Peter Nowak finished second, followed by Ewa Lis and Tom Weber.',
		'Ewa Lis had her sails, which were new, measured by the judges.',
		'Tom Weber was buried in Sopot, north of Gdansk, after his death last week.',
		'Lena Brandt was steering towards Hel when it was hit by a wave.'
	]);
	const whoDid = () => items(race).filter((i) => i.type === 'who-did');

	it('drops a tail of company or place after a comma, and asks nothing a comma cuts in two', () => {
		const prompts = whoDid().map((i) => i.prompt);
		expect(prompts).toContain('Who finished second, according to Daily?');
		expect(prompts.some((p) => /sails/.test(p))).toBe(false);
		expect(prompts.some((p) => /buried in Sopot, according/.test(p))).toBe(true);
	});

	it('never asks who when the doer is an "it"', () => {
		expect(whoDid().some((i) => /\bit\b/.test(i.prompt))).toBe(false);
	});
});

describe('the main event: the opening claim with its doer or place as a gap', () => {
	const gaps = (text: string) =>
		items(text).filter((i) => i.type === 'what-happened' && /fills the gap/.test(i.prompt));

	it('gaps the first name of the opening and offers the report’s other people of that gender', () => {
		const [gap, ...more] = gaps(
			front([
				'Thursday, May 2, 2024',
				'On Wednesday, cyclist Anna Berg of Team Nordvik won her third national title in the hills above Lillehamn.',
				'Berg beat Maria Holm, the champion of the last two years, by four seconds.',
				'Laura Lind finished third, ahead of Emma Moe, after a crash on the final descent.',
				'"It was the hardest race of my life," Berg said.',
				'Race director Olaf Dahl said the course would be used again next year.'
			])
		);
		expect(more).toHaveLength(0);
		expect(gap?.answer).toBe('Anna Berg');
		expect(gap?.prompt).toContain(
			'“On Wednesday, cyclist ____ of Team Nordvik won her third national title'
		);
		// "her": the men of the report cannot have won it.
		expect(gap?.options).not.toContain('Olaf Dahl');
		expect(gap?.options?.length).toBeGreaterThanOrEqual(3);
	});

	it('asks a country by other countries, never the source of the news nor one of a list', () => {
		const [gap] = gaps(
			front([
				'Thursday, May 2, 2024',
				'Chad, backed by forces from Niger, has invaded the island of Vass to remove its rebel leader, his spokesman Peter Olsen said.',
				'Troops from Sudan and Tanzania joined the landing on Monday.',
				'France offered to mediate in the talks.',
				'Rebel leader Karl Vass fled by boat, officials in Libya said.'
			])
		);
		expect(gap?.answer).toBe('Chad');
		expect(gap?.prompt).toMatch(/^Which country fills the gap/);
		for (const option of gap?.options ?? [])
			expect(['Chad', 'Sudan', 'Tanzania', 'France', 'Libya']).toContain(option);
	});

	it('leaves alone a caption, a name in a list, the source of the news and a speaker', () => {
		const people = [
			'Hans Ruud, a harbour pilot, said the crew had been warned.',
			'Lars Eng, the ship’s captain, said no one was hurt.',
			'Peter Olsen, a coast guard officer, said the search would go on.',
			'Anna Lund, a port official, said the harbour would reopen.',
			'Maria Holm, a fisherwoman, said she saw the ship.'
		];
		for (const opening of [
			['A cargo ship ran aground on Monday.', 'Hans Ruud'],
			['Eva Strand and Ola Berg closed the port of Vika on Monday after a storm.'],
			['A cargo ship ran aground near the port on Monday, harbour master Eva Strand confirmed.']
		])
			expect(gaps(front(['Thursday, May 2, 2024', ...opening, ...people]))).toEqual([]);
	});
});

describe('names and events that read whole', () => {
	it('takes a name shortened to its first word as the same person (family name first)', () => {
		expect(sameSpeaker('Tan', 'Tan Wei Ling')).toBe(true);
		expect(sameSpeaker('Lima', 'Ana Lima')).toBe(true);
		expect(sameSpeaker('Tan', 'Ana Lima')).toBe(false);
		expect(sameSpeaker('Ana Tan', 'Tan Wei Ling')).toBe(false);
		expect(sameSpeaker('Phelps', 'Shirley Phelps-Roper')).toBe(true);
	});

	it('never offers as a speaker someone named only beside a death, or whom the words speak of', () => {
		const text = front([
			'Thursday, May 2, 2024',
			'The museum in Lillehamn opened a show of letters on Wednesday.',
			'The poet Henrik Vold died in 1890, and his letters were kept by his family.',
			'Anna Lund, the museum’s curator, said: "Vold wrote to Clara Berg every week for ten years."',
			'Her colleague Peter Olsen, a historian, said the letters were in good condition.',
			'Mayor Eva Strand opened the show with a short speech.',
			'Clara Berg, a painter, was Vold’s closest friend.'
		]);
		const asked = items(text).filter((i) => i.type === 'who-said' && i.answer === 'Anna Lund');
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			expect(item.options).not.toContain('Henrik Vold');
			expect(item.options).not.toContain('Clara Berg');
		}
	});
});

describe('what a sixth blind review rejected', () => {
	it('asks a figure once, keeps "So far" whole, and reads a title-case dateline as one', () => {
		const text = front([
			'Thursday, May 2, 2024',
			'Harbour Square, Lillehamn — Ten people died when a ferry sank near the harbour on Wednesday.',
			'Bodies of all ten victims were recovered by divers on Thursday.',
			'So far 40 houses near the harbour have been checked by engineers.',
			'The ferry company said 212 passengers had travelled on the route last year.',
			'Mayor Eva Strand said the harbour would stay closed for 14 days.'
		]);
		const set = generateItems(
			buildContext([{ id: 'a', outlet: 'Daily', facts: extractFacts(text) }]),
			'seed'
		).items;
		expect(set.filter((i) => i.type === 'how-many' && /^(?:ten|10)$/i.test(i.answer))).toHaveLength(
			1
		);
		const houses = items(text).find((i) => i.type === 'how-many' && i.answer === '40');
		expect(houses?.prompt).toMatch(/ So far ____ houses/);
		expect('Harbour Square, Lillehamn — Ten people died.'.replace(DATELINE, '')).toBe(
			'Ten people died.'
		);
	});
});

describe('what a seventh blind review rejected', () => {
	it('never reads "the \'70s" as a quotation, nor asks words cut from inside a clause', () => {
		const text = front([
			'Thursday, May 2, 2024',
			"Anna Berg's show took the '70s retro theme to a fever pitch, using bows on every design.",
			'Maria Holm said the show was "a triumph of colour from the first dress to the last" and praised the cut.',
			'Berg would not say how much the show cost, but said the sum "from the sponsors is very small."',
			'Laura Lind, a buyer, said she would order the whole range.'
		]);
		const saidItems = items(text).filter((i) => i.type === 'who-said');
		expect(saidItems.some((i) => /70s/.test(i.prompt))).toBe(false);
		expect(saidItems.some((i) => /“from the sponsors/.test(i.prompt))).toBe(false);
		// A quoted fragment is not asked in a set (reviews accepted 15 of 48 as they stood).
		expect(saidItems.some((i) => /a triumph of colour/.test(i.prompt))).toBe(true);
		expect(setOf(text).some((i) => /a triumph of colour/.test(i.prompt))).toBe(false);
	});
});

describe('what a tenth blind review rejected', () => {
	it('asks no reported clause whose quoted words were cut off, and no stem that points back', () => {
		const text = front([
			'Thursday, May 2, 2024',
			'Tom Brand, head of the pilots union, said that pilots had complained twice, quoting them as saying on one occasion "You lined us up too close."',
			'Ana Varga, the airport manager, said the runway would reopen in June.',
			'At that time the queue of aircraft stretched to 14 planes.',
			'Lena Holm, a passenger, said she had waited for six hours.'
		]);
		const all = items(text);
		expect(all.some((i) => /quoting them/.test(i.prompt))).toBe(false);
		expect(all.some((i) => /At that time/.test(i.prompt))).toBe(false);
		expect(all.some((i) => /said that the runway would reopen in June\./.test(i.prompt))).toBe(
			true
		);
	});
});

describe('a name among the options gives nothing away', () => {
	it('asks the opening’s name and who said the quotes, though the name is an option of both', () => {
		const other = {
			id: 'who-said-x',
			type: 'who-said',
			format: 'choice',
			prompt: 'Who said this? “I was seconds from death so I drew my pistol”',
			answer: 'Tom Brand',
			options: ['Tom Brand', 'Ana Varga', 'Lena Holm'],
			explanation: 'According to Daily, Tom Brand said this.',
			citations: []
		} as Item;
		const lead = {
			...other,
			id: 'what-happened-x',
			type: 'what-happened',
			prompt:
				'Which name fills the gap in the opening of this report from Daily? “____, 30, gave evidence today to the court trying him for the killings.”',
			explanation: 'Daily reports: Tom Brand, 30, gave evidence today to the court.'
		} as Item;
		expect(reveals(other, lead)).toBe(false);
		expect(reveals(lead, other)).toBe(false);
		// Beside the same words, the name does give it away.
		const same = {
			...other,
			explanation:
				'Daily reports: Tom Brand, 30, gave evidence today to the court trying him for the killings.'
		} as Item;
		expect(reveals(same, lead)).toBe(true);
	});
});

describe('what a twelfth blind review rejected', () => {
	const text = front([
		'Thursday, May 2, 2024',
		'The crew of the shuttle, Tom Brand, Ana Varga, Lena Holm and Jon Berg, docked with the station on Tuesday.',
		'All except Varga will return to Earth next week, NASA said.',
		'An 8.6 magnitude earthquake struck off the coast on Wednesday.',
		'Current Ohio Conservative leader Mira Holt said "he was a man of great passion and drive".',
		'Actor Jon Berg of Ant-Man and the Wasp wrote: "He gave me my first real job in films."',
		'The agency chief said the storm was "a threat to every coastal town in the region". Agency chief Ida Lund added that repairs would take a year.',
		'Critics said the plan "lacked teeth".'
	]);
	const all = items(text);

	it('asks no doer from "all except X", and no gap after "an" that rules options out', () => {
		expect(all.some((i) => i.type === 'who-did' && /return to Earth/.test(i.prompt))).toBe(false);
		// "An ____" only where every option is read with "an" (8.1, 8.6, 8.9).
		for (const item of all.filter((i) => /\bAn ____/.test(i.prompt)))
			for (const option of item.options ?? []) expect(option).toMatch(/^(?:8|1[18](?!\d))/);
	});

	it('offers no role, no title word and no film as a speaker, and asks no short fragment', () => {
		const options = all.filter((i) => i.type === 'who-said').flatMap((i) => i.options ?? []);
		expect(options.some((o) => /^(?:the|a)\s/i.test(o))).toBe(false);
		expect(options).not.toContain('Wasp');
		expect(options.some((o) => /Current/.test(o))).toBe(false);
		expect(all.some((i) => /lacked teeth/.test(i.prompt))).toBe(false);
	});
});

describe('roles shown as options', () => {
	it('name no gender, so "spokeswoman" beside a woman’s name gives nothing away', () => {
		expect(roleLabel('the party spokeswoman')).toBe('Party spokesperson');
		expect(roleLabel('chairman of the board')).toBe('Chair of the board');
	});
});

describe('the opening’s gap and the headline', () => {
	it('asks the next name of the opening when the headline gives the first', () => {
		const text = [
			'---',
			'title: Mira Holt wins the Lakeview marathon',
			'source: Daily Wire Service',
			'published: 2024-05-02',
			'---',
			'',
			'Mira Holt won the Lakeview marathon on Sunday, beating her teammate Ana Varga by four seconds.',
			'',
			'Ana Varga finished second. Lena Holm was third and Ida Lund fourth, said race director Tom Brand.',
			'',
			'Holt trains in Ohio. Varga said she would run again next year. Brand said the course was fast.'
		].join('\n');
		const f = extractFacts(text);
		const set = candidateItems(buildContext([{ id: 'a', outlet: 'Daily', facts: f }]), 's').items;
		const lead = set.find((i) => i.type === 'what-happened');
		expect(lead?.answer).toBe('Ana Varga');
		expect(set.some((i) => i.type === 'what-happened' && i.answer === 'Mira Holt')).toBe(false);
	});
});

describe('what-said beside who-said', () => {
	it('is not asked with another item’s quotation among its options: elimination would answer it', () => {
		const whoSaid = {
			id: 'who-said-q',
			type: 'who-said',
			format: 'choice',
			prompt: 'Who said this? “The bridge will reopen before the winter storms arrive”',
			answer: 'Tom Brand',
			options: ['Tom Brand', 'Ana Varga', 'Lena Holm'],
			explanation: 'According to Daily, Tom Brand said this.',
			citations: []
		} as Item;
		const whatSaid = {
			...whoSaid,
			id: 'what-said-q',
			type: 'what-said',
			prompt: 'According to Daily, what did Ana Varga say?',
			answer: '“We were never told the cost”',
			options: [
				'“We were never told the cost”',
				'“The bridge will reopen before the winter storms arrive”',
				'“Nobody asked the fishermen”'
			]
		} as Item;
		expect(reveals(whoSaid, whatSaid)).toBe(true);
		expect(reveals({ ...whoSaid, prompt: 'Who said this? “Nothing else”' }, whatSaid)).toBe(false);
	});
});

describe('what the fresh11 review found', () => {
	const all = (text: string) => candidatesOf(text).all;

	it('never offers, or swaps in, a speaker the quote itself talks about', () => {
		const report = front([
			'Analyst Ana Okafor said the talks had stalled on Monday.',
			'"Brand has done the right thing, he must keep the pressure on the ministry," Okafor said.',
			'"We will not return to the table until the decree is withdrawn," opposition leader Tom Brand said on Tuesday.',
			'"Both sides need a mediator they trust," said Carla Mendes, a lawyer in the capital.'
		]);
		const onBrand = all(report).filter(
			(i) =>
				/keep the pressure/.test(i.prompt) && (i.type === 'who-said' || i.type === 'true-false')
		);
		expect(onBrand.length).toBeGreaterThan(0);
		for (const item of onBrand) {
			expect(item.options ?? []).not.toContain('Tom Brand');
			expect(item.prompt).not.toMatch(/^True or false\? Tom Brand said/);
		}
	});

	it('asks no one who said words two people speak in one sentence', () => {
		const report = front([
			'Constable Tom Brand was jailed on Friday for faking the theft of his car.',
			'His former partner Ana Okafor gave evidence against him at the trial.',
			'Okafor said that after the theft, Brand told her "he did not want to look for it, which I thought was a bit strange."',
			'Inspector Carla Mendes discussed the case with Judge Omar Haddad of Leeds, who argued for a long sentence, stating: "The danger of letting it go is greater than the danger of acting."'
		]);
		const asked = all(report).filter(
			(i) =>
				(i.type === 'who-said' || i.type === 'true-false') &&
				/a bit strange|danger of letting/.test(i.prompt)
		);
		expect(asked).toEqual([]);
	});

	it('asks no one who said words an unnamed speaker says after the last name', () => {
		const report = front([
			'Justice Minister Ana Okafor said on Monday that the inquiry was lawful.',
			'"The inquiry has no political aspects," said Okafor.',
			'A reporter interviewed a student who asked not to be named. "Everyone wonders if they are next," said the source. "I am frightened every time the wind turns."',
			'In the strip, a dog learns of the inventor Tom Brand. Eventually, the dog states that "there is a little of the inventor in every can."'
		]);
		const asked = all(report).filter(
			(i) =>
				(i.type === 'who-said' || i.type === 'true-false' || i.type === 'what-said') &&
				/frightened|every can/.test(`${i.prompt} ${(i.options ?? []).join(' ')} ${i.answer}`)
		);
		expect(asked).toEqual([]);
	});

	it('does not gap a country its adjective names in the stem', () => {
		const opening = (country: string) =>
			front([
				`The report noted high numbers of women in ${country} politics, and credited the equality council in Finland with the progress made since 1990.`,
				'Croatia, Sweden and Norway were also ranked near the top of the table.',
				'The authors compared 140 countries over twenty years.'
			]);
		const gapped = (text: string) =>
			all(text).filter((i) => i.type === 'what-happened' && i.answer === 'Finland');
		expect(gapped(opening('Nordic')).length).toBeGreaterThan(0);
		expect(gapped(opening('Finnish'))).toEqual([]);
	});

	it('reads the figure before "earthquake" as a magnitude', () => {
		expect(scaleOf('Last Saturday, the country was hit by a(n) ____ earthquake.')).toBe(
			'magnitude'
		);
		expect(scaleOf('A magnitude ____ quake struck at dawn.')).toBe('magnitude');
		expect(scaleOf('About ____ people were hurt in the earthquake.')).toBeNull();
	});

	it('reads a figure before "o’clock" or "p.m." as an hour, and offers only hours of the clock', () => {
		expect(scaleOf('The network went dark at ____ o’clock in the afternoon.')).toBe('hour');
		expect(scaleOf('The polls closed at ____ p.m. on Sunday.')).toBe('hour');
		for (const answer of [1, 11, 12])
			for (const wrong of nearbyDistractors(answer, 'hour', [], {}, `k${answer}`)) {
				expect(wrong).toBeGreaterThanOrEqual(1);
				expect(wrong).toBeLessThanOrEqual(12);
			}
	});

	it('asks no end of a range alone: "a 12-to-18-month campaign", "a 12- to 18-month campaign"', () => {
		for (const range of ['12-to-18-month', '12- to 18-month', '12 to 18-month']) {
			const body = `The general said a ${range} campaign would follow.`;
			const at = (figure: string) => {
				const start = body.indexOf(figure);
				return {
					sentence: 0,
					start,
					end: start + figure.length,
					value: Number(figure),
					unit: null,
					qualifier: null,
					what: 'months',
					text: figure
				};
			};
			expect(isRangeEnd(body, at('12'))).toBe(true);
			expect(isRangeEnd(body, at('18'))).toBe(true);
		}
	});

	it('credits "opposition leader Tom Brand said" and "police said" to them', () => {
		const facts = extractFacts(
			front([
				'Analyst Ana Okafor said the talks had stalled on Monday.',
				'"We will not return to the table," opposition leader Tom Brand said.',
				'"The square will stay closed," police said.'
			])
		);
		const by = (words: string) => facts.quotes.find((q) => q.text.includes(words))?.speaker;
		expect(by('return to the table')).toBe('Tom Brand');
		expect(by('stay closed')).toBe('police');
	});

	it('reads no words into "claimed responsibility" or "amid fears that"', () => {
		const facts = extractFacts(
			front([
				'The group, called the Northern Front, claimed responsibility in a statement they released.',
				'Western nations back the government of Ana Lima, amid fears that the region would become a base for smugglers.'
			])
		);
		expect(facts.quotes.map((q) => q.text)).not.toContain(
			'responsibility in a statement they released'
		);
		expect(facts.quotes.some((q) => /base for smugglers/.test(q.text))).toBe(false);
	});

	it('keeps a changed figure on the same side of a "from … to" change', () => {
		const report = front([
			'Female representation in national parliaments has risen from 10% in 1995 to 17% in 2009, the report found.',
			'The report covers 120 countries.'
		]);
		const changed = all(report).filter(
			(i) => i.type === 'true-false' && i.answer === 'False' && /risen from/.test(i.prompt)
		);
		for (const item of changed) {
			const from = Number(/from (\d+)%/.exec(item.prompt)?.[1]);
			expect(from).toBeLessThan(17);
		}
		const gap = all(report).find((i) => i.type === 'how-many' && i.answer === '10');
		for (const option of gap?.options ?? []) expect(Number(option)).toBeLessThan(17);
	});

	it('does not ask the year "the millennium" names, and gives a round hedged figure round options', () => {
		const report = front([
			'Since the millennium the post has been held by women; Ana Lima became the first in 2000.',
			'Many of the houses were more than 100 years old, and were destroyed by the wave.'
		]);
		const items = all(report);
		const { kept } = candidatesOf(report);
		expect(kept.some((i) => i.type === 'when' && i.answer === '2000')).toBe(false);
		const old = items.find(
			(i) => i.type === 'how-many' && i.format === 'choice' && i.answer === '100'
		);
		for (const option of old?.options ?? []) expect(Number(option) % 10).toBe(0);
	});
});

describe('the figures that carry a story', () => {
	const set = (body: string[]) =>
		generateItems(
			buildContext([{ id: 'a', outlet: 'Daily', facts: extractFacts(front(body)) }]),
			'seed'
		).items;

	it('asks "There are now 410 workers" and a debt beside "shut down"', () => {
		const items = set([
			'Workers at a tile factory in Rivera are preparing to defend it against eviction, a union said on Monday.',
			'There are now 410 workers at the factory, having hired over 170 new workers in four years.',
			'The previous owner, Tomas Ruiz, accumulated some US$90 million in debt, and shut down the factory, firing the workers.',
			'The workers have run it themselves since 2001.'
		]);
		const answers = items.filter((i) => i.type === 'how-many').map((i) => i.answer);
		expect(answers).toContain('410');
		// "over 170 new workers" shown elsewhere does not give away "US$____ million in debt".
		expect(answers).toContain('90');
	});

	it('ranks money and counts of people above spans, distances, odds, ages and totals', () => {
		const worth = (text: string) => figureWorth(text, GAP);
		expect(worth(`The ${GAP} passengers and seven crew died.`)).toBe(1);
		expect(worth(`It asked for US$${GAP} billion.`)).toBe(1);
		expect(worth(`Roughly ${GAP} remain missing after the flood.`)).toBe(1);
		expect(worth(`The disease was first reported ${GAP} years ago.`)).toBe(-1);
		expect(worth(`Australia had won once in the last ${GAP} years.`)).toBe(-1);
		expect(worth(`The plane reached ${GAP} feet.`)).toBe(-1);
		expect(worth(`They declared a "${GAP}% chance of favorable weather".`)).toBe(-1);
		expect(worth(`About 100 million of India's ${GAP} billion people are online.`)).toBe(-1);
		expect(worth(`The law applies only to the emperor, aged ${GAP}.`)).toBe(-1);
		// Someone's words are theirs: "my daughter, at ${GAP}, died" earns nothing.
		expect(worth(`She said: "My daughter, then ${GAP}, died there".`)).toBe(0);
		expect(worth(`Tourism accounts for ${GAP} percent of output.`)).toBe(0);
	});

	it('asks the toll before how far away the quake struck', () => {
		const items = set([
			'A strong earthquake struck off the coast of Sumatra on Wednesday, officials said.',
			'According to the survey, the quake struck at a point 205 miles southwest of the provincial capital.',
			'A quake in the same area in 2004 triggered tsunami waves, killing almost 220,000 people.',
			'Residents fled to higher ground.'
		]);
		const asked = items.filter((i) => i.type === 'how-many').map((i) => i.answer);
		expect(asked).toContain('220,000');
		expect(asked.indexOf('205')).toBe(-1);
	});
});

describe('what the fresh12 review found', () => {
	it('ranks the date of an event above the date a source spoke', () => {
		expect(dateWorth(`At least one source from ${GAP} said that the mayor will resign.`, GAP)).toBe(
			-1
		);
		expect(dateWorth(`The factory closed in ${GAP}, and the workers took it over.`, GAP)).toBe(0);
		// What the fresh16 review found: the day of an announcement, not of the news.
		expect(
			dateWorth(`On ${GAP}, the aviation authority announced that flights would stop.`, GAP)
		).toBe(-1);
		expect(dateWorth(`The chairman said on ${GAP} that he would resign.`, GAP)).toBe(-1);
		expect(dateWorth(`On ${GAP}, police arrested 12 people, officials said.`, GAP)).toBe(0);
	});

	it('gives no gap after "Chinese Premier", where the nationality rules out the other names', () => {
		const { kept: items } = candidatesOf(
			front([
				'During a visit by Chinese Premier Li Wen to the Indian capital, a border was finally agreed on paper.',
				'Indian Prime Minister Ravi Singh and his deputy Anil Singh signed the map.',
				'Officials Maria Duarte and Tom Becker had prepared the talks since 2019.'
			])
		);
		const gaps = items.filter((i) => i.type === 'what-happened');
		expect(gaps.some((i) => /Chinese Premier ____/.test(i.prompt))).toBe(false);
	});

	it('gives no gap after "U.S. president": the office alone names a head of state', () => {
		// A real report (fresh16, read blind): its opening asked "U.S. president ____ signed …".
		const report = readFileSync(
			'tests/fixtures/real/fresh16/wikinews-travel-ban-2-exempts-iraqis-permanent-residents.md',
			'utf8'
		);
		const gaps = candidatesOf(report).kept.filter((i) => i.type === 'what-happened');
		expect(gaps.some((i) => /president ____/i.test(i.prompt))).toBe(false);
	});

	it('keeps a quotation whose own words say "a peace that I believe"', () => {
		const facts = extractFacts(
			front([
				'The prime minister of Ireland, Brian Murray, visited the capital on Monday.',
				'He said that "we [the people of Ireland] are proud to say that we have achieved peace. It is a peace that I firmly believe will endure."',
				'"The welcome was warm," said Sean Keane, an aide.'
			])
		);
		expect(
			facts.quotes.some(
				(q) => q.speaker === 'Brian Murray' && /a peace that I firmly believe/.test(q.text)
			)
		).toBe(true);
	});
});

describe('what the fresh13 review threw out', () => {
	const numbers = (body: string[]) =>
		candidatesOf(front(body))
			.kept.filter((i) => i.type === 'how-many' || i.type === 'when')
			.map((i) => i.answer);

	it('asks no match minute, no "either 21 or 22", no parents "both 60", no year of a list', () => {
		const asked = numbers([
			'On 80 minutes, Rui Costa was hauled down in the penalty area, and a penalty was awarded.',
			'Clark is variously reported to be either 21 or 22.',
			'Penrose, who went to school in the town, is survived by his parents, both 60.',
			'Costa has played at the World Cups of 2006, 2010 and 2014.',
			'The club paid 35 million euros for him in 2019.'
		]);
		for (const trivia of ['80', '21', '60', '2006']) expect(asked).not.toContain(trivia);
		expect(asked).toContain('35');
	});

	it('asks a count after "carries", which is no football carry', () => {
		expect(
			numbers([
				'The probe carries eight scientific instruments, including a seismometer.',
				'It was launched from a base in California on Saturday.'
			])
		).toContain('eight');
	});

	it('keeps the capital of a surname the article uses as a name', () => {
		const text = front([
			'Witness Dominic Long told the court that the accused had boasted of the killing.',
			'Defence lawyer Frances Kerr said that Long had exaggerated in his account and was an unreliable witness.',
			'The trial lasted long into the evening, prosecutor Andy Logan said.',
			'"Justice was done," said Norrie Baird, the father of the victim.'
		]);
		const exaggerated = candidatesOf(text).all.filter((i) => /exaggerated/.test(i.prompt));
		expect(exaggerated.length).toBeGreaterThan(0);
		for (const item of exaggerated) expect(item.prompt).not.toMatch(/\blong had exaggerated/);
	});
});

describe('a or an before the gap', () => {
	const item = (options: string[], format: 'choice' | 'number' = 'choice'): Item => ({
		id: 'x',
		type: 'how-many',
		format,
		prompt: `Brown has a(n) ${GAP} percent rating.`,
		answer: options[0] ?? '',
		...(format === 'choice' ? { options } : {}),
		explanation: 'x',
		citations: []
	});

	it('writes the article every option takes, and keeps "a(n)" when they differ or the answer is typed', () => {
		expect(settleArticle(item(['58', '35', '73', '46'])).prompt).toBe(
			`Brown has a ${GAP} percent rating.`
		);
		expect(settleArticle(item(['8', '80', '11', '18,000'])).prompt).toBe(
			`Brown has an ${GAP} percent rating.`
		);
		expect(settleArticle(item(['58', '80', '73', '46'])).prompt).toContain('a(n)');
		expect(settleArticle(item(['58'], 'number')).prompt).toContain('a(n)');
	});
});

describe('what the fresh14 review threw out', () => {
	it('asks no phone number, no end of "three to five days", and changes no figure beside its conversion', () => {
		const { all } = candidatesOf(
			front([
				'The girl escaped and phoned 911 after the parents were away on Tuesday.',
				'Results are expected within three to five days, officials said.',
				'The pilot flew 40 miles (64 km) before he landed at the base.',
				'The crash killed 12 people.'
			])
		);
		expect(all.some((i) => i.answer === '911')).toBe(false);
		expect(all.some((i) => /____ to five days/.test(i.prompt))).toBe(false);
		expect(all.some((i) => i.type === 'true-false' && /\(64 km\)/.test(i.prompt))).toBe(false);
	});

	it('sees "only 38 are working" beside "120 observers" as giving away "____ observers had arrived"', () => {
		const gap = (prompt: string, answer: string): Item => ({
			id: prompt,
			type: 'how-many',
			format: 'choice',
			prompt,
			answer,
			options: [answer, '17', '53', '65'],
			explanation: 'x',
			citations: []
		});
		const shown = gap(
			`About ${GAP} observers are expected, but so far only 38 are working.`,
			'120'
		);
		expect(reveals(shown, gap(`${GAP} observers had arrived from eight countries.`, '38'))).toBe(
			true
		);
		expect(reveals(shown, gap(`The owner ran up US$${GAP} million in debt.`, '38'))).toBe(false);
	});
});

describe('words no rule credited', () => {
	it('changes no figure inside them, and "Another added:" does not stand alone', () => {
		const made = candidatesOf(
			front([
				'Thousands of protesters gathered in the square on Monday.',
				'One said the government must go. Another added: "This is the same regime. He has been bluffing us for 30 years."',
				'Police arrested 45 people.'
			])
		);
		expect(
			made.all.some((i) => i.type === 'true-false' && /bluffing us for \d+ years/.test(i.prompt))
		).toBe(false);
		expect(made.kept.some((i) => /Another added/.test(i.prompt))).toBe(false);
	});
});

describe('people the report says are dead', () => {
	it('are never offered as the speaker of a quote', () => {
		const made = candidatesOf(
			front([
				'Campaigner Ana Lima, who smuggled the papers of her late husband, the physicist Tomas Berg, out of exile, died on Sunday.',
				"Lima married Berg in 1972 and kept his archive after Berg's death in 1989.",
				'When Tomas Berg won the Nobel Peace Prize in 1975, she went to Oslo to receive it.',
				'"The world has lost a brave voice," said Maria Duarte, a senator.',
				'"She never gave up," said Omar Haddad, a former colleague.',
				'"We will publish her letters," said Ines Moreau, her publisher.'
			])
		);
		const options = made.all.filter((i) => i.type === 'who-said').flatMap((i) => i.options ?? []);
		expect(options.length).toBeGreaterThan(0);
		expect(options).not.toContain('Tomas Berg');
	});

	it('nor a victim, named after "the murder of" and then beside his family', () => {
		const made = candidatesOf(
			front([
				'A judge yesterday sentenced two men to life imprisonment for the murder of 16-year-old Liam Reid in the Highlands.',
				'Judge Ann Kerr told the court it had been a brutal crime.',
				'Following the sentencing, Clara Reid, Liam Reid’s step-mother, said: "We are happy that justice has been done."',
				'Detective Paul Innes said: "This was a hard case for a small town."',
				'"The community can rest now," said council leader Omar Haddad.'
			])
		);
		const options = made.all.filter((i) => i.type === 'who-said').flatMap((i) => i.options ?? []);
		expect(options.length).toBeGreaterThan(0);
		expect(options).not.toContain('Liam Reid');
	});
});

/** A direct quote as gold facts give it. */
const saidQuote = (speaker: string, text: string, role: string | null = null) => ({
	speaker,
	role,
	text,
	direct: true,
	kind: 'direct' as const,
	cue: 'said'
});

describe('a speaker known by whose they are', () => {
	it('is never a wrong option: "Lima’s lawyer" may be the lawyer named beside it', () => {
		const body = [
			'Defence lawyer Tom Brand represents Ana Lima, who is accused of fraud.',
			'"The bank never checked the papers," Lima’s lawyer said on Monday.',
			'"We will appeal if we lose," said prosecutor Ines Moreau.',
			'"The jury must decide on the facts alone," said Judge Paul Brenner.'
		].join('\n');
		const facts = goldFacts(
			body,
			{
				quotes: [
					saidQuote('Lima’s lawyer', 'The bank never checked the papers'),
					saidQuote('Ines Moreau', 'We will appeal if we lose', 'prosecutor'),
					saidQuote('Paul Brenner', 'The jury must decide on the facts alone', 'Judge')
				],
				numbers: [],
				dates: [],
				people: [
					{ name: 'Tom Brand', role: 'Defence lawyer' },
					{ name: 'Ines Moreau', role: 'prosecutor' },
					{ name: 'Paul Brenner', role: 'Judge' }
				]
			},
			{ title: 'Trial', source: 'Daily', published: '2024-05-15' }
		);
		// The extractor reads "Lima’s lawyer said" as a person speaking.
		for (const q of facts.quotes) q.speakerKind = 'person';
		const ctx = buildContext([{ id: 'a', outlet: 'Daily', facts }]);
		const appeal = ctx.quotes.find((q) => q.fact.speaker === 'Ines Moreau')!;
		expect(speakerDistractors(ctx, appeal.fact, 'k')).not.toContain('Lima’s lawyer');
		expect(speakerDistractors(ctx, appeal.fact, 'k').length).toBeGreaterThan(0);
	});
});

describe('a newspaper, an agency or a club quoted as if a person', () => {
	it('is no option beside people, and no answer among them', () => {
		const body = [
			'"The march was peaceful until the police arrived," said organiser Tom Brand.',
			'"Several officers were hurt," Kyodo reported.',
			'"We acted within the law," said police chief Ines Moreau.',
			'"The city must listen to the marchers," said Paul Brenner, a councillor.',
			'"Nobody expected this many people," said Ana Lima, a student.',
			'"The marchers were not armed," Hope Radio said.'
		].join('\n');
		const facts = goldFacts(
			body,
			{
				quotes: [
					saidQuote('Tom Brand', 'The march was peaceful until the police arrived', 'organiser'),
					saidQuote('Kyodo', 'Several officers were hurt'),
					saidQuote('Ines Moreau', 'We acted within the law', 'police chief'),
					saidQuote('Paul Brenner', 'The city must listen to the marchers', 'a councillor'),
					saidQuote('Ana Lima', 'Nobody expected this many people', 'a student'),
					saidQuote('Hope Radio', 'The marchers were not armed')
				],
				numbers: [],
				dates: [],
				people: []
			},
			{ title: 'March', source: 'Daily', published: '2024-05-15' }
		);
		// The extractor took both for people.
		for (const q of facts.quotes) q.speakerKind = 'person';
		const ctx = buildContext([{ id: 'a', outlet: 'Daily', facts }]);
		const options = ctx.quotes
			.filter((q) => q.fact.speaker !== 'Kyodo')
			.flatMap((q) => speakerDistractors(ctx, q.fact, q.fact.speaker));
		expect(options).toContain('Paul Brenner');
		expect(options).not.toContain('Kyodo');
		expect(options).not.toContain('Hope Radio');
		const answers = candidateItems(ctx)
			.items.filter((i) => i.type === 'who-said')
			.map((i) => i.answer);
		expect(answers).toContain('Ines Moreau');
		expect(answers).not.toContain('Kyodo');
		// Nor the answer or an option of "who did it" or the opening's gap.
		const withPeople = goldFacts(
			'Ana Lima spoke at the Central Press Club on Monday. Tom Brand, the mayor, listened.',
			{
				quotes: [],
				numbers: [],
				dates: [],
				people: [
					{ name: 'Ana Lima', role: 'a nurse' },
					{ name: 'Central Press Club', role: 'a venue' },
					{ name: 'Tom Brand', role: 'the mayor' }
				]
			},
			{ title: 'Talk', source: 'Daily', published: '2024-05-15' }
		);
		const article = { id: 'b', outlet: 'Daily', facts: withPeople };
		const known = knownPeople(article, buildContext([article])).map((p) => p.name);
		expect(known).toEqual(['Ana Lima', 'Tom Brand']);
	});
});

describe('one person spelled two ways', () => {
	it('"Petraus" beside "David Petraeus" is the same speaker', () => {
		expect(sameSpeaker('Petraus', 'David Petraeus')).toBe(true);
		expect(sameSpeaker('Powell', 'David Petraeus')).toBe(false);
		// Her husband is not she.
		expect(sameSpeaker("Wolf's husband and coach", 'Edith Wolf')).toBe(false);
	});

	it('two letters swapped, or two slips in a long name, are one person; short names are not', () => {
		expect(sameSpeaker('Dmeirel', 'Ada Demirel')).toBe(true);
		expect(sameSpeaker('Rozenbam', 'Lydia Rosenbaum')).toBe(true);
		expect(sameSpeaker('Ana Lima', 'Ana Lina')).toBe(false);
		expect(sameSpeaker('Robinson', 'Mary Robertson')).toBe(false);
		expect(sameSpeaker('Hanson', 'Ben Hansen')).toBe(true);
		expect(sameSpeaker('Jones', 'Ben Janes')).toBe(true);
		expect(sameSpeaker('Jonas', 'Ben Jones')).toBe(true);
		expect(sameSpeaker('Kahn', 'Ben Khan')).toBe(false);
	});
});

describe('a role word before a name is not part of it', () => {
	it('"Survivor", "Taoiseach", "Secretary-General" and a cut-off "Counterterrorism" are left out', () => {
		const names = (text: string) => findPeople(text).map((c) => c.name);
		expect(names('Survivor Ana Sari said it.')).toEqual(['Ana Sari']);
		expect(names('Irish Taoiseach Leo Daly said it.')).toEqual(['Leo Daly']);
		expect(names('UN Secretary-General Ana Kovac said it.')).toEqual(['Ana Kovac']);
		expect(names('and Counterterrorism John O. Barrow said it.')).toEqual(['John O. Barrow']);
		// A title word after a given name is a surname.
		expect(names('Foreign Minister Julia Bishop said it.')).toEqual(['Julia Bishop']);
		expect(names('The philosopher Omar Singer said it.')).toEqual(['Omar Singer']);
	});
});
