/**
 * The words and signs that give a figure its unit, each mapped to a code of
 * the schema's unit list (docs/extraction-rules.md, section 5) and to the
 * factor the written value is multiplied by: pence are hundredths of a pound
 * (`212p` is 2.12 gbp), basis points hundredths of a percentage point, `bcm`
 * billions of cubic metres, decades ten years. Unit prefixes are kept as
 * written (`128GB` is 128 gb), as the rules say.
 */
import type { Unit } from '../schema';

export interface UnitForm {
  unit: Unit;
  /** Multiplies the written value: 0.01 for pence and cents, 1e9 for bcm. */
  factor?: number;
  /** A dollar (or cent) with no country: the sentence's dollar if it named one, else usd. */
  dollar?: boolean;
}

function forms(
  unit: Unit,
  words: string,
  extra: Omit<UnitForm, 'unit'> = {},
): [string, UnitForm][] {
  return words.split(' ').map((w) => [w, { unit, ...extra }]);
}

const CENTS = { factor: 0.01 };

// prettier-ignore
/**
 * Unit words after a number, lower case, written apart ("5 kg", "40 miles")
 * or glued to it ("5kg", "100Mbps"). Persons, countries and vehicles are read
 * by their own tables below.
 */
export const UNIT_WORDS: ReadonlyMap<string, UnitForm> = new Map([
  ...forms('percent', 'percent per-cent pct pc'),
  ...forms('percentage_points', 'pp ppt'),
  ...forms('percentage_points', 'bp bps', CENTS),
  ...forms('points', 'points'),
  ...forms('times', 'times'),
  ...forms('barrels_per_day', 'bpd'),
  ...forms('countries', 'countries country nations nation'),
  ...forms('vehicles', 'vehicles vehicle trucks truck lorries lorry cars buses tanks jets aircraft planes helicopters ships boats vessels warships airliners ambulances vans motorcycles'),
  ...forms('usd', 'usd'),
  ...forms('usd', 'dollars dollar', { dollar: true }),
  ...forms('usd', 'cents cent', { dollar: true, factor: 0.01 }),
  ...forms('eur', 'euros euro eur'),
  ...forms('gbp', 'sterling gbp'),
  ...forms('gbp', 'pence', CENTS),
  ...forms('aud', 'aud'), ...forms('nzd', 'nzd'), ...forms('cad', 'cad'), ...forms('hkd', 'hkd'),
  ...forms('sgd', 'sgd'), ...forms('twd', 'twd'), ...forms('myr', 'ringgit myr'),
  ...forms('myr', 'sen', CENTS), ...forms('jpy', 'yen jpy'), ...forms('cny', 'yuan renminbi rmb cny'),
  ...forms('inr', 'rupees rupee inr'), ...forms('inr', 'paise', CENTS), ...forms('pkr', 'pkr'),
  ...forms('lkr', 'lkr'), ...forms('idr', 'rupiah idr'), ...forms('php', 'php'),
  ...forms('thb', 'baht thb'), ...forms('vnd', 'dong vnd'), ...forms('krw', 'won krw'),
  ...forms('chf', 'chf'), ...forms('zar', 'rand zar'), ...forms('ngn', 'naira ngn'),
  ...forms('kes', 'kes'), ...forms('aed', 'dirhams dirham aed'), ...forms('rub', 'roubles rubles rub'),
  ...forms('brl', 'reais brl'),
  ...forms('mm', 'mm millimetres millimeters millimetre millimeter'),
  ...forms('cm', 'cm cms centimetres centimeters centimetre centimeter'),
  ...forms('m', 'metres meters metre meter'),
  ...forms('km', 'km kms kilometres kilometers kilometre kilometer'),
  ...forms('nm', 'nanometres nanometers nanometre nanometer'),
  ...forms('inches', 'inches inch'),
  ...forms('feet', 'feet foot ft'),
  ...forms('yards', 'yards yard yd yds'),
  ...forms('miles', 'miles mile mi mpg'),
  ...forms('sq_m', 'sqm'), ...forms('sq_km', 'sqkm'), ...forms('sq_ft', 'sqft'),
  ...forms('hectares', 'hectares hectare ha'),
  ...forms('acres', 'acres acre'),
  ...forms('cubic_m', 'bcm', { factor: 1e9 }),
  ...forms('cubic_ft', 'tcf', { factor: 1e12 }),
  ...forms('cubic_ft', 'bcf', { factor: 1e9 }),
  ...forms('mg', 'mg milligrams milligram'),
  ...forms('g', 'grams gram'),
  ...forms('kg', 'kg kgs kilograms kilogram kilos kilo'),
  ...forms('tonnes', 'tonnes tonne'),
  ...forms('tons', 'tons ton'),
  ...forms('lb', 'lb lbs'),
  ...forms('oz', 'oz ounces ounce'),
  ...forms('stone', 'stone'),
  ...forms('ml', 'ml millilitres milliliters millilitre milliliter'),
  ...forms('l', 'litres liters litre liter'),
  ...forms('gallons', 'gallons gallon gal'),
  ...forms('kb', 'kb kilobytes kilobyte'),
  ...forms('mb', 'mb megabytes megabyte'),
  ...forms('gb', 'gb gigabytes gigabyte'),
  ...forms('tb', 'tb terabytes terabyte'),
  ...forms('kbps', 'kbps kbit'), ...forms('mbps', 'mbps mbit megabits'),
  ...forms('gbps', 'gbps gbit gigabits'), ...forms('tbps', 'tbps terabits'), ...forms('pbps', 'pbps petabits'),
  ...forms('hz', 'hz hertz'), ...forms('khz', 'khz kilohertz'), ...forms('mhz', 'mhz megahertz'),
  ...forms('ghz', 'ghz gigahertz'),
  ...forms('w', 'watts watt'), ...forms('kw', 'kw kilowatts kilowatt'),
  ...forms('mw', 'mw megawatts megawatt'), ...forms('gw', 'gw gigawatts gigawatt'),
  ...forms('wh', 'wh'), ...forms('kwh', 'kwh'), ...forms('mwh', 'mwh'), ...forms('gwh', 'gwh'),
  ...forms('twh', 'twh'), ...forms('mah', 'mah'),
  ...forms('v', 'volts volt'),
  ...forms('hp', 'hp bhp horsepower'),
  ...forms('kcal', 'kcal kilocalories calories calorie'),
  ...forms('j', 'joules joule'), ...forms('kj', 'kj kilojoules'), ...forms('mj', 'mj megajoules'),
  ...forms('ppm', 'ppm'),
  ...forms('megapixels', 'megapixels megapixel mp'),
  ...forms('nits', 'nits nit'),
  ...forms('fps', 'fps'),
  ...forms('kmh', 'kmh kph'),
  ...forms('mph', 'mph'),
  ...forms('knots', 'knots knot'),
  ...forms('celsius', 'celsius'),
  ...forms('fahrenheit', 'fahrenheit'),
  ...forms('degrees', 'degrees degree'),
  ...forms('seconds', 'seconds second secs sec'),
  ...forms('ms', 'ms milliseconds millisecond'),
  ...forms('minutes', 'minutes minute mins min'),
  ...forms('hours', 'hours hour hrs hr'),
  ...forms('days', 'days day'),
  ...forms('weeks', 'weeks week'),
  ...forms('months', 'months month'),
  ...forms('years', 'years year yrs yr'),
  ...forms('years', 'decades decade', { factor: 10 }),
  ...forms('years', 'centuries century', { factor: 100 }),
]);

// prettier-ignore
/**
 * Units read only when glued to the number, matched case-sensitively: "1.5l",
 * "3-6W", "38C", "212p", "15c", "9in", "15st". Written apart these are
 * letters or words of their own ("5 in", "Plan C").
 */
export const GLUED_ONLY_UNITS: ReadonlyMap<string, UnitForm> = new Map<string, UnitForm>([
  ['l', { unit: 'l' }], ['L', { unit: 'l' }],
  ['g', { unit: 'g' }],
  ['t', { unit: 'tonnes' }],
  ['W', { unit: 'w' }], ['w', { unit: 'w' }],
  ['V', { unit: 'v' }],
  ['C', { unit: 'celsius' }],
  ['F', { unit: 'fahrenheit' }],
  ['p', { unit: 'gbp', factor: 0.01 }],
  ['c', { unit: 'usd', factor: 0.01, dollar: true }],
  ['in', { unit: 'inches' }],
  ['st', { unit: 'stone' }],
  ['x', { unit: 'times' }],
  ['Nm', { unit: 'newton_m' }],
  ['nm', { unit: 'nm' }],
]);

/** A phrase of tokens (lower case) and the unit it names. */
export type UnitPhrase = readonly [readonly string[], UnitForm];

// prettier-ignore
/**
 * Units of several tokens. A hyphen may join any two words of a phrase
 * ("kilowatt-hours", "800-square-metre"); punctuation in a phrase must be
 * glued to its neighbours ("km/h", "m²").
 */
export const UNIT_PHRASES: readonly UnitPhrase[] = [
  [['per', 'cent'], { unit: 'percent' }],
  [['percentage', 'points'], { unit: 'percentage_points' }],
  [['percentage', 'point'], { unit: 'percentage_points' }],
  
  [['basis', 'points'], { unit: 'percentage_points', factor: 0.01 }],
  
  [['basis', 'point'], { unit: 'percentage_points', factor: 0.01 }],
  [['square', 'metres'], { unit: 'sq_m' }], [['square', 'meters'], { unit: 'sq_m' }],
  [['square', 'metre'], { unit: 'sq_m' }], [['square', 'meter'], { unit: 'sq_m' }],
  [['sq', 'm'], { unit: 'sq_m' }], [['sq', '.', 'm'], { unit: 'sq_m' }],
  [['square', 'kilometres'], { unit: 'sq_km' }], [['square', 'kilometers'], { unit: 'sq_km' }],
  [['square', 'kilometre'], { unit: 'sq_km' }], [['square', 'km'], { unit: 'sq_km' }],
  [['sq', 'km'], { unit: 'sq_km' }], [['sq', '.', 'km'], { unit: 'sq_km' }],
  [['square', 'feet'], { unit: 'sq_ft' }], [['square', 'foot'], { unit: 'sq_ft' }],
  [['sq', 'ft'], { unit: 'sq_ft' }], [['sq', '.', 'ft'], { unit: 'sq_ft' }],
  [['square', 'miles'], { unit: 'sq_miles' }], [['square', 'mile'], { unit: 'sq_miles' }],
  [['sq', 'miles'], { unit: 'sq_miles' }],
  [['cubic', 'metres'], { unit: 'cubic_m' }], [['cubic', 'meters'], { unit: 'cubic_m' }],
  [['cubic', 'feet'], { unit: 'cubic_ft' }],
  [['m', '²'], { unit: 'sq_m' }], [['km', '²'], { unit: 'sq_km' }], [['m', '³'], { unit: 'cubic_m' }],
  [['nautical', 'miles'], { unit: 'nautical_miles' }], [['nautical', 'mile'], { unit: 'nautical_miles' }],
  [['metric', 'tons'], { unit: 'tonnes' }], [['metric', 'tonnes'], { unit: 'tonnes' }],
  [['metric', 'ton'], { unit: 'tonnes' }], [['short', 'tons'], { unit: 'tons' }],
  [['degrees', 'celsius'], { unit: 'celsius' }], [['degrees', 'centigrade'], { unit: 'celsius' }],
  [['degree', 'celsius'], { unit: 'celsius' }], [['deg', 'celsius'], { unit: 'celsius' }],
  [['degrees', 'c'], { unit: 'celsius' }], [['deg', 'c'], { unit: 'celsius' }],
  [['degrees', 'fahrenheit'], { unit: 'fahrenheit' }], [['deg', 'fahrenheit'], { unit: 'fahrenheit' }],
  [['degrees', 'f'], { unit: 'fahrenheit' }], [['deg', 'f'], { unit: 'fahrenheit' }],
  [['°', 'c'], { unit: 'celsius' }], [['°', 'f'], { unit: 'fahrenheit' }], [['°'], { unit: 'degrees' }],
  [['℃'], { unit: 'celsius' }], [['℉'], { unit: 'fahrenheit' }],
  [['km', '/', 'h'], { unit: 'kmh' }], [['km', '/', 'hr'], { unit: 'kmh' }],
  [['m', '/', 's'], { unit: 'm_per_s' }],
  [['kb', '/', 's'], { unit: 'kbps' }], [['mb', '/', 's'], { unit: 'mbps' }],
  [['gb', '/', 's'], { unit: 'gbps' }], [['tb', '/', 's'], { unit: 'tbps' }],
  [['kilometres', 'per', 'hour'], { unit: 'kmh' }], [['kilometers', 'per', 'hour'], { unit: 'kmh' }],
  [['kilometres', 'an', 'hour'], { unit: 'kmh' }], [['kilometers', 'an', 'hour'], { unit: 'kmh' }],
  [['km', 'per', 'hour'], { unit: 'kmh' }], [['km', 'an', 'hour'], { unit: 'kmh' }],
  [['miles', 'per', 'hour'], { unit: 'mph' }], [['miles', 'an', 'hour'], { unit: 'mph' }],
  [['metres', 'per', 'second'], { unit: 'm_per_s' }], [['meters', 'per', 'second'], { unit: 'm_per_s' }],
  [['frames', 'per', 'second'], { unit: 'fps' }],
  [['parts', 'per', 'million'], { unit: 'ppm' }],
  [['megabits', 'per', 'second'], { unit: 'mbps' }], [['gigabits', 'per', 'second'], { unit: 'gbps' }],
  [['kilobits', 'per', 'second'], { unit: 'kbps' }], [['terabits', 'per', 'second'], { unit: 'tbps' }],
  [['petabits', 'per', 'second'], { unit: 'pbps' }],
  [['watt', 'hours'], { unit: 'wh' }],
  [['kilowatt', 'hours'], { unit: 'kwh' }],
  [['kilowatt', 'hour'], { unit: 'kwh' }],
  [['megawatt', 'hours'], { unit: 'mwh' }],
  [['gigawatt', 'hours'], { unit: 'gwh' }],
  [['terawatt', 'hours'], { unit: 'twh' }],
  [['newton', 'metres'], { unit: 'newton_m' }], 
  [['us', 'dollars'], { unit: 'usd' }], [['u.s.', 'dollars'], { unit: 'usd' }],
  [['us', 'cents'], { unit: 'usd', factor: 0.01 }], [['u.s.', 'cents'], { unit: 'usd', factor: 0.01 }],
  [['euro', 'cents'], { unit: 'eur', factor: 0.01 }],
  [['australian', 'dollars'], { unit: 'aud' }], [['australian', 'cents'], { unit: 'aud', factor: 0.01 }],
  [['new', 'zealand', 'dollars'], { unit: 'nzd' }], [['canadian', 'dollars'], { unit: 'cad' }],
  [['hong', 'kong', 'dollars'], { unit: 'hkd' }], [['singapore', 'dollars'], { unit: 'sgd' }],
  [['singaporean', 'dollars'], { unit: 'sgd' }], [['new', 'taiwan', 'dollars'], { unit: 'twd' }],
  [['taiwan', 'dollars'], { unit: 'twd' }], [['taiwanese', 'dollars'], { unit: 'twd' }],
  [['pounds', 'sterling'], { unit: 'gbp' }],
  [['indian', 'rupees'], { unit: 'inr' }], [['pakistani', 'rupees'], { unit: 'pkr' }],
  [['sri', 'lankan', 'rupees'], { unit: 'lkr' }], [['indonesian', 'rupiah'], { unit: 'idr' }],
  [['philippine', 'pesos'], { unit: 'php' }], [['swiss', 'francs'], { unit: 'chf' }],
  [['kenyan', 'shillings'], { unit: 'kes' }], [['south', 'african', 'rand'], { unit: 'zar' }],
  [['brazilian', 'reais'], { unit: 'brl' }], [['russian', 'roubles'], { unit: 'rub' }],
  [['korean', 'won'], { unit: 'krw' }], [['south', 'korean', 'won'], { unit: 'krw' }],
  [['japanese', 'yen'], { unit: 'jpy' }], [['chinese', 'yuan'], { unit: 'cny' }],
  [['malaysian', 'ringgit'], { unit: 'myr' }], [['thai', 'baht'], { unit: 'thb' }],
  [['vietnamese', 'dong'], { unit: 'vnd' }], [['nigerian', 'naira'], { unit: 'ngn' }],
  [['uae', 'dirhams'], { unit: 'aed' }],
];

// prettier-ignore
/** Currency signs before a number ("$5", "£6.3bn", "₹500"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, UnitForm> = new Map<string, UnitForm>([
  ['$', { unit: 'usd', dollar: true }], ['£', { unit: 'gbp' }], ['€', { unit: 'eur' }],
  ['¥', { unit: 'jpy' }], ['₹', { unit: 'inr' }], ['₩', { unit: 'krw' }], ['₦', { unit: 'ngn' }],
  ['₱', { unit: 'php' }], ['₽', { unit: 'rub' }], ['₫', { unit: 'vnd' }], ['฿', { unit: 'thb' }],
]);

// prettier-ignore
/**
 * Letters glued to a dollar sign that say whose dollar it is, before it
 * ("US$5", "A$4.2m", "HK$3bn") or after it ("$US87", "$A5,300"). Lower case.
 * A foreign dollar the list has no code for gives no unit rather than usd.
 */
export const DOLLAR_COUNTRIES: ReadonlyMap<string, Unit | null> = new Map<string, Unit | null>([
  ['us', 'usd'], ['u.s.', 'usd'], ['a', 'aud'], ['au', 'aud'], ['aus', 'aud'], ['nz', 'nzd'],
  ['c', 'cad'], ['ca', 'cad'], ['can', 'cad'], ['hk', 'hkd'], ['s', 'sgd'], ['sg', 'sgd'],
  ['nt', 'twd'], ['r', 'brl'], ['z', null], ['j', null], ['ec', null], ['bds', null], ['tt', null],
]);

// prettier-ignore
/** Currency abbreviations before a number, case as written: "RM150", "Rs 5 crore", "USD 40m". */
export const CURRENCY_PREFIXES: ReadonlyMap<string, UnitForm> = new Map<string, UnitForm>([
  ['RM', { unit: 'myr' }], ['Rs', { unit: 'inr' }], ['Rp', { unit: 'idr' }], ['KSh', { unit: 'kes' }],
  ['Sfr', { unit: 'chf' }], ['SFr', { unit: 'chf' }], ['Dh', { unit: 'aed' }], ['Dhs', { unit: 'aed' }],
  ...['USD', 'EUR', 'GBP', 'AUD', 'NZD', 'CAD', 'HKD', 'SGD', 'TWD', 'MYR', 'JPY', 'CNY', 'INR',
    'PKR', 'LKR', 'IDR', 'PHP', 'THB', 'VND', 'KRW', 'CHF', 'ZAR', 'NGN', 'KES', 'AED', 'RUB', 'BRL',
  ].map((code): [string, UnitForm] => [code, { unit: code.toLowerCase() as Unit }]),
  ['RMB', { unit: 'cny' }],
]);

// prettier-ignore
/**
 * Nouns in hyphenated modifiers: "66-nation", "three-hour", "a 15-member
 * council", "a 4,000-strong force", "a 6.2-inch display".
 */
export const MODIFIER_UNITS: ReadonlyMap<string, UnitForm> = new Map<string, UnitForm>([
  ...forms('countries', 'nation country'),
  ...forms('people', 'member man person strong'),
  ...forms('vehicles', 'truck vehicle'),
  ...forms('usd', 'dollar', { dollar: true }),
  ...forms('barrels', 'barrel'),
  ...forms('percent', 'percent'),
  ...forms('times', 'fold'),
  ...forms('magnitude', 'magnitude'),
  ...forms('points', 'point'),
]);

// prettier-ignore
/**
 * Units that differ only by a metric prefix, with their size in the first of
 * their group: a range whose ends carry different prefixes ("between 60cm and
 * 1.1m", "20Hz to 20kHz") is labelled in the unit of its low end (rules,
 * section 5 "Scaling"), its high end converted.
 */
export const PREFIXED_UNITS: ReadonlyMap<Unit, readonly [group: string, size: number]> = new Map<
  Unit,
  readonly [string, number]
>([
  ['mm', ['m', 1e-3]], ['cm', ['m', 1e-2]], ['m', ['m', 1]], ['km', ['m', 1e3]],
  ['mg', ['g', 1e-3]], ['g', ['g', 1]], ['kg', ['g', 1e3]],
  ['ml', ['l', 1e-3]], ['l', ['l', 1]],
  ['hz', ['hz', 1]], ['khz', ['hz', 1e3]], ['mhz', ['hz', 1e6]], ['ghz', ['hz', 1e9]],
  ['w', ['w', 1]], ['kw', ['w', 1e3]], ['mw', ['w', 1e6]], ['gw', ['w', 1e9]],
  ['wh', ['wh', 1]], ['kwh', ['wh', 1e3]], ['mwh', ['wh', 1e6]], ['gwh', ['wh', 1e9]], ['twh', ['wh', 1e12]],
  ['kb', ['b', 1e3]], ['mb', ['b', 1e6]], ['gb', ['b', 1e9]], ['tb', ['b', 1e12]],
]);

// prettier-ignore
/** Verbs and nouns of weight: "pounds" after them is lb, not gbp. */
export const WEIGHT_WORDS = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavy', 'heavier', 'lighter',
  'lost', 'gained', 'shed', 'obese', 'overweight', 'scales', 'tipped',
]);
