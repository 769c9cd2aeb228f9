/**
 * The fact sheet's charts made a category at a time (sheetCharts): each
 * section gets the overviews the whole sheet's would have, its own charted
 * measures, and the most reported compared measures chosen over the sheet.
 */
import { describe, expect, test } from 'vitest';
import { sheetCharts } from '../../src/app/components/fact-sheet-charts';
import type { ChartSpec } from '../../src/charts/types';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import { factSheet, overviewGroups } from '../../src/model/fact-sheet';
import type { OverviewGroup } from '../../src/model/fact-sheet';
import {
  byId,
  groupByMeasure,
  measureReports,
  measuresToChart,
  measuresToCompare,
} from '../../src/model/measures';
import { loadDatasetInput } from '../../src/node/claims-folder';

const corpus = checkDataset(loadDatasetInput('claims'));
const sources = byId(corpus.sources);
const measures = byId(corpus.measures);
const byMeasure = groupByMeasure(corpus.claims);
const sheet = factSheet(
  byMeasure,
  measureReports(corpus.claims, measures, sources),
  measures,
  sources,
);
const compared = measuresToCompare(byMeasure);

describe('sheetCharts', () => {
  test('makes a section its overviews and compared charts once, when first asked', () => {
    const asked: { overviews: OverviewGroup[]; compared: string[] }[] = [];
    // Stand-in specs that say what they were made from.
    const make = (overviews: OverviewGroup[], byId: Map<string, Claim[]>) => {
      asked.push({ overviews, compared: [...byId.keys()] });
      return [
        ...overviews.map(
          (g) => ({ kind: 'category', id: g.kind, claims: [] }) as unknown as ChartSpec,
        ),
        ...[...byId].map(
          ([id, group]) => ({ kind: 'measure', id, claims: group }) as unknown as ChartSpec,
        ),
      ];
    };
    const max = 4;
    const charts = sheetCharts(sheet.sections, compared, max, make);
    expect(asked).toHaveLength(0);
    const everyOverview = overviewGroups(sheet.sections);
    const chosen = measuresToChart(compared, max).map(([id]) => id);
    for (const { category } of sheet.sections) {
      const own = charts.of(category);
      const expected = everyOverview.filter((g) => g.category === category);
      expect(asked.at(-1)!.overviews).toEqual(expected);
      expect([...own.charted].sort()).toEqual(
        expected.flatMap((g) => g.entries.map((e) => e.id)).sort(),
      );
      const ids = own.compared.map((spec) => spec.id);
      expect(ids.every((id) => chosen.includes(id))).toBe(true);
      expect(ids.every((id) => byMeasure.get(id)![0]!.category === category)).toBe(true);
      // Kept: asked again, not made again.
      expect(charts.of(category)).toBe(own);
    }
    expect(asked).toHaveLength(sheet.sections.length);
    // Every chosen measure is charted in its own section, and only there.
    const all = sheet.sections.flatMap((s) => charts.of(s.category).compared.map((c) => c.id));
    expect(all.sort()).toEqual([...chosen].sort());
    expect(everyOverview.some((g) => g.entries.length > 0)).toBe(true);
  });
});
