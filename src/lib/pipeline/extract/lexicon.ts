/**
 * Word lists the extraction rules share. They describe English news style in general
 * (reporting verbs, role nouns, qualifiers), never one article.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s*\|\s*/));

/** Finite reporting verbs: "X said", "X told the council that". */
export const CUE_VERBS =
	set(`said | says | say | told | tells | added | adds | informed | warned | warns |
stated | states | claimed | claims | argued | argues | noted | notes | insisted | insists | stressed | stresses |
explained | explains | announced | announces | reported | reports | confirmed | confirms | denied | denies |
acknowledged | acknowledges | admitted | admits | suggested | suggests | reiterated | reiterates | repeated |
repeats | estimated | estimates | predicted | predicts | wrote | writes | found | finds | concluded | concludes |
believes | believed | emphasised | emphasized | asserted | asserts | maintained | maintains | alleged | alleges |
cautioned | cautions | declared | declares | revealed | reveals | recalled | recalls | observed | observes |
pointed | replied | replies | responded | responds | agreed | agrees | urged | urges | accused | accuses |
blamed | blames | criticised | criticized | criticises | criticizes | condemned | condemns | praised | praises |
dismissed | dismisses | rejected | rejects | described | describes | called | calls | defended | defends |
showed | shows | projected | projects | forecast | forecasts | expects | expected | told | testified | tweeted |
posted | argued | conceded | concedes | complained | complains | promised | promises | pledged | pledges | vowed |
vows | threatened | threatens | signalled | signaled | indicated | indicates | ruled | rules | wrote | caution |
warn | argue | note | insist | claim | believe | estimate | suggest | predict | conclude | report | find | show |
reckon | reckons | reckoned | contend | contends | contended | maintain | fear | fears | feared | continued |
made clear | made it clear | makes clear | makes it clear | countered | counters | responded | stating |
claiming | remarked | remarks | commented | comments | mentioned | mentions | quipped | joked | jokes |
exclaimed | elaborated | recounted | affirmed | answered | sighed | sighs | lamented | laments | boasted |
summarised | summarized | mused | muses | instructed`);

/** Verbs after which a plain clause (no "that") is reported speech: "Lopez said the plan is". */
export const SAY_VERBS = set(
	'said | says | say | told | tells | added | adds | warned | warns | warn | noted | notes | stressed | insisted | argued | argue | wrote | writes | estimated | estimates | believes | believe | explained | ruled | fear | fears | feared | reckon | reckons | stated | states | claimed | claims | acknowledged | admitted | conceded | insists | maintained | maintains | contends | contended | found | finds | show | shows | showed | predict | predicts | predicted | indicates | indicated | testified | testifies'
);

/**
 * Cue verbs that take an object, so what follows them is not who spoke: "…, urged the leaders to
 * stay calm", "…, criticized the dispatch of advisers".
 */
export const TAKES_OBJECT =
	set(`urged | urges | accused | accuses | blamed | blames | criticised | criticized | criticises |
criticizes | condemned | condemns | praised | praises | dismissed | dismisses | rejected | rejects |
described | describes | called | calls | defended | defends | told | tells | informed | promised |
promises | pledged | pledges | threatened | threatens | instructed | showed | shows | found | finds |
projected | projects | expects | expected`);

/** Reporting verbs that only studies and their authors use that way: "the study found …". */
export const EVIDENCE_VERBS = set(
	'found | finds | show | shows | showed | predict | predicts | predicted | indicates | indicated'
);
/** Who reports evidence: "the study", "researchers", "NOAA scientists", "the data". */
export const RESEARCH_NOUNS = set(
	'study | studies | research | researchers | scientists | report | survey | data | analysis | paper | poll | model | findings | forecasters | authors | review | trial | experts | economists | analysts'
);

/** Nouns that carry reported content: "repeated claims that", "the allegation that". */
export const CLAIM_NOUNS =
	set(`claim | claims | allegation | allegations | accusation | accusations | warning |
warnings | assertion | assertions | charge | charges | concern | concerns | fears | view | argument | arguments |
statement | statements | estimate | estimates | prediction | predictions | assessment | report | reports`);

/** Documents and channels that carry someone's words: "according to a statement from X". */
export const FRAME_NOUNS = set(
	'statement | post | letter | release | press release | transcript | memo | email | filing | message | note'
);

/** Words that introduce what someone said with "as": "describing it as", "dismissed ... as". */
export const AS_CUES =
	set(`citing | describing | calling | branding | labelling | labeling | terming | dismissing |
rejecting | characterising | characterizing | portraying | dismissed | rejected | described | called | branded |
labelled | labeled | termed | characterised | characterized | portrayed | denounced | denouncing | hailed | hailing |
cited | cites | saying | stating | claiming | adding | noting | arguing | insisting | explaining | posting |
telling | writing | tweeting | warning | declaring`);

/** Verbs whose object and complement are the reported content: "accused X of Y". */
export const CHARGE_VERBS: Record<string, string> = {
	accused: 'of',
	accuses: 'of',
	accusing: 'of',
	blamed: 'for',
	blames: 'for',
	criticised: 'for',
	criticized: 'for',
	criticises: 'for',
	criticizes: 'for',
	praised: 'for',
	praises: 'for',
	urged: 'to',
	urges: 'to',
	warned: 'of',
	warns: 'of',
	condemned: 'for',
	condemns: 'for'
};

/** Role nouns: the head of a title such as "Deputy Trade Minister of France". */
export const ROLE_NOUNS =
	set(`ambassador | envoy | minister | president | leader | official | officials |
spokesperson | spokesman | spokeswoman | secretary | chancellor | governor | senator | representative |
director | chief | head | chair | chairman | chairwoman | commander | general | diplomat | prime | king | queen |
mayor | researcher | researchers | scientist | scientists | professor | economist | economists | analyst |
analysts | author | co-author | lead | ceo | founder | executive | officer | adviser | advisor | negotiator |
delegate | judge | prosecutor | lawyer | attorney | physician | doctor | expert | experts | manager |
strategist | chairperson | deputy | vice | member | lawmaker | mp | correspondent | investigator | astronomer |
biologist | physicist | chemist | engineer | president-elect | governor-elect | representative | counsellor |
consultant | lecturer | boss | coach | captain | striker | midfielder | defender | goalkeeper | substitute | courier |
nurse | teacher | campaigner | editor | commissioner | inspector | surgeon | pilot | farmer | owner | partner |
superintendent | magistrate | justice | solicitor | barrister | councillor | auditor | treasurer | detective |
sheriff | agent | trooper | forecaster | forecasters | administrator | attorney-general | prosecutors |
curator | co-author | archivist | historian`);

/** Role words that are never a surname: a capitalised run ending in one is a title, not a name. */
export const TITLE_HEADS =
	set(`curator | director | editor | spokesperson | spokesman | spokeswoman |
minister | secretary | president | chairman | chairwoman | chairperson | officer | manager | professor |
researcher | scientist | ambassador | envoy | commissioner | superintendent | correspondent | prosecutor |
attorney | senator | governor | lawmaker | analyst | economist | executive | founder | administrator |
inspector | detective | treasurer | auditor | historian | archivist`);

/** Nouns meeting coverage uses for whoever has the floor: "the speaker added". */
export const SPEAKER_NOUNS = set('speaker | delegate | representative');

/** Words that change what a role means: a "former" chief is not the chief. Kept with the role. */
export const ROLE_QUALIFIERS = new Set([
	'former',
	'ex',
	'acting',
	'interim',
	'outgoing',
	'incoming',
	'late',
	'then',
	'deputy'
]);

/** Titles written before a name: "President Joe Biden", "Dr. Jane Smith". */
export const TITLES =
	set(`president | prime minister | minister | senator | sen. | rep. | gov. | governor | dr. | dr |
professor | prof. | mr. | mrs. | ms. | mr | mrs | ms | general | gen. | king | queen | pope | chancellor |
ambassador | judge | justice | leader | secretary | chief | director | mayor | sir | dame | lord | lady | colonel | col. |
captain | capt. | lt. | sheikh | prince | princess | commissioner | spokesperson | spokesman | spokeswoman | envoy |
economist | analyst | researcher | scientist | author | ceo | chairman | chairwoman | chair | resident |
witness | passenger | student | officer | sergeant | sgt. | detective | constable | inspector | superintendent | magistrate |
councillor | councilman | councilwoman | coach | pastor | rev. | bishop | rabbi | imam | premier | cardinal |
archbishop | emperor | empress | emir | sultan | ayatollah | lieutenant | lt | col | gen | capt | sgt | maj |
maj. | cpl | cpl. | pvt | pvt. | adm | adm. | cmdr | cmdr. | brig | brig.`);

export const PRONOUNS: Record<string, 'male' | 'female' | 'plural'> = {
	he: 'male',
	him: 'male',
	his: 'male',
	she: 'female',
	her: 'female',
	hers: 'female',
	they: 'plural',
	them: 'plural',
	their: 'plural'
};

export const FEMALE_TITLES = set(
	'mrs. | mrs | ms. | ms | queen | dame | lady | princess | spokeswoman | chairwoman'
);
export const MALE_TITLES = set(
	'mr. | mr | king | sir | lord | prince | spokesman | chairman | sheikh'
);

export const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sep: 9,
	sept: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

export const WEEKDAYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday'
];

/** Qualifiers written before a number ("over 3,400") and verbs that act as one ("exceeded 900"). */
export const QUALIFIERS = [
	'more than',
	'less than',
	'fewer than',
	'at least',
	'at most',
	'up to',
	'as many as',
	'as much as',
	'nearly',
	'almost',
	'about',
	'around',
	'roughly',
	'approximately',
	'some',
	'over',
	'under',
	'below',
	'above',
	'just over',
	'just under',
	'exactly',
	'an estimated',
	'estimated',
	'close to',
	'upwards of'
];
export const QUALIFYING_VERBS =
	set(`exceeded | exceeds | topped | tops | surpassed | surpasses | passed |
reached | reaches | hit | hits | rose to | fell to | climbed to | dropped to | grew to | jumped to | increased to |
decreased to | declined to | doubled to | surged to`);

export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12,
	'a dozen': 12,
	'a hundred': 100,
	'a thousand': 1000,
	dozens: 24,
	hundreds: 200,
	thousands: 2000
};
export const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	m: 1e6,
	bn: 1e9,
	k: 1e3,
	tn: 1e12
};

/** Words that end a noun phrase: verbs, prepositions and conjunctions that are common in news. */
export const PHRASE_STOPS =
	set(`are | is | was | were | be | been | has | have | had | will | would | could |
can | may | might | should | said | says | and | or | but | that | which | who | whom | whose | as | than | to |
for | from | by | with | on | at | into | since | after | before | during | while | because | if | when | where |
of | in | across | per | each | last | next | ago | earlier | later | yesterday | today | this | its | their | his | her | began | begin | died | killed | lost | remain | remained | say | told`);

/** Words that are capitalised but are never part of a person's name. */
export const NOT_NAME =
	set(`the | a | an | on | in | at | since | after | before | during | this | that | these |
those | he | she | it | they | we | i | you | but | and | however | meanwhile | when | while | if | as | according |
such | many | some | last | next | earlier | later | monday | tuesday | wednesday | thursday | friday | saturday |
sunday | january | february | march | april | may | june | july | august | september | october | november |
december | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec | u.s. | u.n. | un | us | uk |
eu | nato | dprk | reuters | ap | afp | council | security | nations | united | state | states | department |
ministry | government | parliament | congress | senate | house | court | university | institute | bank |
agency | committee | commission | union | organization | organisation | federation | republic | kingdom |
party | army | forces | force | navy | police | office | region | province | city | state | street | north |
south | east | west | new | national | international | federal | central | world | global | general | foreign |
defense | defence | deputy | ambassador | president | minister | leader | official | prime | secretary |
spokesperson | his | her | their | our | its | there | here | what | who | why | how | photo | image | read |
related | also | more | most | even | only | just | still | now | then | thus | meanwhile | yet | so | nor | for |
with | from | by | to | of | or | not | no | yes | all | both | each | every | other | another | any | one |
two | three | today | yesterday | tomorrow | despite | although | though | because | while | until | whether |
mr | mrs | ms | dr | prof | sir | west | western | eastern | russian | american | chinese | european | korean |
ukrainian | british | french | german | israeli | palestinian | iranian | japanese | indian | african | asian |
study | report | data | survey | researchers | scientists | analysts | experts | officials | sanctions | in |
under | over | about | against | among | through | without | within | between | behind | beyond | upon | via |
amid | women | men | people | children | democrat | democrats | republican | republicans | democratic |
conservative | conservatives | labour | liberal | liberals | tory | tories | socialist | senior | junior |
four | five | six | seven | eight | nine | ten | eleven | twelve | dozens | hundreds | thousands | several |
current | former | acting | interim | outgoing | incoming | late | is | are | was | were | been | being |
am | has | have | had | does | did | would | should | could | might | must`);

/** Portfolios written before a minister's name: "Minister of Education Ana Lima" -> "Ana Lima". */
export const PORTFOLIOS =
	set(`education | health | finance | defence | defense | justice | interior | environment | energy |
trade | transport | transportation | agriculture | labor | culture | sport | sports | olympics | affairs |
home | economy | industry | science | technology | housing | immigration | treasury | commerce | tourism |
fisheries | communications | information | welfare | youth | equality | security | development | planning |
mines | water | works | lands | heritage | arts | veterans | homeland | infrastructure | employment`);

/** A name that starts with a particle joined to it: "al-Amr", "d’Estaing", "bin-Salman". */
export const JOINED_PARTICLE =
	/^(?:al|el|ad|as|ash|at|az|an|ar|abu|bin|ibn|ben|d|de|di|da|du|le|la|van|von)[-'’]\p{Lu}/u;
