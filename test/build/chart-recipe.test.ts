/**
 * A chart drawn on a worker thread is made again there from its recipe
 * (src/build/chart-files/recipe.ts), posted as a structured clone: it must
 * be the very chart chartsFor makes of the whole dataset, on the shipped
 * claims and on a synthetic corpus of every qualifier and category.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic';
import { chartOfRecipe, chartRecipes } from '../../src/build/chart-files/recipe';
import { chartsFor } from '../../src/charts/catalogue';
import type { ChartSpec } from '../../src/charts/types';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { serializeSvg, standaloneSvg } from '../../src/embed/standalone-svg';
import { checkDataset } from '../../src/model/check/dataset';
import type { Dataset } from '../../src/model/check/dataset';
import { EVERY_QUALIFIER, SOURCES, claim, measuresOf } from '../charts/synthetic';

const { window } = new JSDOM('');
const serializer = new window.XMLSerializer();

/** Everything of a spec but its functions, and its drawing as a file and in a narrow frame. */
function drawn(spec: ChartSpec, draw: boolean) {
  const { plot: _plot, height: _height, ...data } = spec;
  const options = {
    document: window.document,
    dashboard: '../index.html',
    dataVersion: '0.0.0+test',
    compiled: '2026-11-30',
  };
  return {
    data: JSON.stringify(data),
    svg: draw ? serializeSvg(standaloneSvg(spec, { ...options, width: 640 }), serializer) : '',
    narrow: draw
      ? serializer.serializeToString(standaloneSvg(spec, { ...options, width: 340 }))
      : '',
  };
}

/** Checks every chart's recipe against chartsFor; draws every `drawEvery`th chart both ways. */
function expectSameCharts(dataset: Dataset, drawEvery: number): ChartSpec['kind'][] {
  const expected = chartsFor(dataset.claims, dataset);
  const made = [...chartRecipes(dataset)];
  expect(made.map(([spec]) => spec.id)).toEqual(expected.map((spec) => spec.id));
  made.forEach(([, recipe], k) => {
    // What a worker receives: a copy, without prototypes or shared objects.
    const again = chartOfRecipe(structuredClone(recipe));
    const draw = k % drawEvery === 0;
    expect(drawn(again, draw), recipe.id).toEqual(drawn(expected[k]!, draw));
  });
  return made.map(([spec]) => spec.kind);
}

// About 900 charts made twice and a few drawn: seconds on a shared machine.
describe(
  'a chart made again from its recipe is the chart of the whole dataset',
  { timeout: 60_000 },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'chart-recipe-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test('every chart of the shipped claims, each drawn', () => {
      const kinds = expectSameCharts(checkDataset(loadDatasetInput('claims')), 1);
      expect(new Set(kinds)).toEqual(new Set(['category', 'measure']));
    });

    test('every chart of a synthetic corpus, overviews and measures, one in a hundred drawn', () => {
      writeSyntheticCorpus(join(folder, 'claims'), {
        // The first size whose measures are reported differently, so charted.
        sources: 600,
        claimsPerSource: 10,
        notes: true,
      });
      const dataset = checkDataset(loadDatasetInput(join(folder, 'claims')));
      const kinds = expectSameCharts(dataset, 100);
      expect(kinds.filter((kind) => kind === 'measure').length).toBeGreaterThan(100);
      expect(new Set(kinds)).toEqual(new Set(['category', 'measure']));
    });

    test("a measure reported in two units: the other unit's figures are counted in the subtitle", () => {
      const claims = [
        ...EVERY_QUALIFIER,
        claim('in-dollars', 'exact', { value: 7 }, { unit: 'usd' }),
      ];
      const dataset = {
        claims,
        sources: SOURCES,
        measures: measuresOf(claims),
      } as unknown as Dataset;
      expectSameCharts(dataset, Infinity);
      const [, recipe] = [...chartRecipes(dataset)].find(([spec]) => spec.kind === 'measure')!;
      expect(chartOfRecipe(structuredClone(recipe)).subtitle).toContain(
        '1 figure in other units not shown',
      );
    });
  },
);
