import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../src/model/claim';
import { SORT_KEYS, sortClaims } from '../../src/model/sort';
import type { SortDir, SortKey } from '../../src/model/sort';

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    category: 'casualties',
    subject: `subject of ${id}`,
    measure: 'm',
    value: 1,
    qualifier: 'exact',
    unit: 'people',
    place: 'Libya',
    as_of: '',
    source_id: 'src',
    quote: 'q',
    mention: '1',
    attributed_to: '',
    note: '',
    ...fields,
  };
}

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);
const NO_TITLES: ReadonlyMap<string, string> = new Map();

// Ranges sort by their midpoint, open bounds by the bound they have.
const FIGURES: Claim[] = [
  claim('exact-40', { value: 40 }),
  claim('range-10-30', { value: undefined, low: 10, high: 30, qualifier: 'range' }),
  claim('at-least-25', { value: undefined, low: 25, qualifier: 'at_least' }),
  claim('up-to-5', { value: undefined, high: 5, qualifier: 'at_most' }),
  claim('vague-100-300', { value: undefined, low: 100, high: 300, qualifier: 'vague' }),
  claim('b-exact-20', { value: 20 }),
  claim('a-about-20', { value: 20, qualifier: 'approx' }),
  claim('negative', { value: -3.5 }),
  claim('no-number', { value: undefined }),
];

const SUBJECTS: Claim[] = [
  claim('s1', { subject: 'district 10' }),
  claim('s2', { subject: 'District 2' }),
  claim('s3', { subject: 'Élan' }),
  claim('s4', { subject: '' }),
  claim('s5', { subject: 'apple' }),
  claim('s6', { subject: 'elan' }),
  claim('s7', { subject: 'district 02' }),
];

const TITLES = new Map([
  ['a-src', 'Zebra crossing closed'],
  ['m-src', 'Middle of the road'],
  ['z-src', 'Alpha team arrives'],
]);
const SOURCED: Claim[] = [
  claim('c1', { source_id: 'a-src' }),
  claim('c2', { source_id: 'z-src' }),
  claim('c3', { source_id: 'm-src' }),
  claim('c4', { source_id: 'unknown-src' }),
  claim('c5', { source_id: 'z-src' }),
];

describe('sortClaims', () => {
  test.each<[string, readonly Claim[], SortKey, SortDir, ReadonlyMap<string, string>, string[]]>([
    [
      "sortClaims(figures, 'figure', 'asc') orders values, range midpoints and bounds, ties by id",
      FIGURES,
      'figure',
      'asc',
      NO_TITLES,
      [
        'negative',
        'up-to-5',
        'a-about-20',
        'b-exact-20',
        'range-10-30',
        'at-least-25',
        'exact-40',
        'vague-100-300',
        'no-number',
      ],
    ],
    [
      "sortClaims(figures, 'figure', 'desc') reverses the figures, ties still by id, no number last",
      FIGURES,
      'figure',
      'desc',
      NO_TITLES,
      [
        'vague-100-300',
        'exact-40',
        'at-least-25',
        'a-about-20',
        'b-exact-20',
        'range-10-30',
        'up-to-5',
        'negative',
        'no-number',
      ],
    ],
    [
      "sortClaims(subjects, 'subject', 'asc') collates numbers, case and accents, empty last",
      SUBJECTS,
      'subject',
      'asc',
      NO_TITLES,
      // "district 02" equals "District 2" (leading zeros and case ignored): input order.
      ['s5', 's2', 's7', 's1', 's3', 's6', 's4'],
    ],
    [
      "sortClaims(subjects, 'subject', 'desc') reverses, equal subjects in input order, empty last",
      SUBJECTS,
      'subject',
      'desc',
      NO_TITLES,
      ['s3', 's6', 's1', 's2', 's7', 's5', 's4'],
    ],
    [
      "sortClaims(claims, 'source', 'asc', titles) sorts by title, an unknown source by its id",
      SOURCED,
      'source',
      'asc',
      TITLES,
      ['c2', 'c5', 'c3', 'c4', 'c1'],
    ],
    [
      "sortClaims(claims, 'source', 'desc', titles) reverses by title, same title in input order",
      SOURCED,
      'source',
      'desc',
      TITLES,
      ['c1', 'c4', 'c3', 'c2', 'c5'],
    ],
    [
      "sortClaims(claims, 'category', 'asc') keeps input order within a category",
      [
        claim('x', { category: 'troops' }),
        claim('y', { category: 'aid' }),
        claim('z', { category: 'troops' }),
        claim('w', { category: 'aid' }),
      ],
      'category',
      'asc',
      NO_TITLES,
      ['y', 'w', 'x', 'z'],
    ],
    [
      "sortClaims(claims, 'category', 'desc') keeps input order within a category",
      [
        claim('x', { category: 'troops' }),
        claim('y', { category: 'aid' }),
        claim('z', { category: 'troops' }),
        claim('w', { category: 'aid' }),
      ],
      'category',
      'desc',
      NO_TITLES,
      ['x', 'z', 'y', 'w'],
    ],
    [
      "sortClaims(claims, 'place', 'desc') puts claims without a place last",
      [claim('p1', { place: '' }), claim('p2', { place: 'Iraq' }), claim('p3', { place: 'Syria' })],
      'place',
      'desc',
      NO_TITLES,
      ['p3', 'p2', 'p1'],
    ],
    [
      "sortClaims(claims, 'qualifier', 'asc') sorts the qualifier slugs",
      [
        claim('q1', { qualifier: 'more_than' }),
        claim('q2', { qualifier: 'approx' }),
        claim('q3', { qualifier: 'exact' }),
      ],
      'qualifier',
      'asc',
      NO_TITLES,
      ['q2', 'q3', 'q1'],
    ],
    [
      "sortClaims(ids 'x-10', 'x-2', 'x-1', 'figure', 'asc') breaks ties by id, numbers as numbers",
      [claim('x-10'), claim('x-2'), claim('x-1')],
      'figure',
      'asc',
      NO_TITLES,
      ['x-1', 'x-2', 'x-10'],
    ],
    ["sortClaims([], 'subject', 'asc') is empty", [], 'subject', 'asc', NO_TITLES, []],
  ])('%s', (_name, claims, key, dir, titles, expected) => {
    expect(ids(sortClaims(claims, key, dir, titles))).toEqual(expected);
  });

  test.each(SORT_KEYS.flatMap((key) => (['asc', 'desc'] as const).map((dir) => [key, dir])))(
    "sortClaims(claims, '%s', '%s') returns a new array and leaves its input as it was",
    (key, dir) => {
      const claims = [...FIGURES, ...SUBJECTS, ...SOURCED];
      const before = structuredClone(claims);
      const sorted = sortClaims(claims, key as SortKey, dir as SortDir, TITLES);
      expect(sorted).not.toBe(claims);
      expect(claims).toEqual(before);
      expect(ids(sorted).sort()).toEqual(ids(before).sort());
    },
  );

  test("sortClaims([one], 'figure', 'asc') returns a copy, not its input", () => {
    const one = [claim('only')];
    expect(sortClaims(one, 'figure', 'asc', NO_TITLES)).not.toBe(one);
  });

  // Text without a fast collation key ("ß", combining marks, other scripts)
  // falls back to the collator; either way the order must be the collator's.
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const piece = fc.constantFrom(
    ...['a', 'A', 'á', 'B', 'e', 'É', 'o', 'ø', 's', 'ß', 'æ', 'z', 'þ', 'ł', 'а', 'α', '中', '😀'],
    ...[' ', '\u00a0', '-', '–', "'", '’', '"', '“', ',', '.', '…', '$', '€', '%', '/', '\u0301'],
    ...['\u00ad', '0', '1', '2', '9', '00', '07', '10', '²', '½'],
  );
  const subject = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  test("sortClaims(random subjects, 'subject', dir) orders as Intl.Collator, stably, empty last", () => {
    fc.assert(
      fc.property(
        fc.array(subject, { maxLength: 60 }),
        fc.constantFrom('asc', 'desc'),
        (subjects, dir) => {
          const claims = subjects.map((s, i) => claim(`c${i}`, { subject: s }));
          const sign = dir === 'asc' ? 1 : -1;
          const expected = claims
            .map((c, i) => ({ c, i }))
            .sort((a, b) => {
              const emptyA = a.c.subject === '';
              const emptyB = b.c.subject === '';
              if (emptyA !== emptyB) return emptyA ? 1 : -1;
              return sign * collator.compare(a.c.subject, b.c.subject) || a.i - b.i;
            })
            .map(({ c }) => c.id);
          expect(ids(sortClaims(claims, 'subject', dir as SortDir, NO_TITLES))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("sortClaims(20,000 claims, 'figure', 'asc') agrees with a plain comparator sort", () => {
    const claims = Array.from({ length: 20_000 }, (_, i) =>
      claim(`claim-${(i * 7919) % 20_000}`, { value: (i * 31) % 997 }),
    );
    const expected = ids(
      [...claims].sort((a, b) => a.value! - b.value! || collator.compare(a.id, b.id)),
    );
    expect(ids(sortClaims(claims, 'figure', 'asc', NO_TITLES))).toEqual(expected);
  });

  test("sortClaims(mixed units, 'figure') groups by unit name, figures ordered within each", () => {
    const mixed = [
      claim('people-150', { value: 150, unit: 'people' }),
      claim('percent-87', { value: 87, unit: 'percent' }),
      claim('people-24-120', { value: undefined, low: 24, high: 120, qualifier: 'vague' }),
      claim('bpd-1.6m', { value: 1_600_000, unit: 'barrels_per_day' }),
      claim('percent-3', { value: 3, unit: 'percent' }),
      claim('bpd-none', { value: undefined, unit: 'barrels_per_day' }),
      claim('people-2', { value: 2, unit: 'people' }),
    ];
    // barrels per day, people, percent; no number last, in both directions.
    expect(ids(sortClaims(mixed, 'figure', 'asc', NO_TITLES))).toEqual([
      'bpd-1.6m',
      'people-2',
      'people-24-120',
      'people-150',
      'percent-3',
      'percent-87',
      'bpd-none',
    ]);
    expect(ids(sortClaims(mixed, 'figure', 'desc', NO_TITLES))).toEqual([
      'bpd-1.6m',
      'people-150',
      'people-24-120',
      'people-2',
      'percent-87',
      'percent-3',
      'bpd-none',
    ]);
    expect(ids(sortClaims(mixed, 'unit', 'asc', NO_TITLES)).slice(0, 2)).toEqual([
      'bpd-1.6m',
      'bpd-none',
    ]);
  });

  test("sortClaims(random units and figures, 'figure') agrees with a comparator on unit, figure, id", () => {
    const units = ['people', 'percent', 'usd', 'days', 'barrels_per_day'] as const;
    const unitName = {
      people: 'people',
      percent: 'percent',
      usd: 'US dollars',
      days: 'days',
      barrels_per_day: 'barrels per day',
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom(...units),
            value: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
          }),
          { maxLength: 40 },
        ),
        fc.constantFrom<SortDir>('asc', 'desc'),
        (rows, dir) => {
          const claims = rows.map((r, i) => claim(`c-${i}`, r));
          const sign = dir === 'asc' ? 1 : -1;
          const expected = [...claims].sort((a, b) => {
            const [x, y] = [a.value ?? NaN, b.value ?? NaN];
            if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
            if (!Number.isNaN(x)) {
              const byUnit = collator.compare(
                unitName[a.unit as keyof typeof unitName],
                unitName[b.unit as keyof typeof unitName],
              );
              if (byUnit) return byUnit;
              if (x !== y) return sign * (x - y);
            }
            return collator.compare(a.id, b.id);
          });
          expect(ids(sortClaims(claims, 'figure', dir, NO_TITLES))).toEqual(ids(expected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
