/**
 * From every question the types can make to the few a teacher would ask: the most salient facts
 * first, a budget that grows gently with the article's length, one item per sentence (match and
 * timeline excepted), never more than two items citing one sentence, a mix of kinds, and no two
 * items where one gives the other's answer away.
 */
import type { Item, QuestionType } from '../schema';
import type { StoryContext } from './context';
import { dateWorth, figureWorth, sentenceKey, storySalience } from './salience';
import { GAP } from './cloze';
import { contentWords, normalise, standsIn, wordCount } from './text';

/** What each kind adds to a set: the lead event and who-said carry a story; a blank word least. */
const WEIGHT: Record<QuestionType, number> = {
	'what-happened': 3,
	// The doer of a main event. Two blind reviews of unseen reports accepted 3 of 14 as they
	// stood, so it no longer outranks who-said.
	'who-did': 1.6,
	// No longer generated (blind reviews accepted none of 17); a set saved earlier may hold one.
	why: 0,
	'who-said': 1.6,
	// No longer generated (the last blind reviews accepted 1 of 17: a job title is seldom worth
	// learning); a set saved earlier may hold one.
	'who-is': 0,
	// No longer generated (the blind reviews of fresh6–fresh15 accepted 6 of 19 and rejected 6:
	// other people's words as options are told apart by who could say them, not by reading); a
	// set saved earlier may hold one.
	'what-said': 0,
	'how-many': 1,
	// Reviews of fresh6–fresh14 rejected 11 % of dates, the fewest of any kind.
	when: 0.9,
	// A third rejected in the same reviews, and nearly always False (a True one repeats the
	// article): asked where a set has room.
	'true-false': 0.6,
	// No longer generated (five blind reviews accepted none of 21); a set saved earlier may hold one.
	'quote-completion': 0,
	match: 1,
	// No longer generated (blind reviews accepted 1 of 29); a set saved earlier may hold one.
	timeline: 0,
	'which-outlet': 0.2,
	// Only a teacher writes these; the generator never makes one.
	written: 0
};

/** Items per article length: 6 at 400 words, 12 at 1,200, then slowly more. */
export function budgetFor(words: number): number {
	if (words < 150) return 3;
	if (words < 300) return 4;
	if (words < 400) return 5;
	if (words <= 1200) return Math.round(6 + ((words - 400) / 800) * 6);
	return Math.min(20, Math.round(12 + 4 * Math.log2(words / 1200)));
}

/** Words the set is sized by: the longest report, and half of each other report of the story. */
function storyWords(ctx: StoryContext): number {
	const counts = ctx.articles.map((a) => wordCount(a.facts.body)).sort((a, b) => b - a);
	return (counts[0] ?? 0) + counts.slice(1).reduce((sum, n) => sum + n / 2, 0);
}

/** Kinds whose answer is a name: the same name twice teaches "pick the main person". */
const NAMED = new Set<QuestionType>(['who-said', 'who-did', 'who-is', 'what-happened']);
/** The lead's gap asks a doer the way who-did does (see lead.ts). */
const way = (type: QuestionType): QuestionType => (type === 'what-happened' ? 'who-did' : type);

/** Kinds whose answer is a figure: "ten" asked twice (the toll, then the bodies found) is one fact. */
const FIGURES = new Set<QuestionType>(['how-many', 'when']);

const aggregate = (item: Item) => item.format === 'match' || item.format === 'order';

/** The sentence an item asks about: the last citation (earlier ones only name the speaker). */
export function primaryKey(item: Item): string {
	const c = item.citations[item.citations.length - 1];
	return c ? sentenceKey(c.article, c.start) : '';
}

/** The answer a player could read off `other`'s prompt or options. */
export function reveals(shown: Item, asked: Item): boolean {
	// A figure changed in a true-or-false statement and the same figure asked elsewhere: each
	// shows the other's answer or a tell-tale wrong value.
	const changed = /gives ([\d,.]+), not ([\d,.]+)\./.exec(shown.explanation);
	if (changed && asked.type === 'how-many')
		return [changed[1], changed[2]].some((n) =>
			[asked.answer, ...(asked.options ?? [])].includes(n ?? '')
		);
	if (aggregate(asked) || asked.type === 'true-false') return false;
	// "What did X say?" with another item's quotation among its options: that item names its
	// speaker, so the option is ruled out, and the answer found by elimination.
	if (asked.type === 'what-said' && (shown.type === 'who-said' || shown.type === 'true-false')) {
		const prompt = normalise(shown.prompt);
		return (asked.options ?? []).some(
			(o) => o !== asked.answer && normalise(o).length > 12 && prompt.includes(normalise(o))
		);
	}
	// A match shows its pairs: "Ana Silva → Mayor" answers "Who is the mayor?".
	// The explanation too: practice shows it after each answer, before the next question.
	const shownText = [
		shown.prompt,
		shown.explanation,
		...(shown.options ?? []),
		...(shown.pairs ?? []).flatMap((p) => [p.left, p.right])
	].join(' ');
	const visible = normalise(shownText);
	const answer = normalise(asked.answer.replace(/^That\s+/, '').replace(/^“|”$/g, ''));
	// Seeing a name among another item's options gives nothing away: only beside the same words.
	if (NAMED.has(asked.type)) {
		// A name reveals a who-said only next to the words it is asked about.
		// The words asked about, without "According to X," or "who".
		const claim = contentWords(
			asked.prompt
				.replace(/^According to [^,]+,\s*/i, '')
				.replace(/,?\s*according to [^?]+\?$/i, '')
		).filter((w) => w !== 'who');
		const inShown = new Set(contentWords(shownText));
		const overlap = claim.filter((w) => inShown.has(w)).length / Math.max(1, claim.length);
		return visible.includes(answer) && overlap >= 0.5;
	}
	if (answer.length < 2) return false;
	// "over 170 new workers" shown does not answer "US$____ million in debt": a figure gives
	// itself away only beside the word the gap is followed by ("only 38 are working" beside
	// "about 120 observers" answers "____ observers had arrived").
	const unit =
		asked.type === 'how-many' &&
		/^[\d,.]+$/.test(answer) &&
		/____\s*(\p{L}+)/u.exec(asked.prompt)?.[1];
	return standsIn(visible, answer) && (!unit || standsIn(visible, unit.toLowerCase()));
}

export interface Selection {
	chosen: Item[];
	/** Items the set had no room for, with the reason (their ids stay valid in overrides). */
	left: { item: Item; reason: string }[];
}

export function selectItems(items: Item[], ctx: StoryContext): Selection {
	const salience = storySalience(ctx);
	const budget = budgetFor(storyWords(ctx));
	const worthOf = (item: Item) =>
		item.type === 'how-many'
			? figureWorth(item.prompt, GAP)
			: item.type === 'when'
				? dateWorth(item.prompt, GAP)
				: 0;
	const salienceOf = (item: Item) => {
		const sentences = item.citations.map((c) => salience.get(sentenceKey(c.article, c.start)) ?? 0);
		return aggregate(item)
			? sentences.reduce((a, b) => a + b, 0) / Math.max(1, sentences.length)
			: (salience.get(primaryKey(item)) ?? 0);
	};
	// A span of time, a distance, an age, a whole beside its part, the day someone spoke: blind
	// reviews threw these out as trivia. Who said a reported clause ("Who said that …?") or a
	// quoted fragment: they accepted 11 of 58 and 15 of 48 as they stood, with 21 wrong answers
	// between them, against 48 of 110 whole quoted sentences. A thin set goes without them; a
	// teacher may still pick one, and the matching game still pairs their speakers and words.
	const left: Selection['left'] = [];
	const scored: { item: Item; score: number; order: number }[] = [];
	for (const item of items) {
		const worth = worthOf(item);
		if (worth < 0) left.push({ item, reason: 'not chosen: trivia beside the story' });
		else if (item.type === 'who-said' && !item.prompt.startsWith('Who said this?'))
			left.push({
				item,
				reason: 'not chosen: only a whole quoted sentence is asked as who said it'
			});
		else
			scored.push({
				item,
				score: salienceOf(item) + WEIGHT[item.type] + worth,
				order: scored.length
			});
	}
	scored.sort((a, b) => b.score - a.score || a.order - b.order);
	const chosen: typeof scored = [];
	const asked = new Set<string>();
	const citedTimes = new Map<string, number>();
	const perType = new Map<QuestionType, number>();
	const maxTrueFalse = Math.max(1, Math.ceil(budget / 3));
	// Blind reviews accepted a third of the days asked and called a run of them rote (wrong
	// options a few days off): a quarter of a set at most, unless the set would be thin without
	// them. A year is asked as often as it comes: an obituary is a life in years.
	const maxDays = Math.max(1, Math.ceil(budget / 4));
	const isDay = (item: Item) => item.type === 'when' && !/^\d{4}$/.test(item.answer);
	const pending = [...scored];
	/** Items whose sentence another item asks about: a second item there only fills a thin set. */
	const second: typeof scored = [];
	const secondReason = new Map<Item, string>();
	while (chosen.length < budget && pending.length > 0) {
		// The best item once repeats of a kind are discounted, so a set mixes kinds.
		let best = -1;
		let bestScore = -Infinity;
		for (const [i, c] of pending.entries()) {
			const adjusted = c.score - 1.2 * (perType.get(c.item.type) ?? 0);
			if (adjusted > bestScore) {
				best = i;
				bestScore = adjusted;
			}
		}
		const [next] = pending.splice(best, 1);
		if (!next) break;
		const { item } = next;
		const keys = item.citations.map((c) => sentenceKey(c.article, c.start));
		const reason =
			!aggregate(item) && asked.has(primaryKey(item))
				? 'its sentence is already asked about'
				: keys.some((k) => (citedTimes.get(k) ?? 0) >= 2)
					? 'two items already cite its sentence'
					: aggregate(item) && (perType.get(item.type) ?? 0) >= 1
						? `the set has a ${item.type} already`
						: nameAskedAgain(item)
							? 'the set asks this name this way already'
							: item.type !== 'true-false' &&
								  chosen.filter((c) => c.item.answer === item.answer).length >= 2
								? 'two items already have this answer'
								: FIGURES.has(item.type) &&
									  chosen.some((c) => c.item.type === item.type && c.item.answer === item.answer)
									? 'the set asks this figure already'
									: item.type === 'true-false' && (perType.get('true-false') ?? 0) >= maxTrueFalse
										? 'the set has enough true-or-false items'
										: isDay(item) && chosen.filter((c) => isDay(c.item)).length >= maxDays
											? 'the set asks enough dates'
											: item.type === 'true-false' && item.answer === 'False' && falseOnly()
												? 'the set has a False statement and no True one to balance it'
												: chosen.some((c) => reveals(c.item, item) || reveals(item, c.item))
													? 'another item gives its answer away'
													: null;
		if (reason) {
			if (
				reason === 'its sentence is already asked about' ||
				reason === 'the set asks this name this way already' ||
				reason === 'the set asks enough dates'
			) {
				second.push(next);
				secondReason.set(item, `not chosen: ${reason}`);
			} else left.push({ item, reason: `not chosen: ${reason}` });
			continue;
		}
		take(next);
	}
	// A report with few facts worth asking still gets a quiz of five: a second question of another
	// kind on an asked sentence, never a third item citing a sentence, nor one that gives another
	// away.
	const floor = Math.min(5, budget);
	for (const next of second) {
		const { item } = next;
		const keys = item.citations.map((c) => sentenceKey(c.article, c.start));
		const fits =
			chosen.length < floor &&
			// True or false on an asked sentence states the other item's answer again.
			item.type !== 'true-false' &&
			keys.every((k) => (citedTimes.get(k) ?? 0) < 2) &&
			!chosen.some((c) => primaryKey(c.item) === primaryKey(item) && c.item.type === item.type) &&
			// A debate of two voices: a thin set may ask each of them twice, never more. The doer of
			// the main events is asked once: "pick the main person" must not pay.
			!nameAskedAgain(item, item.type === 'who-said' ? 2 : 1) &&
			!chosen.some((c) => reveals(c.item, item) || reveals(item, c.item));
		if (fits) take(next);
		else left.push({ item, reason: secondReason.get(item) ?? 'not chosen: the set is full' });
	}

	/** The set already asks this name this way (two who-did items answered by the same person). */
	function nameAskedAgain(item: Item, allowed = 1): boolean {
		return (
			NAMED.has(item.type) &&
			chosen.filter((c) => way(c.item.type) === way(item.type) && c.item.answer === item.answer)
				.length >= allowed
		);
	}

	/** A student who learns "it is always False" should not be right: a second False waits for a True. */
	function falseOnly(): boolean {
		const answers = chosen.filter((c) => c.item.type === 'true-false').map((c) => c.item.answer);
		return answers.includes('False') && !answers.includes('True');
	}

	function take(next: (typeof scored)[number]) {
		const { item } = next;
		chosen.push(next);
		if (!aggregate(item)) asked.add(primaryKey(item));
		for (const k of new Set(item.citations.map((c) => sentenceKey(c.article, c.start))))
			citedTimes.set(k, (citedTimes.get(k) ?? 0) + 1);
		perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
	}
	for (const c of pending) left.push({ item: c.item, reason: 'not chosen: the set is full' });
	// Shown in the article's order, so a student reads the quiz as the story unfolds.
	const position = (item: Item) => {
		const c = item.citations[item.citations.length - 1];
		const article = ctx.articles.findIndex((a) => a.id === c?.article);
		return aggregate(item) ? Infinity : article * 1e7 + (c?.start ?? 0);
	};
	const ordered = chosen
		.map((c) => c.item)
		.sort((a, b) => position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { chosen: ordered, left };
}
