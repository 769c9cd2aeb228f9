/**
 * How each unit of the schema reads: its name on a chart axis ("US dollars",
 * "gigabytes") and how a figure carries it ("$", "A$", "128 GB", "38°C").
 * One table, so the fact sheet, the charts and the CLI write a unit the same way.
 */
import type { Unit } from './schema';

export interface UnitLabel {
  /** Plural name for axes and chart titles: "US dollars", "square feet". */
  name: string;
  /** Written before the number: "$", "A$", "CHF ". */
  prefix?: string;
  /** Written after the number: " GB", "%", "°C". */
  suffix?: string;
  /** Written after the number 1 when it differs from `suffix`: " month", " country". */
  singular?: string;
  /** A currency (an ISO 4217 code). */
  currency?: boolean;
}

const money = (prefix: string, name: string): UnitLabel => ({ name, prefix, currency: true });
const after = (suffix: string, name: string): UnitLabel => ({ name, suffix });
/** A unit written as a word after the number, with its singular: "1 month", "2 months". */
const word = (suffix: string, name: string, singular: string): UnitLabel => ({
  name,
  suffix,
  singular,
});

export const UNIT_LABELS: Record<Unit, UnitLabel> = {
  people: { name: 'people' },
  countries: word(' countries', 'countries', ' country'),
  vehicles: word(' vehicles', 'vehicles', ' vehicle'),
  items: { name: 'items' },
  barrels_per_day: after(' bpd', 'barrels per day'),
  barrels: word(' barrels', 'barrels', ' barrel'),
  usd: money('$', 'US dollars'),
  gbp: money('£', 'pounds sterling'),
  eur: money('€', 'euros'),
  percent: after('%', 'percent'),
  km: after(' km', 'kilometres'),
  miles: word(' miles', 'miles', ' mile'),
  tonnes: word(' tonnes', 'tonnes', ' tonne'),
  minutes: word(' minutes', 'minutes', ' minute'),
  hours: word(' hours', 'hours', ' hour'),
  days: word(' days', 'days', ' day'),
  weeks: word(' weeks', 'weeks', ' week'),
  months: word(' months', 'months', ' month'),
  years: word(' years', 'years', ' year'),
  points: word(' points', 'points', ' point'),
  percentage_points: word(' percentage points', 'percentage points', ' percentage point'),
  times: after('×', 'times'),
  aud: money('A$', 'Australian dollars'),
  nzd: money('NZ$', 'New Zealand dollars'),
  cad: money('C$', 'Canadian dollars'),
  hkd: money('HK$', 'Hong Kong dollars'),
  sgd: money('S$', 'Singapore dollars'),
  twd: money('NT$', 'New Taiwan dollars'),
  myr: money('RM', 'Malaysian ringgit'),
  jpy: money('¥', 'Japanese yen'),
  cny: money('CN¥', 'Chinese yuan'),
  inr: money('₹', 'Indian rupees'),
  pkr: money('PKR ', 'Pakistani rupees'),
  lkr: money('LKR ', 'Sri Lankan rupees'),
  idr: money('Rp ', 'Indonesian rupiah'),
  php: money('₱', 'Philippine pesos'),
  thb: money('THB ', 'Thai baht'),
  vnd: money('VND ', 'Vietnamese dong'),
  krw: money('₩', 'South Korean won'),
  chf: money('CHF ', 'Swiss francs'),
  zar: money('ZAR ', 'South African rand'),
  ngn: money('₦', 'Nigerian naira'),
  kes: money('KSh ', 'Kenyan shillings'),
  aed: money('AED ', 'UAE dirhams'),
  rub: money('RUB ', 'Russian roubles'),
  brl: money('R$', 'Brazilian reais'),
  mm: after(' mm', 'millimetres'),
  cm: after(' cm', 'centimetres'),
  m: after(' m', 'metres'),
  nm: after(' nm', 'nanometres'),
  inches: after(' in', 'inches'),
  feet: after(' ft', 'feet'),
  yards: after(' yd', 'yards'),
  nautical_miles: word(' nautical miles', 'nautical miles', ' nautical mile'),
  sq_m: after(' m²', 'square metres'),
  sq_km: after(' km²', 'square kilometres'),
  sq_ft: after(' sq ft', 'square feet'),
  sq_miles: after(' sq miles', 'square miles'),
  hectares: after(' ha', 'hectares'),
  acres: word(' acres', 'acres', ' acre'),
  cubic_m: after(' m³', 'cubic metres'),
  cubic_ft: after(' cu ft', 'cubic feet'),
  mg: after(' mg', 'milligrams'),
  g: after(' g', 'grams'),
  kg: after(' kg', 'kilograms'),
  tons: word(' tons', 'tons', ' ton'),
  lb: after(' lb', 'pounds (weight)'),
  oz: after(' oz', 'ounces'),
  stone: after(' st', 'stone'),
  ml: after(' ml', 'millilitres'),
  l: after(' l', 'litres'),
  gallons: word(' gallons', 'gallons', ' gallon'),
  kb: after(' KB', 'kilobytes'),
  mb: after(' MB', 'megabytes'),
  gb: after(' GB', 'gigabytes'),
  tb: after(' TB', 'terabytes'),
  kbps: after(' kbps', 'kilobits per second'),
  mbps: after(' Mbps', 'megabits per second'),
  gbps: after(' Gbps', 'gigabits per second'),
  tbps: after(' Tbps', 'terabits per second'),
  pbps: after(' Pbps', 'petabits per second'),
  hz: after(' Hz', 'hertz'),
  khz: after(' kHz', 'kilohertz'),
  mhz: after(' MHz', 'megahertz'),
  ghz: after(' GHz', 'gigahertz'),
  w: after(' W', 'watts'),
  kw: after(' kW', 'kilowatts'),
  mw: after(' MW', 'megawatts'),
  gw: after(' GW', 'gigawatts'),
  wh: after(' Wh', 'watt-hours'),
  kwh: after(' kWh', 'kilowatt-hours'),
  mwh: after(' MWh', 'megawatt-hours'),
  gwh: after(' GWh', 'gigawatt-hours'),
  twh: after(' TWh', 'terawatt-hours'),
  mah: after(' mAh', 'milliamp-hours'),
  v: after(' V', 'volts'),
  hp: after(' hp', 'horsepower'),
  newton_m: after(' Nm', 'newton metres'),
  kcal: after(' kcal', 'kilocalories'),
  j: after(' J', 'joules'),
  kj: after(' kJ', 'kilojoules'),
  mj: after(' MJ', 'megajoules'),
  ppm: after(' ppm', 'parts per million'),
  megapixels: after(' MP', 'megapixels'),
  nits: word(' nits', 'nits', ' nit'),
  fps: after(' fps', 'frames per second'),
  kmh: after(' km/h', 'kilometres per hour'),
  mph: after(' mph', 'miles per hour'),
  knots: word(' knots', 'knots', ' knot'),
  m_per_s: after(' m/s', 'metres per second'),
  celsius: after('°C', 'degrees Celsius'),
  fahrenheit: after('°F', 'degrees Fahrenheit'),
  degrees: after('°', 'degrees'),
  magnitude: { name: 'magnitude', prefix: 'magnitude ' },
  seconds: word(' seconds', 'seconds', ' second'),
  ms: after(' ms', 'milliseconds'),
};

export const isCurrency = (unit: Unit | undefined): boolean =>
  unit !== undefined && UNIT_LABELS[unit].currency === true;
