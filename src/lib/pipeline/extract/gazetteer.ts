/**
 * Names of countries, major cities and international bodies. Countries and organisations can be
 * speakers ("France warned"), so the same list serves places and speakers.
 */
import { escapeRegExp } from '../regexp';

const COUNTRY_LIST = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|
Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|
Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|
Zimbabwe|Gaza|West Bank|Crimea|Kashmir|Greenland|Hong Kong|Tibet|Kurdistan|Scotland|England|Wales`;

/** Other ways of writing a country. */
const COUNTRY_ALIASES: Record<string, string> = {
	'U.S.': 'United States',
	US: 'United States',
	USA: 'United States',
	'U.S.A.': 'United States',
	America: 'United States',
	'United States of America': 'United States',
	UK: 'United Kingdom',
	'U.K.': 'United Kingdom',
	Britain: 'United Kingdom',
	'Great Britain': 'United Kingdom',
	DPRK: 'North Korea',
	'Russian Federation': 'Russia',
	"People's Republic of China": 'China',
	'Republic of Korea': 'South Korea',
	UAE: 'United Arab Emirates',
	'the Netherlands': 'Netherlands',
	Holland: 'Netherlands',
	'Gaza Strip': 'Gaza',
	Türkiye: 'Turkey',
	Burma: 'Myanmar'
};

const CITY_LIST = `Washington|New York|Moscow|Beijing|Kyiv|Kiev|Pyongyang|Seoul|Tokyo|London|Paris|Berlin|Brussels|
Geneva|Vienna|Rome|Madrid|Lisbon|Warsaw|Prague|Budapest|Athens|Ankara|Istanbul|Tehran|Baghdad|Damascus|Beirut|
Jerusalem|Tel Aviv|Cairo|Riyadh|Doha|Dubai|Abu Dhabi|New Delhi|Delhi|Mumbai|Islamabad|Kabul|Dhaka|Bangkok|Hanoi|
Manila|Jakarta|Singapore|Sydney|Canberra|Melbourne|Wellington|Ottawa|Toronto|Montreal|Mexico City|Havana|
Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Sao Paulo|Rio de Janeiro|Nairobi|Addis Ababa|Lagos|Abuja|
Johannesburg|Cape Town|Pretoria|Kinshasa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Stockholm|Oslo|Copenhagen|Helsinki|
Dublin|Amsterdam|The Hague|Zurich|Frankfurt|Munich|Milan|Minsk|Tbilisi|Yerevan|Baku|Astana|Tashkent|Taipei|
Shanghai|Hong Kong|Kharkiv|Odesa|Odessa|Donetsk|Luhansk|Mariupol|Kherson|Zaporizhzhia|Lviv|Chicago|Los Angeles|
San Francisco|Boston|Seattle|Houston|Miami|Atlanta|Dallas|Philadelphia|Detroit|Vancouver|Birmingham|Manchester|
Liverpool|Glasgow|Edinburgh|Cardiff|Belfast|Marseille|Lyon|Hamburg|Cologne|Barcelona|Naples|Osaka|Karachi|Lahore|
Chennai|Kolkata|Bangalore|Kuala Lumpur|Casablanca|Accra|Dakar|Kampala|Kigali|Harare|Lusaka|Luanda|Quito|La Paz|
Montevideo|Auckland|Brisbane|Bern|Basel|Krakow|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Vilnius|Riga|Tallinn`;

const ORG_LIST = `United Nations|U.N.|UN|Security Council|United Nations Security Council|U.N. Security Council|
UN Security Council|General Assembly|European Union|EU|NATO|World Health Organization|WHO|World Bank|
International Monetary Fund|IMF|International Atomic Energy Agency|IAEA|Federal Reserve|European Central Bank|
ECB|Bank of England|Bank of Japan|OPEC|G7|G20|African Union|ASEAN|Kremlin|White House|Pentagon|State Department|
NASA|European Space Agency|ESA|CERN|World Trade Organization|WTO|Red Cross|Amnesty International|
Human Rights Watch|Hamas|Hezbollah|Taliban|Congress|Parliament|Supreme Court|Ministry of Defense|
Defense Ministry|Foreign Ministry|Health Ministry|Treasury|Commerce Department|Justice Department`;

const split = (list: string): string[] =>
	list
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean);

export const COUNTRIES = new Map<string, string>();
for (const c of split(COUNTRY_LIST)) COUNTRIES.set(c, c);
for (const [alias, c] of Object.entries(COUNTRY_ALIASES)) COUNTRIES.set(alias, c);
export const CITIES = new Set(split(CITY_LIST));
export const ORGS = new Set(split(ORG_LIST));

/** Longest first, so "South Africa" wins over "Africa" and "UN General Assembly" over "UN". */
const names = [...COUNTRIES.keys(), ...CITIES, ...ORGS].sort((a, b) => b.length - a.length);
/** One regular expression over every known name; built once. */
export const KNOWN_NAME_RE = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:the )?(${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
	'gu'
);

export type EntityKind = 'country' | 'city' | 'organisation';

/** Canonical name and kind of a known place or body, e.g. "the U.K." -> United Kingdom. */
export function lookupEntity(raw: string): { name: string; kind: EntityKind } | null {
	const text = raw
		.replace(/^the\s+/i, '')
		.replace(/[’']s$/, '')
		.trim();
	const country = COUNTRIES.get(text);
	if (country) return { name: country, kind: 'country' };
	if (CITIES.has(text)) return { name: text, kind: 'city' };
	if (ORGS.has(text)) return { name: text, kind: 'organisation' };
	return null;
}
