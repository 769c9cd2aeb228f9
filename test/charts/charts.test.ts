/**
 * Golden SVGs of every chart of the curated corpus and of made-up cases (each
 * qualifier; log scale on and off), rendered in jsdom. To accept an intended
 * change: delete test/output/charts/<id>.svg, rerun, review the git diff (or
 * open the file: each golden is a standalone SVG).
 */
import { describe, expect, test } from 'vitest';
import { chartSpecs, chartsFor } from '../../src/charts/catalogue';
import type { ChartOptions, ChartSpec } from '../../src/charts/types';
import type { Claim } from '../../src/model/claim';
import { assertGolden } from '../support/golden';
import { corpus, normaliseSvg, svgOf } from './svg';
import { EVERY_QUALIFIER, SPREAD, claim, reference } from './synthetic';

function golden(name: string, spec: ChartSpec, options: ChartOptions = {}): void {
  assertGolden(`charts/${name}.svg`, normaliseSvg(svgOf(spec, options)));
}

function only(claims: Claim[], id: string): ChartSpec {
  const spec = chartsFor(claims, reference(claims)).find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
}

describe('every chart of claims/claims.csv', () => {
  const { claims, sources, measures } = corpus();
  const specs = chartsFor(claims, { sources, measures });

  test('the corpus has charts', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  test('chartSpecs makes the same charts one at a time, in the same order', () => {
    const one = (s: (typeof specs)[number]) => [s.id, s.title, s.subtitle, s.description];
    const lazy = chartSpecs(claims, { sources, measures });
    const first = lazy.next();
    expect(first.done).toBe(false);
    const rest = [...lazy];
    expect([first.value!, ...rest].map(one)).toEqual(specs.map(one));
  });

  for (const spec of specs) {
    test(spec.id, () => golden(spec.id, spec));
  }
});

describe('made-up cases', () => {
  test('every qualifier in one comparison chart', () => {
    golden('synthetic-every-qualifier', only(EVERY_QUALIFIER, 'measure-strike-toll'));
  });

  test('every qualifier, narrow', () => {
    golden('synthetic-every-qualifier-narrow', only(EVERY_QUALIFIER, 'measure-strike-toll'), {
      width: 320,
    });
  });

  test('figures over four orders of magnitude: log scale by default', () => {
    const spec = only(SPREAD, 'casualties-people-killed');
    expect(spec.logByDefault).toBe(true);
    golden('synthetic-log-default', spec);
  });

  test('the same figures with the log scale turned off', () => {
    golden('synthetic-log-off', only(SPREAD, 'casualties-people-killed'), { log: false });
  });

  test('close figures with the log scale turned on', () => {
    const spec = only(EVERY_QUALIFIER, 'measure-strike-toll');
    expect(spec.logByDefault).toBe(false);
    golden('synthetic-log-on', spec, { log: true });
  });

  test('a figure of 0 on a log scale is left out, with a note', () => {
    const claims = [...SPREAD, claim('zero', 'exact', { value: 0 }, { measure: 'e' })];
    golden('synthetic-log-zero', only(claims, 'casualties-people-killed'), { log: true });
  });
});
