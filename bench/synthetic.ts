/**
 * A deterministic synthetic claims folder for benchmarks: a seeded generator
 * writes news-like sources of about 4 KB each and claims whose quotes and
 * mentions are real sentences of those sources, covering every qualifier and
 * category.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../src/model/csv/write';
import { CATEGORIES, CLAIM_COLUMNS, MEASURE_COLUMNS, SOURCE_COLUMNS } from '../src/model/schema';
import type { Category, Qualifier, Unit } from '../src/model/schema';

/** mulberry32: small, fast and good enough to make the same corpus every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Sirte',
  'Aleppo',
  'Mosul',
  'Raqqa',
  'Benghazi',
  'Homs',
  'Kidal',
  'Basra',
  'Derna',
  'Tunis',
];
const FILLER = [
  'Officials said the situation remained tense after talks in the capital stalled again.',
  'Diplomats say the coalition is divided over how far to go and who should lead.',
  'The ministry declined to comment on the report when asked by reporters.',
  'Residents described long queues for bread and fuel in the old city.',
  'Analysts said the outcome would depend on support from regional powers.',
  'Aid agencies warned that conditions were deteriorating sharply in the area.',
];

interface Figure {
  qualifier: Qualifier;
  unit: Unit;
  phrase: (
    n: number,
    rand: () => number,
  ) => { mention: string; value?: number; low?: number; high?: number };
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** 0 → a, 25 → z, 26 → ba: a unique word for each number. */
function letters(n: number): string {
  let word = '';
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return word;
}

const FIGURES: Figure[] = [
  {
    qualifier: 'exact',
    unit: 'people',
    phrase: (n) => ({ mention: `${grouped(n)} people`, value: n }),
  },
  {
    qualifier: 'approx',
    unit: 'barrels_per_day',
    phrase: (n) => ({ mention: `about ${grouped(n * 1000)} bpd`, value: n * 1000 }),
  },
  {
    qualifier: 'at_least',
    unit: 'people',
    phrase: (n) => ({ mention: `at least ${grouped(n)}`, low: n }),
  },
  {
    qualifier: 'more_than',
    unit: 'people',
    phrase: (n) => ({ mention: `more than ${grouped(n)}`, low: n }),
  },
  {
    qualifier: 'at_most',
    unit: 'people',
    phrase: (n) => ({ mention: `as many as ${grouped(n)}`, high: n }),
  },
  {
    qualifier: 'less_than',
    unit: 'usd',
    phrase: (n) => ({ mention: `less than $${n} million`, high: n * 1e6 }),
  },
  {
    qualifier: 'range',
    unit: 'barrels_per_day',
    phrase: (n) => ({
      mention: `${grouped(n * 1000)}-${grouped((n + 10) * 1000)} barrels per day`,
      low: n * 1000,
      high: (n + 10) * 1000,
    }),
  },
  {
    qualifier: 'vague',
    unit: 'people',
    phrase: () => ({ mention: 'hundreds', low: 200, high: 1000 }),
  },
];

export interface SyntheticOptions {
  sources: number;
  claimsPerSource: number;
  seed?: number;
  /** Give every claim a curator's note of about 230 characters, as a newsroom's data has. */
  notes?: boolean;
}

/** Writes the folder and returns its size in bytes of source text. */
export function writeSyntheticCorpus(
  dir: string,
  options: SyntheticOptions,
): { textBytes: number; claims: number } {
  const rand = random(options.seed ?? 20160219);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  mkdirSync(join(dir, 'sources'), { recursive: true });
  const sources: Record<string, string>[] = [];
  const claims: Record<string, string | number | undefined>[] = [];
  const measures = new Map<string, { category: Category; unit: Unit; place: string }>();
  let textBytes = 0;

  for (let s = 0; s < options.sources; s++) {
    const id = `source-${s}`;
    // Letters, not digits, make titles unique: a number in a headline would be a candidate.
    const title = `Fighting flares near ${pick(PLACES)} as talks stall, report ${letters(s)}`;
    const paragraphs = [title, `${pick(PLACES).toUpperCase()} (Reuters) – ${pick(FILLER)}`];
    for (let c = 0; c < options.claimsPerSource; c++) {
      const figure = FIGURES[(s * options.claimsPerSource + c) % FIGURES.length]!;
      const n = 10 + Math.floor(rand() * 990);
      const stated = figure.phrase(n, rand);
      const place = pick(PLACES);
      // A measure's reports share its category and unit (claims check holds them to it).
      const measure = `measure-${s % 500}-${c}`;
      const category = CATEGORIES[((s % 500) + c) % CATEGORIES.length]!;
      if (!measures.has(measure)) measures.set(measure, { category, unit: figure.unit, place });
      // The district number makes every quote unique within its source.
      const quote = `In district ${c + 1} of ${place}, ${stated.mention} were reported by local officials on the day.`;
      paragraphs.push(`${quote} ${pick(FILLER)} ${pick(FILLER)}`, pick(FILLER));
      claims.push({
        id: `claim-${s}-${c}`,
        category: measures.get(measure)!.category,
        subject: `Figure ${c + 1} reported in ${place}`,
        measure,
        value: stated.value,
        low: stated.low,
        high: stated.high,
        qualifier: figure.qualifier,
        unit: measures.get(measure)!.unit,
        place,
        as_of: '2016-02',
        source_id: id,
        quote,
        mention: stated.mention,
        attributed_to: '',
        note: options.notes
          ? `Checked against the wire copy. ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`
          : '',
      });
    }
    while (paragraphs.join('\n\n').length < 4000)
      paragraphs.push(`${pick(FILLER)} ${pick(FILLER)}`);
    paragraphs.push('(Writing by A. Reporter; Editing by An Editor)');
    const text = paragraphs.join('\n\n');
    textBytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'sources', `${id}.txt`), text);
    sources.push({
      id,
      title,
      publisher: 'Reuters',
      dateline: '',
      published: '',
      url: '',
      credits: '',
    });
  }
  copyFileSync('claims/datapackage.json', join(dir, 'datapackage.json'));
  writeFileSync(join(dir, 'sources.csv'), writeCsv(SOURCE_COLUMNS, sources));
  writeFileSync(join(dir, 'claims.csv'), writeCsv(CLAIM_COLUMNS, claims));
  writeFileSync(
    join(dir, 'measures.csv'),
    writeCsv(
      MEASURE_COLUMNS,
      [...measures].map(([id, { category, unit, place }], i) => ({
        id,
        title: `Measure ${i + 1}, in ${place}`,
        category,
        unit,
        place,
        period: '2016-02',
        definition: `What the reports of measure ${i + 1} count.`,
        featured: i < 5 ? i + 1 : undefined,
        // A few kinds, so the fact sheet's overview charts are built and filled.
        kind: `kind-${i % 3}`,
      })),
    ),
  );
  return { textBytes, claims: claims.length };
}
