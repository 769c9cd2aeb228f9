/**
 * Word tables for the quantity grammar. Every key is lower case, as the
 * tokenizer's `lower` field gives it.
 */
import type { Qualifier } from '../schema';

function table<V>(entries: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

export const ONES = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});

export const TEENS = table({
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
});

export const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Words that multiply everything before them in a spelled-out number. */
export const BIG_SCALES = table({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian English: "8 lakh" is 800,000, "Rs 5 crore" 50 million rupees.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Scale words after digits: "1.6 million", "3 hundred", "19,299 crore". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([['hundred', 100], ...BIG_SCALES]);

/**
 * Letters glued to digits that scale them: "25k", "$13.6M", "1.2bn", "$3 mln".
 * A lone `m` is handled apart: it is also metres.
 */
export const SUFFIX_SCALES = table({
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
});

/** Spaced abbreviations used as scale words by wire services: "$3 mln", "1.2 bln". */
export const SPACED_SCALE_ABBREVIATIONS = table({
  mln: 1e6,
  mn: 1e6,
  bln: 1e9,
  bn: 1e9,
  trn: 1e12,
  tn: 1e12,
});

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** After a glued m, metres rather than millions: "2.4m tall", "5m away", "a 10m-high wall". */
export const DIMENSION_WORDS = new Set([
  'tall', 'high', 'long', 'wide', 'deep', 'away', 'below', 'above', 'underground', 'beneath',
  'taller', 'higher', 'longer', 'wider', 'deeper', 'apart', 'thick', 'across', 'offshore',
]); // prettier-ignore

/** After a glued m, the name of a race: "the 100m freestyle", "the 10,000m title". */
export const RACE_WORDS = new Set([
  'sprint', 'dash', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley',
  'relay', 'race', 'final', 'finals', 'heat', 'heats', 'event', 'title', 'steeplechase', 'world',
  'olympic', 'gold', 'silver', 'bronze', 'champion', 'record',
]); // prettier-ignore

export const TIME_SUFFIXES = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'h', 'hrs', 'gmt']);

/** Words after a number that make it a clock time: "3 p.m.", "0600 GMT", "five o'clock". */
export const TIME_WORDS = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock']);

// prettier-ignore
/** Time zones, matched case-sensitively so that "ET" is not "et". */
export const TIME_ZONES = new Set([
  'GMT', 'UTC', 'EST', 'EDT', 'ET', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'PT', 'BST', 'CET',
  'CEST', 'EET', 'EEST', 'IST', 'JST', 'AEST', 'AEDT',
]);

/** Fractions after a numerator of one: "a quarter", "one-third", "a half". */
export const FRACTIONS_SINGULAR = table({
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
});

/** Fractions after a larger numerator: "two-thirds", "three quarters". */
export const FRACTIONS_PLURAL = table({
  thirds: 3,
  quarters: 4,
  fifths: 5,
  sixths: 6,
  sevenths: 7,
  eighths: 8,
  ninths: 9,
  tenths: 10,
});

// prettier-ignore
/**
 * Nouns that make a fraction a span of time or distance rather than a share:
 * "a quarter century", "half an hour" (after a/an), "a half mile".
 */
export const FRACTION_BLOCKERS = new Set([
  'century', 'centuries', 'decade', 'mile', 'miles', 'hour', 'hours', 'day', 'days', 'week', 'year',
  'years', 'month', 'minute', 'inch', 'inches', 'point', 'points', 'pound', 'pounds', 'time',
  'term', 'way', 'note', 'dollar', 'cup', 'marathon',
]);

/** Words before a bare "half" that make it a period, not a share: "the second half". */
export const HALF_BLOCKERS = new Set([
  'first',
  'second',
  'latter',
  'former',
  'back',
  'front',
  'better',
  'opening',
  'closing',
]);

// prettier-ignore
export const ORDINAL_WORDS = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1e6,
});

/** Plural scales of the vague convention: "dozens", "hundreds", "tens (of …)". */
export const VAGUE_PLURALS = table({
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
});

/** Plurals that need "of" after them to be amounts: "scores of", not "test scores". */
export const VAGUE_NEEDS_OF = new Set(['scores', 'tens']);

/** Singular scales after "a few", "several": "a few dozen", "several hundred". */
export const VAGUE_SINGULARS = table({
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});

// prettier-ignore
/** Capitalised month names and abbreviations; matched on the original text. */
export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec',
]);

export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

// prettier-ignore
/** People counted: "40 fighters", "3,000 civilians". */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'individuals', 'civilians', 'civilian', 'children', 'child',
  'kids', 'babies', 'infants', 'minors', 'teenagers', 'adults', 'women', 'woman', 'men', 'man',
  'boys', 'girls', 'fighters', 'fighter', 'militants', 'militant', 'jihadists', 'jihadis',
  'insurgents', 'rebels', 'gunmen', 'gunman', 'combatants', 'militiamen', 'extremists',
  'terrorists', 'troops', 'soldiers', 'soldier', 'servicemen', 'servicemembers', 'marines',
  'commandos', 'peacekeepers', 'personnel', 'forces', 'recruits', 'volunteers', 'advisers',
  'advisors', 'trainers', 'instructors', 'officers', 'police', 'policemen', 'policeman', 'guards',
  'members', 'member', 'residents', 'inhabitants', 'citizens', 'nationals', 'foreigners',
  'refugees', 'migrants', 'immigrants', 'asylum-seekers', 'displaced', 'evacuees', 'workers',
  'employees', 'staff', 'staffers', 'students', 'pupils', 'teachers', 'patients', 'doctors',
  'nurses', 'medics', 'journalists', 'reporters', 'scientists', 'researchers', 'experts',
  'engineers', 'analysts', 'economists', 'lawyers', 'judges', 'activists', 'monitors', 'inspectors',
  'observers', 'consumers', 'customers', 'shoppers', 'users', 'subscribers', 'investors',
  'shareholders', 'executives', 'managers', 'bankers', 'traders', 'contractors', 'sailors',
  'airmen', 'veterans', 'widows', 'orphans', 'mothers', 'fathers', 'parents', 'homeowners', 'tenants', 'drivers', 'cyclists', 'pedestrians', 'motorists',
  'smokers', 'adolescents', 'teens', 'youths', 'elderly', 'pensioners', 'retirees', 'candidates',
  'nominees', 'senators', 'mps', 'councillors', 'governors', 'mayors', 'clerics', 'priests',
  'monks', 'nuns', 'settlers', 'villagers', 'townspeople', 'locals', 'guests', 'attendees',
  'signatories', 'donors', 'recipients', 'beneficiaries', 'applicants', 'graduates', 'scholars',
  'academics', 'professors', 'farmers', 'miners', 'pilgrims', 'worshippers', 'tourists', 'visitors',
  'passengers', 'pilots', 'crew', 'victims', 'casualties', 'fatalities', 'deaths', 'dead',
  'survivors', 'wounded', 'injured', 'hostages', 'captives', 'prisoners', 'detainees', 'inmates',
  'suspects', 'protesters', 'protestors', 'demonstrators', 'voters', 'delegates', 'lawmakers',
  'legislators', 'ministers', 'diplomats', 'officials', 'leaders', 'participants', 'respondents',
  'spectators', 'fans', 'athletes', 'players', 'runners', 'americans', 'britons', 'syrians',
  'iraqis', 'libyans', 'afghans', 'kurds', 'egyptians', 'tunisians', 'yemenis', 'palestinians',
  'israelis', 'europeans', 'africans', 'nigerians', 'somalis', 'indians', 'pakistanis',
  'bangladeshis', 'australians', 'canadians', 'germans', 'italians', 'russians', 'ukrainians',
  'iranians', 'turks', 'mexicans', 'brazilians', 'kenyans', 'filipinos', 'indonesians',
  'malaysians', 'singaporeans', 'koreans', 'asians', 'muslims', 'christians', 'jews', 'hindus',
  'travelers', 'travellers', 'commuters', 'witnesses', 'viewers', 'listeners', 'readers',
  'sufferers',
  // Kin and company: "founded by two brothers", "a father of three sons".
  'brothers', 'sisters', 'siblings', 'sons', 'daughters', 'husbands', 'wives', 'grandchildren',
  'relatives', 'cousins', 'friends', 'colleagues', 'founders', 'owners', 'jurors',
]);

// prettier-ignore
/** Words that may sit between a number and its person noun: "40 Islamic State fighters". */
export const NOUN_MODIFIERS = new Set([
  'army', 'government', 'rebel', 'opposition', 'foreign', 'local', 'military', 'security', 'armed',
  'special', 'elite', 'militia', 'service', 'aid', 'medical', 'young', 'more', 'other', 'unarmed',
  'innocent', 'international', 'new', 'additional', 'extra', 'ground', 'combat', 'allied',
  'coalition', 'navy', 'air', 'fellow', 'former', 'suspected', 'alleged', 'senior', 'junior',
  'jihadist', 'militant', 'pro-government', 'government-backed', 'displaced', 'internally',
  'monthly', 'daily', 'weekly', 'active', 'registered', 'paying', 'missing', 'armoured', 'armored',
  'emergency', 'unemployed', 'homeless', 'elderly', 'skilled', 'full-time', 'part-time', 'british',
  'american', 'foreign-born', 'adult', 'female', 'male', 'black', 'white', 'wounded', 'injured',
]);

/** Words between a count and its unit of time: "seven straight months", "22 consecutive days". */
export const SPAN_ADJECTIVES = new Set([
  'straight', 'consecutive', 'successive', 'full', 'whole', 'long', 'more', 'further',
  'additional', 'extra', 'working', 'calendar', 'trading', 'business',
]); // prettier-ignore

/** Nouns of size before "of": "a wingspan of 2.5m" is metres. */
export const DIMENSION_NOUNS = new Set([
  'wingspan', 'length', 'height', 'width', 'depth', 'diameter', 'radius', 'span', 'altitude',
  'elevation', 'circumference', 'thickness', 'breadth', 'reach', 'drop', 'stature',
]); // prettier-ignore

// prettier-ignore
/** Words before a number that name it: "Flight 370", "Category 2", "Article 5". */
export const IDENTIFIER_WORDS = new Set([
  'flight', 'flights', 'category', 'resolution', 'resolutions', 'article', 'articles', 'chapter',
  'section', 'paragraph', 'clause', 'annex', 'amendment', 'proposition', 'prop', 'decree',
  'protocol', 'route', 'highway', 'interstate', 'motorway', 'road', 'room', 'suite', 'apartment',
  'apt', 'gate', 'terminal', 'platform', 'runway', 'exit', 'pier', 'hangar', 'lane', 'number',
  'nos', 'level', 'phase', 'stage', 'grade', 'tier', 'class', 'type', 'version', 'model', 'series',
  'channel', 'precinct', 'ward', 'district', 'sector', 'zone', 'block', 'unit', 'lot', 'box',
  'seat', 'row', 'page', 'pages', 'volume', 'vol', 'issue', 'isbn', 'issn', 'code', 'bus', 'train',
  'line', 'track', 'psalm', 'verse', 'hole', 'week', 'game', 'round', 'gen', 'court', 'heat',
  'leg', 'bay', 'pitch', 'ward', 'ad',
]);

// prettier-ignore
/** Names that take a number: "Boeing 737", "Apollo 11", "Windows 10", "Super Bowl 50". */
export const NAME_WORDS = new Set([
  'boeing', 'airbus', 'apollo', 'gemini', 'soyuz', 'falcon', 'voyager', 'artemis', 'windows',
  'iphone', 'galaxy', 'pixel', 'playstation', 'xbox', 'formula', 'bowl', 'catch', 'fortune', 'ftse',
  'nikkei', 'dax', 'cac', 'stoxx', 's&p', 'russell', 'hang', 'sensex', 'ibex', 'mib', 'dow',
  'kospi', 'asx', 'nasdaq', 'nifty', 'topix', 'csi', 'seng', 'sti', 'klci', 'jse', 'bse', 'tsx',
  'pi', 'snapdragon', 'ryzen', 'core', 'ios', 'android', 'macos', 'series',
]);

/** Words that open a name with "of": "Group of Five", "Gang of Four". */
export const GROUP_OF_WORDS = new Set(['group', 'gang']);

// prettier-ignore
/** Words near a hyphenated pair that make it a result: "won 2-0", "a 3-1 defeat". */
export const SPORTS_WORDS = new Set([
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'lost', 'lose', 'loses', 'losing',
  'loss', 'defeat', 'defeated', 'defeats', 'victory', 'victories', 'draw', 'drew', 'tie', 'tied',
  'score', 'scored', 'scoreline', 'trail', 'trailed', 'trailing', 'match', 'game', 'games', 'final',
  'semifinal', 'semi-final', 'goal', 'goals', 'inning', 'innings', 'halftime', 'half-time', 'rout',
  'routed', 'thrashed', 'edged', 'downed', 'vote', 'voted', 'ruling', 'decision', 'verdict',
  'took', 'wickets', 'wicket', 'overs', 'bowling', 'figures', 'record', 'series', 'set', 'sets',
  'votes', 'majority',
]);

export const PHONE_WORDS = new Set([
  'call',
  'phone',
  'telephone',
  'tel',
  'hotline',
  'fax',
  'mobile',
  'dial',
  'helpline',
  'whatsapp',
]);

// prettier-ignore
/** Hyphen prefixes that leave the number a plain number or year: "mid-2015", "pre-1990". */
export const NUMBER_PREFIXES = new Set([
  'mid', 'pre', 'post', 'late', 'early', 'over', 'under', 'top', 'about', 'around', 'some',
  'nearly', 'almost',
]);

/** Words before a number that say it is an age bracket: "(ages 12 to 16)", "aged between 25 and 30". */
export const AGE_WORDS = new Set(['age', 'ages', 'aged']);

// prettier-ignore
/** People before "over 75", "under five": an age bracket ("offered to everyone over 75"). */
export const BRACKETED = new Set([
  'everyone', 'everybody', 'anyone', 'anybody', 'those', 'people', 'children', 'kids', 'adults',
  'men', 'women', 'boys', 'girls', 'patients', 'residents', 'pupils', 'students', 'voters',
  'drivers', 'workers', 'citizens', 'users', 'players', 'babies', 'infants', 'teenagers',
]);

// prettier-ignore
/** The last word of an address after its number: "350 Fifth Avenue", "12 Harbour Road". */
export const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive',
  'dr', 'way', 'place', 'pl', 'square', 'sq', 'terrace', 'crescent', 'close', 'court', 'parade',
  'highway', 'hwy', 'quay', 'wharf', 'row', 'mews', 'gardens', 'grove', 'walk', 'plaza', 'alley',
  'view', 'rise', 'circus', 'esplanade', 'promenade', 'parkway', 'embankment',
]);

// prettier-ignore
/** Securities named by their term: "the 10-year Treasury note", "two-year gilts", "a two-year fixed". */
export const MATURITY_WORDS = new Set([
  'treasury', 'treasuries', 'gilt', 'gilts', 'bond', 'bonds', 'note', 'notes', 'yield', 'yields',
  'bund', 'bunds', 'jgb', 'jgbs', 'bill', 'bills', 'swap', 'swaps', 'fixed', 'breakeven',
  'breakevens', 'tips', 'paper', 'spread',
]);

/** "fivefold", "tenfold": multipliers in one word. */
export const FOLD_WORDS: ReadonlyMap<string, number> = new Map(
  [...ONES, ...TEENS, ...TENS, ['hundred', 100] as const, ['thousand', 1000] as const]
    .filter(([, n]) => n >= 2)
    .map(([w, n]): [string, number] => [`${w}fold`, n]),
);

// prettier-ignore
/** Time words that may stand between a figure and what refers to it: "17pc this year", "7bn letters last year, down from". */
export const TIME_FILLERS = new Set([
  'this', 'last', 'next', 'the', 'a', 'an', 'in', 'on', 'during', 'over', 'for', 'year', 'years',
  'month', 'months', 'week', 'weeks', 'quarter', 'quarters', 'day', 'days', 'half', 'period',
  'season', 'earlier', 'ago', 'so', 'far', 'first', 'second', 'third', 'fourth', 'previous',
  'prior', 'same', 'time', 'its', 'their', 'fiscal', 'financial', 'today', 'yesterday', 'now',
  'alone', 'session', 'trading', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);

// prettier-ignore
/** Words near a decade of numbers that make it a temperature: "temperatures in the high 30s". */
export const TEMPERATURE_WORDS = new Set([
  'temperature', 'temperatures', 'degrees', 'highs', 'lows', 'high', 'low', 'mercury', 'heat',
  'thermometer', 'thermometers', 'forecast', 'warm', 'cold', 'celsius', 'fahrenheit',
]);

type Pattern = readonly [readonly string[], Qualifier];

/**
 * Qualifiers written before the number, longest first so that "no more than"
 * wins over "more than". Punctuation is matched by its text ("approx .").
 */
export const PREFIX_QUALIFIERS: readonly Pattern[] = (
  [
    [['more', 'than'], 'more_than'],
    [['over'], 'more_than'],
    [['above'], 'more_than'],
    [['greater', 'than'], 'more_than'],
    [['higher', 'than'], 'more_than'],
    [['in', 'excess', 'of'], 'more_than'],
    [['upwards', 'of'], 'more_than'],
    [['upward', 'of'], 'more_than'],
    [['exceeding'], 'more_than'],
    [['past'], 'more_than'],
    [['exceeds'], 'more_than'],
    [['exceeded'], 'more_than'],
    [['exceed'], 'more_than'],
    [['topped'], 'more_than'],
    [['tops'], 'more_than'],
    [['surpassed'], 'more_than'],
    [['beyond'], 'more_than'],
    [['north', 'of'], 'more_than'],
    [['at', 'least'], 'at_least'],
    [['no', 'fewer', 'than'], 'at_least'],
    [['no', 'less', 'than'], 'at_least'],
    [['not', 'fewer', 'than'], 'at_least'],
    [['not', 'less', 'than'], 'at_least'],
    [['a', 'minimum', 'of'], 'at_least'],
    [['as', 'few', 'as'], 'at_least'],
    [['as', 'little', 'as'], 'at_least'],
    [['as', 'low', 'as'], 'at_least'],
    [['priced', 'from'], 'at_least'],
    [['prices', 'from'], 'at_least'],
    [['starting', 'from'], 'at_least'],
    [['as', 'many', 'as'], 'at_most'],
    [['as', 'much', 'as'], 'at_most'],
    [['as', 'high', 'as'], 'at_most'],
    [['as', 'long', 'as'], 'at_most'],
    [['as', 'far', 'as'], 'at_most'],
    [['up', 'to'], 'at_most'],
    [['at', 'most'], 'at_most'],
    [['no', 'more', 'than'], 'at_most'],
    [['not', 'more', 'than'], 'at_most'],
    [['a', 'maximum', 'of'], 'at_most'],
    [['less', 'than'], 'less_than'],
    [['fewer', 'than'], 'less_than'],
    [['lower', 'than'], 'less_than'],
    [['under'], 'less_than'],
    [['below'], 'less_than'],
    [['shy', 'of'], 'less_than'],
    [['under', 'the', 'age', 'of'], 'less_than'],
    [['over', 'the', 'age', 'of'], 'more_than'],
    [['around'], 'approx'],
    [['about'], 'approx'],
    [['some'], 'approx'],
    [['nearly'], 'approx'],
    [['near'], 'approx'],
    [['almost'], 'approx'],
    [['roughly'], 'approx'],
    [['approximately'], 'approx'],
    [['approx', '.'], 'approx'],
    [['approx'], 'approx'],
    [['circa'], 'approx'],
    [['an', 'estimated'], 'approx'],
    [['estimated'], 'approx'],
    [['estimated', 'at'], 'approx'],
    [['put', 'at'], 'approx'],
    [['approaching'], 'approx'],
    [['c', '.'], 'approx'],
    [['~'], 'approx'],
    [['close', 'to'], 'approx'],
    [['in', 'the', 'region', 'of'], 'approx'],
    [['on', 'the', 'order', 'of'], 'approx'],
    [['an', 'approximate'], 'approx'],
    [['more', 'or', 'less'], 'approx'],
  ] as Pattern[]
).sort((a, b) => b[0].length - a[0].length);

/** Adverbs that may open a qualifier without changing it: "just over", "well below". */
export const INTENSIFIERS = new Set(['just', 'well', 'slightly', 'far', 'much', 'only']);

/** Suffix qualifiers: "40 or more", "a dozen or so", "65 and over". */
export const SUFFIX_QUALIFIERS: readonly Pattern[] = [
  [['or', 'more'], 'at_least'],
  [['or', 'above'], 'at_least'],
  [['or', 'over'], 'at_least'],
  [['and', 'over'], 'at_least'],
  [['and', 'above'], 'at_least'],
  [['and', 'up'], 'at_least'],
  [['or', 'so'], 'approx'],
  [['or', 'fewer'], 'at_most'],
  [['or', 'less'], 'at_most'],
];

/** Words before ", 45," that do not name a person: "In total, 45, …". */
export const NOT_NAMES = new Set([
  'total',
  'all',
  'overall',
  'however',
  'meanwhile',
  'together',
  'so',
  'far',
]);

/** "to number 3,000": the verb, not "Number 10". */
export const VERB_BEFORE_NUMBER = new Set([
  'to',
  'will',
  'would',
  'could',
  'may',
  'might',
  'now',
  'still',
]);

// prettier-ignore
/** Words that may follow "a third" when it is a share: "cut by a third since 2014". */
export const AFTER_SHARE = new Set([
  'of', 'more', 'less', 'fewer', 'since', 'from', 'in', 'on', 'and', 'or', 'to', 'than', 'last',
  'this', 'over', 'after', 'before', 'compared', 'while', 'as', 'but', 'by', 'at', 'during',
  'between', 'among', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'who', 'that', 'which',
]);
