/**
 * The fact sheet's structure (src/model/fact-sheet.ts): its key figures,
 * each measure once with the report it leads with, its scope line, and the
 * overviews that set only like with like side by side.
 */
import fc from 'fast-check';
import { datesSummary } from '../../src/model/dates';
import { describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import type { Dataset } from '../../src/model/check/dataset';
import {
  MIN_OVERVIEW_MEASURES,
  factSheet,
  indexSheet,
  isLongSheet,
  measureFigure,
  overviewGroups,
  reportsLine,
  indexScope,
  scopeLine,
  scopeOf,
  sheetOfMatches,
} from '../../src/model/fact-sheet';
import type { FactSheetModel, MeasureEntry } from '../../src/model/fact-sheet';
import {
  byId,
  groupByMeasure,
  measureReports,
  measuresToChart,
  measuresToCompare,
  mostReported,
} from '../../src/model/measures';
import { withAllReports } from '../support/with-all-reports';
import { claim, measuresOf } from '../charts/synthetic';

/** Every field of every entry, read (a search's entries gather `shown` when it is read). */
function readOut(sheet: FactSheetModel) {
  const read = (e: MeasureEntry) => ({
    id: e.id,
    measure: e.measure,
    category: e.category,
    unit: e.unit,
    kind: e.kind,
    shown: e.shown,
    count: e.count,
    headline: e.headline,
    reports: e.reports,
  });
  return {
    key: sheet.key.map(read),
    sections: sheet.sections.map((s) => ({ ...s, entries: s.entries.map(read) })),
  };
}

function sheetOf(
  dataset: Pick<Dataset, 'claims' | 'sources' | 'measures'>,
  shown = dataset.claims,
) {
  const sources = byId(dataset.sources);
  const measures = byId(dataset.measures);
  const reports = measureReports(dataset.claims, measures, sources);
  return factSheet(groupByMeasure(shown), reports, measures, sources);
}

const corpus = checkDataset(loadDatasetInput('claims'));
const dated = checkDataset(loadDatasetInput('test/fixtures/dated-claims'));

describe('factSheet', () => {
  test('each measure is in one section, once; the sections in the schema’s order, "other" last', () => {
    const sheet = sheetOf(corpus);
    const ids = sheet.sections.flatMap((s) => s.entries.map((e) => e.id));
    expect(ids.sort()).toEqual(corpus.measures.map((m) => m.id).sort());
    expect(sheet.sections.at(-1)!.category).toBe('other');
    for (const section of sheet.sections) {
      expect(section.reports).toBe(section.entries.reduce((n, e) => n + e.shown.length, 0));
    }
  });

  test('a measure leads with its latest dated report, not the first', () => {
    const toll = sheetOf(dated).key[0]!;
    expect(toll.id).toBe('riverton-flood-deaths');
    // At least 12 on 4 Mar, 27 on 5 Mar, more than 30 on 7 Mar, and once undated:
    // the sheet gives the latest dated, not the earliest nor the undated one.
    expect(toll.headline.id).toBe('riverton-flood-deaths-courier');
    expect(toll.shown.map((c) => c.id)[0]).toBe('riverton-flood-deaths-first');
    expect(toll.shown.map((c) => c.id).at(-1)).toBe('riverton-flood-deaths-remembered');
    expect(reportsLine(toll)).toBe('4 reports from different dates');
  });

  test('under a search, a measure says how many of its reports are shown', () => {
    const shown = corpus.claims.filter((c) => c.id !== 'sabratha-strike-deaths-3');
    const toll = sheetOf(corpus, shown)
      .sections.flatMap((s) => s.entries)
      .find((e) => e.id === 'sabratha-strike-deaths')!;
    expect(toll.shown).toHaveLength(2);
    expect(reportsLine(toll)).toBe('3 reports conflict (2 shown)');
  });

  test('a measure’s figure: the agreed range when its reports agree, never a convention’s range', () => {
    const entries = sheetOf(corpus).sections.flatMap((s) => s.entries);
    const entry = (id: string) => entries.find((e) => e.id === id)!;
    expect(measureFigure(entry('islamic-state-child-soldier-deaths'))).toEqual({
      figure: '89',
      note: '',
    });
    expect(measureFigure(entry('islamic-state-militants-in-libya'))).toEqual({
      figure: 'low thousands',
      note: 'read as 1,000–3,000 by convention',
    });
    // A conflict gives the leading report's figure, as stated.
    expect(measureFigure(entry('sabratha-strike-deaths')).figure).toBe('40');
  });
});

describe('isLongSheet', () => {
  /** A sheet of `n` measures of one report each, all in one category unless spread. */
  function sheetOfMeasures(n: number, categories: Claim['category'][]) {
    const claims = Array.from({ length: n }, (_, i) =>
      claim(
        `c-${i}`,
        'exact',
        { value: i + 1 },
        {
          measure: `m-${i}`,
          category: categories[i % categories.length]!,
        },
      ),
    );
    return sheetOf({ claims, sources: [], measures: measuresOf(claims) });
  }

  test('counts what the sheet lists before "Show more": 24 a category at most', () => {
    // Thousands of measures in one category list 24: not long.
    expect(isLongSheet(sheetOfMeasures(5_000, ['casualties']))).toBe(false);
    const six = ['casualties', 'troops', 'aid', 'money', 'oil_output', 'other'] as const;
    expect(isLongSheet(sheetOfMeasures(6 * 20, [...six]))).toBe(false);
    expect(isLongSheet(sheetOfMeasures(6 * 21, [...six]))).toBe(true);
  });

  test('the shipped corpus is not long: drawn whole', () => {
    expect(isLongSheet(sheetOf(corpus))).toBe(false);
  });
});

describe('measuresToChart', () => {
  test('the measures stated differently, the most reported when there are more than asked', () => {
    const group = (id: string, values: number[]) =>
      values.map((value, i) => claim(`${id}-${i}`, 'exact', { value }, { measure: id }));
    const byMeasure = new Map([
      ['same', group('same', [5, 5, 5, 5])],
      ['a', group('a', [1, 2])],
      ['b', group('b', [1, 2, 3])],
      ['c', group('c', [4, 5])],
    ]);
    const ids = (max: number) => measuresToChart(byMeasure, max).map(([id]) => id);
    expect(ids(10)).toEqual(['a', 'b', 'c']);
    // Ties keep their order: a before c.
    expect(ids(2)).toEqual(['b', 'a']);
    // Of the groups known to differ (the dashboard's), mostReported picks the same.
    for (const max of [1, 2, 3, 10]) {
      expect(mostReported(measuresToCompare(byMeasure), max)).toEqual(
        measuresToChart(byMeasure, max),
      );
    }
  });
});

describe('mostReported', () => {
  test('keeps what a stable sort by number of reports keeps, in its order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 15 }),
        (sizes, max) => {
          const compared = new Map(
            sizes.map((size, i) => [
              `m-${i}`,
              Array.from({ length: size }, (_, k) =>
                claim(`m-${i}-${k}`, 'exact', { value: k }, { measure: `m-${i}` }),
              ),
            ]),
          );
          const sorted = [...compared].sort(([, a], [, b]) => b.length - a.length).slice(0, max);
          const expected = compared.size <= max ? [...compared] : sorted;
          expect(mostReported(compared, max)).toEqual(expected);
        },
      ),
    );
  });
});

describe('scopeLine', () => {
  test('counts articles and outlets, and gives the dates or says they are not recorded', () => {
    expect(scopeLine(corpus.claims, byId(corpus.sources), byId(corpus.measures))).toBe(
      '63 figures from 10 articles by 1 outlet (Reuters), 1 with no outlet named; publication dates not recorded; figures since 1 Jan 2015 (11 of 63 dated).',
    );
    expect(scopeLine(dated.claims, byId(dated.sources), byId(dated.measures))).toMatch(
      /^7 figures from 4 articles.*; published 4 Mar 2016 – 7 Mar 2016/,
    );
  });

  test('writes counts in the one number format, and names outlets only when there are a few', () => {
    const template = corpus.claims[0]!;
    const claims = Array.from({ length: 1500 }, (_, i) => ({
      ...template,
      id: `c${i}`,
      source_id: `s${i % 1200}`,
      date: '',
    }));
    const sources = new Map(
      Array.from({ length: 1200 }, (_, i) => [
        `s${i}`,
        { ...corpus.sources[0]!, id: `s${i}`, publisher: `Outlet ${i % 4}`, published: '' },
      ]),
    );
    const line = scopeLine(claims, sources, byId(corpus.measures));
    expect(scopeOf(indexScope(claims, sources, byId(corpus.measures)))).toBe(line);
    expect(line).toMatch(/^1,500 figures from 1,200 articles by 4 outlets; /);
    expect(line).not.toContain('Outlet 0');
  });
});

describe('scopeOf', () => {
  test('says of any positions what scopeLine says of the claims at them', () => {
    for (const set of [corpus, dated]) {
      const sources = byId(set.sources);
      const measures = byId(set.measures);
      const index = indexScope(set.claims, sources, measures);
      const positions = fc.uniqueArray(fc.nat({ max: set.claims.length - 1 }), {
        maxLength: set.claims.length,
      });
      fc.assert(
        fc.property(positions, (picked) => {
          const sorted = Int32Array.from(picked.sort((a, b) => a - b));
          const claims = Array.from(sorted, (i) => set.claims[i]!);
          const line = scopeOf(index, sorted);
          expect(line).toBe(scopeLine(claims, sources, measures));
          // Its dates counted as the charts' source lines count them.
          if (claims.length > 0) {
            expect(line.endsWith(`; ${datesSummary(claims, sources, measures)}.`)).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe('overviewGroups', () => {
  test('groups only measures of one category, unit and kind, at least three, each once', () => {
    const arbitrary = fc.array(
      fc.record({
        measure: fc.integer({ min: 0, max: 12 }),
        value: fc.integer({ min: 1, max: 100 }),
        unit: fc.constantFrom('people' as const, 'usd' as const),
        kind: fc.constantFrom('', 'killed', 'wounded'),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(arbitrary, (drawn) => {
        // A measure's unit and kind are its first claim's.
        const first = new Map<number, (typeof drawn)[number]>();
        for (const d of drawn) if (!first.has(d.measure)) first.set(d.measure, d);
        const claims: Claim[] = drawn.map((d, i) =>
          claim(
            `c-${i}`,
            'exact',
            { value: d.value },
            { measure: `m-${d.measure}`, unit: first.get(d.measure)!.unit },
          ),
        );
        const measures = measuresOf(claims).map((m) => ({
          ...m,
          kind: first.get(Number(m.id.slice(2)))!.kind,
        }));
        const sheet = sheetOf({ claims, sources: [], measures });
        const groups = overviewGroups(sheet.sections);
        const seen = new Set<string>();
        for (const group of groups) {
          expect(group.kind).not.toBe('');
          expect(group.entries.length).toBeGreaterThanOrEqual(MIN_OVERVIEW_MEASURES);
          for (const entry of group.entries) {
            expect(entry.unit).toBe(group.unit);
            expect(entry.kind).toBe(group.kind);
            expect(seen.has(entry.id)).toBe(false);
            seen.add(entry.id);
          }
        }
        // Every group of three or more such measures has its overview.
        const sizes = new Map<string, number>();
        for (const m of measures) {
          if (m.kind) sizes.set(`${m.unit}/${m.kind}`, (sizes.get(`${m.unit}/${m.kind}`) ?? 0) + 1);
        }
        expect(groups.length).toBe(
          [...sizes.values()].filter((n) => n >= MIN_OVERVIEW_MEASURES).length,
        );
      }),
    );
  });
});

describe('sheetOfMatches', () => {
  test('is the fact sheet of the matched claims grouped by measure, and compares each shown measure with all its reports', () => {
    const arbitrary = fc.record({
      drawn: fc.array(
        fc.record({
          measure: fc.integer({ min: 0, max: 6 }),
          value: fc.integer({ min: 1, max: 4 }),
          qualifier: fc.constantFrom('exact' as const, 'at_least' as const, 'approx' as const),
          as_of: fc.constantFrom('', '', '2016-01', '2016-02-03', '2015'),
          source: fc.integer({ min: 0, max: 3 }),
        }),
        { minLength: 1, maxLength: 50 },
      ),
      picked: fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
      published: fc.array(fc.constantFrom('', '2016-02-19', '2016-03-01'), {
        minLength: 4,
        maxLength: 4,
      }),
      featured: fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), {
        minLength: 7,
        maxLength: 7,
      }),
      // Measures whose reports are not known (claims not checked against measures.csv).
      unreported: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ drawn, picked, published, featured, unreported }) => {
        const claims: Claim[] = drawn.map((d, i) =>
          claim(
            `c-${i}`,
            d.qualifier,
            { value: d.value },
            { measure: `m-${d.measure}`, as_of: d.as_of, source_id: `s-${d.source}` },
          ),
        );
        const sources = byId(
          published.map((date, i) => ({
            id: `s-${i}`,
            title: `Report ${i}`,
            url: '',
            publisher: 'Wire',
            dateline: '',
            credits: '',
            published: date,
          })),
        );
        const measures = byId(
          measuresOf(claims).map((m) => {
            const rank = featured[Number(m.id.slice(2))];
            return rank === undefined ? m : { ...m, featured: rank };
          }),
        );
        const reports = measureReports(claims, measures, sources);
        for (const m of unreported) reports.delete(`m-${m}`);
        const matched = claims.flatMap((_, i) => (picked[i % picked.length] ? [i] : []));
        const shownByMeasure = groupByMeasure(matched.map((i) => claims[i]!));

        // Every claim first, then the search: entries the index keeps from
        // one search to the next must be those of the next.
        const index = indexSheet(claims, reports, sources);
        const everything = Int32Array.from(claims, (_, i) => i);
        const ofAll = sheetOfMatches(index, everything, measures, sources);
        expect(readOut(ofAll.sheet)).toEqual(
          readOut(factSheet(groupByMeasure(claims), reports, measures, sources)),
        );
        const got = sheetOfMatches(index, Int32Array.from(matched), measures, sources);
        // A measure all of whose reports both show is the very same entry, not drawn again.
        const before = new Map(
          ofAll.sheet.sections.flatMap((x) => x.entries).map((e) => [e.id, e]),
        );
        for (const entry of got.sheet.sections.flatMap((x) => x.entries)) {
          if (entry.reports && entry.count === entry.reports.claims.length) {
            expect(entry).toBe(before.get(entry.id));
          }
        }
        const expected = factSheet(shownByMeasure, reports, measures, sources);
        expect(readOut(got.sheet)).toEqual(readOut(expected));
        for (const entry of [...got.sheet.key, ...got.sheet.sections.flatMap((s) => s.entries)]) {
          expect(entry.count).toBe(entry.shown.length);
        }
        // (A measure without reports is compared by its claims: the helper knows only reports.)
        if (unreported.length === 0) {
          expect([...got.compared]).toEqual([
            ...measuresToCompare(withAllReports(shownByMeasure, reports)),
          ]);
        }
      }),
    );
  });
});
