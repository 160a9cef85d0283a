/**
 * Reading a typed number the way people write them: "37,000", "37 000", "37k", "37 thousand",
 * "1.5 million", "$3bn", "about 40%", "twelve thousand". Words after the number are taken as a
 * unit and ignored ("300 troops"), but a second number ("12 or 13") makes the answer unreadable.
 */

const SCALES: Record<string, number> = {
	hundred: 1e2,
	hundreds: 1e2,
	k: 1e3,
	thousand: 1e3,
	thousands: 1e3,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	million: 1e6,
	millions: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	billions: 1e9,
	t: 1e12,
	tn: 1e12,
	trillion: 1e12,
	trillions: 1e12
};

const UNITS =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
		' '
	);
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Words that hedge a number without changing it ("about 300", "more than 12"). */
const HEDGE =
	/^(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|under|more than|less than|fewer than|at least|at most|up to|~|≈|c\.|ca\.)\s*/;

/** Digits grouped by commas or spaces in threes ("37,000", "37 000"), or plain digits. */
const NUMERAL = /^([-+])?\s*(\d{1,3}(?:[, ]\d{3})+|\d*)(?:[.](\d+)|,(\d{1,2})(?!\d))?/;

/** The number a learner typed, or null when the text holds no single readable number. */
export function parseNumberAnswer(text: string, unit?: string): number | null {
	let s = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2212\u2013]/g, '-')
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();
	if (unit && unit.trim()) s = s.split(unit.toLowerCase().trim()).join(' ').trim();
	s = s
		.replace(HEDGE, '')
		.replace(/[$€£¥₩₹]/g, '')
		.trim();
	// "37k", "3bn", "40%": split a suffix from its digits so it reads as a word.
	s = s.replace(/(\d)([a-z%])/g, '$1 $2');
	const value = readNumeral(s) ?? readWords(s);
	// "-0" is 0: adding +0 turns -0 into +0, which compares equal everywhere.
	return value === null ? null : value + 0;
}

function readNumeral(s: string): number | null {
	const match = NUMERAL.exec(s);
	if (!match || !/\d/.test(match[0])) return null;
	const [whole, sign, integer, decimals, commaDecimals] = match;
	const digits = (integer ?? '').replace(/[, ]/g, '') || '0';
	let value = Number(`${digits}.${decimals ?? commaDecimals ?? '0'}`);
	if (sign === '-') value = -value;
	return applyScalesAndUnit(value, s.slice(whole.length));
}

function readWords(s: string): number | null {
	const words = s
		.replace(/,/g, ' ')
		.split(/[\s-]+/)
		.filter(Boolean);
	let total = 0;
	let current = 0;
	let numberWords = 0;
	let i = 0;
	const negative = words[0] === 'minus' || words[0] === 'negative';
	if (negative) i = 1;
	for (; i < words.length; i++) {
		const word = words[i] ?? '';
		const unitValue = UNITS.indexOf(word);
		const tensValue = TENS.indexOf(word);
		const scale = SCALES[word];
		if (unitValue >= 0) current += unitValue;
		else if (tensValue >= 0) current += (tensValue + 2) * 10;
		else if (word === 'hundred') current = (current || 1) * 100;
		else if (scale !== undefined && current > 0) {
			total += current * scale;
			current = 0;
		} else if ((word === 'a' || word === 'an') && numberWords === 0 && current === 0) {
			// "a million": the article stands for one, but only counts before a scale word.
			current = 1;
			continue;
		} else if (word === 'and' && numberWords > 0) continue;
		else break;
		numberWords++;
	}
	if (numberWords === 0) return null;
	const value = (total + current) * (negative ? -1 : 1);
	return isUnitOnly(words.slice(i).join(' ')) ? value : null;
}

function applyScalesAndUnit(value: number, rest: string): number | null {
	const words = rest.trim().split(' ').filter(Boolean);
	let i = 0;
	for (; i < words.length; i++) {
		const scale = SCALES[words[i] ?? ''];
		if (scale === undefined) break;
		value *= scale;
	}
	const remainder = words.slice(i).join(' ');
	return Number.isFinite(value) && isUnitOnly(remainder) ? value : null;
}

/** Trailing text that names a unit ("troops", "%", "per cent") and holds no other number. */
function isUnitOnly(rest: string): boolean {
	return (
		!/\d/.test(rest) && !rest.split(/[\s-]+/).some((w) => UNITS.includes(w) || TENS.includes(w))
	);
}
