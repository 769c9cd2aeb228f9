/**
 * The claim model's vocabulary, read from claims/datapackage.json so that the
 * Table Schema there stays the one source of truth for the checker, the CLI
 * and the dashboard.
 */
import datapackage from '../../claims/datapackage.json';

export const CATEGORIES = [
  'oil_output',
  'casualties',
  'besieged_population',
  'troops',
  'aid',
  'money',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = [
  'exact',
  'approx',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = [
  'people',
  'countries',
  'vehicles',
  'items',
  'barrels_per_day',
  'barrels',
  'usd',
  'gbp',
  'eur',
  'percent',
  'km',
  'miles',
  'tonnes',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'points',
  'percentage_points',
  'times',
  'aud',
  'nzd',
  'cad',
  'hkd',
  'sgd',
  'twd',
  'myr',
  'jpy',
  'cny',
  'inr',
  'pkr',
  'lkr',
  'idr',
  'php',
  'thb',
  'vnd',
  'krw',
  'chf',
  'zar',
  'ngn',
  'kes',
  'aed',
  'rub',
  'brl',
  'mm',
  'cm',
  'm',
  'nm',
  'inches',
  'feet',
  'yards',
  'nautical_miles',
  'sq_m',
  'sq_km',
  'sq_ft',
  'sq_miles',
  'hectares',
  'acres',
  'cubic_m',
  'cubic_ft',
  'mg',
  'g',
  'kg',
  'tons',
  'lb',
  'oz',
  'stone',
  'ml',
  'l',
  'gallons',
  'kb',
  'mb',
  'gb',
  'tb',
  'kbps',
  'mbps',
  'gbps',
  'tbps',
  'pbps',
  'hz',
  'khz',
  'mhz',
  'ghz',
  'w',
  'kw',
  'mw',
  'gw',
  'wh',
  'kwh',
  'mwh',
  'gwh',
  'twh',
  'mah',
  'v',
  'hp',
  'newton_m',
  'kcal',
  'j',
  'kj',
  'mj',
  'ppm',
  'megapixels',
  'nits',
  'fps',
  'kmh',
  'mph',
  'knots',
  'm_per_s',
  'celsius',
  'fahrenheit',
  'degrees',
  'magnitude',
  'seconds',
  'ms',
] as const;
export type Unit = (typeof UNITS)[number];

export type NumberField = 'value' | 'low' | 'high';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  /** Longest value, in characters (UTF-16 code units). */
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  /** The smallest value a number or integer may take. */
  minimum?: number;
}

export interface FieldSchema {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  format?: string;
  description?: string;
  constraints?: FieldConstraints;
  /** On the qualifier field: which numbers each qualifier requires. */
  numbers?: Record<string, NumberField[]>;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: FieldSchema[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

export interface ResourceSchema {
  name: 'claims' | 'sources' | 'measures' | 'skipped';
  path: string;
  schema: TableSchema;
  /** On sources: the article texts, sources/<id>.txt, and the most bytes one may have. */
  texts?: { path: string; maxBytes: number };
}

export const RESOURCES = datapackage.resources as ResourceSchema[];

export function resource(name: ResourceSchema['name']): ResourceSchema {
  const found = RESOURCES.find((r) => r.name === name);
  if (!found) throw new Error(`datapackage.json has no resource named ${name}`);
  return found;
}

/**
 * The most bytes a source text (sources/<id>.txt) may have: the sources
 * resource's `texts.maxBytes`. A claim page shows its article whole; past
 * this, a browser takes seconds to open it, or gives up.
 */
export const SOURCE_TEXT_MAX_BYTES = resource('sources').texts!.maxBytes;

/** The longest URL a source may give: the url field's maxLength. */
export const URL_MAX_LENGTH = resource('sources').schema.fields.find((f) => f.name === 'url')!
  .constraints!.maxLength!;

/** A Table Schema pattern as a RegExp: the pattern matches the whole value. */
export function wholePattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/**
 * An id of a source, a claim or a measure as the schema allows it: lowercase
 * letters and digits in words joined by hyphens ("us-strikes-libya"). The
 * dashboard takes no other id into a URL or a path.
 */
export const ID_PATTERN = wholePattern(
  resource('sources').schema.fields.find((f) => f.name === 'id')!.constraints!.pattern!,
);

export const CLAIM_COLUMNS = resource('claims').schema.fields.map((f) => f.name);
export const SOURCE_COLUMNS = resource('sources').schema.fields.map((f) => f.name);
export const MEASURE_COLUMNS = resource('measures').schema.fields.map((f) => f.name);

/** Which of value/low/high each qualifier requires; the rest must be empty. */
export const NUMBERS_BY_QUALIFIER = resource('claims').schema.fields.find(
  (f) => f.name === 'qualifier',
)!.numbers as Record<Qualifier, NumberField[]>;

function enumOf(resourceName: ResourceSchema['name'], field: string): string[] {
  const f = resource(resourceName).schema.fields.find((x) => x.name === field);
  return f?.constraints?.enum ?? [];
}

// The literal unions above give TypeScript its types; these checks keep them in
// step with datapackage.json, which wins. They run once, at import.
for (const [table, name, list] of [
  ['claims', 'category', CATEGORIES],
  ['claims', 'qualifier', QUALIFIERS],
  ['claims', 'unit', UNITS],
  ['measures', 'category', CATEGORIES],
  ['measures', 'unit', UNITS],
] as const) {
  const fromSchema = enumOf(table, name);
  if (fromSchema.join() !== list.join()) {
    throw new Error(
      `src/model/schema.ts: the ${name} list differs from ${table} in claims/datapackage.json`,
    );
  }
}
