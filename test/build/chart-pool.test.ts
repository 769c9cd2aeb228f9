/**
 * The build's chart pool (src/build/chart-files/pool.ts): each chart drawn
 * from its recipe on a worker thread, its files written; a chart that cannot
 * be drawn fails the build with its id, and the threads stop.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChartPool, chartThreads } from '../../src/build/chart-files/pool';
import { chartRecipes } from '../../src/build/chart-files/recipe';
import type { ChartRecipe } from '../../src/build/chart-files/recipe';
import type { Dataset } from '../../src/model/check/dataset';
import { EVERY_QUALIFIER, SOURCES, SPREAD, claim, measuresOf } from '../charts/synthetic';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const STAMP = { version: '0.0.0+test', compiled: '2026-11-30' };

/** Charts of both kinds: measures reported differently, and an overview of single figures. */
function dataset(): Dataset {
  const claims = [
    ...EVERY_QUALIFIER,
    ...SPREAD,
    ...Array.from({ length: 2 }, (_, k) => [
      claim(`m${k}-a`, 'exact', { value: 10 + k }, { measure: `toll-${k}` }),
      claim(`m${k}-b`, 'at_least', { low: 20 + k }, { measure: `toll-${k}`, source_id: 'study' }),
    ]).flat(),
  ];
  return {
    claims,
    sources: SOURCES,
    measures: measuresOf(claims),
    texts: new Map(),
    problems: [],
  } as unknown as Dataset;
}

// Each thread loads jsdom, Plot and resvg through the TypeScript loader
// before its first chart: seconds on a loaded machine, not a hang.
describe('ChartPool', { timeout: 60_000 }, () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'chart-pool-'));
    mkdirSync(join(dist, 'charts'));
    mkdirSync(join(dist, 'embed'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  test('draws every queued chart on two threads: its SVG, PNG, CSV and embed page, and its height', async () => {
    const pool = new ChartPool(
      { dist, base: undefined, script: 'assets/embed.js', stamp: STAMP },
      2,
    );
    const heights = new Map<string, number>();
    const ids: string[] = [];
    for (const [spec, recipe] of chartRecipes(dataset())) {
      ids.push(spec.id);
      await pool.add(recipe, (height) => heights.set(spec.id, height));
    }
    await pool.close();
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids.some((id) => !id.startsWith('measure-'))).toBe(true);
    expect([...heights.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const png = readFileSync(join(dist, 'charts', `${id}.png`));
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(readFileSync(join(dist, 'charts', `${id}.svg`), 'utf8')).toContain(STAMP.version);
      expect(existsSync(join(dist, 'charts', `${id}.csv`))).toBe(true);
      const page = readFileSync(join(dist, 'embed', `${id}.html`), 'utf8');
      expect(page).toContain(`data-chart="${id}"`);
      expect(heights.get(id)).toBeGreaterThan(100);
    }
  });

  test('a chart that cannot be drawn fails the build with its id, and the threads stop', async () => {
    const pool = new ChartPool(
      { dist, base: undefined, script: 'assets/embed.js', stamp: STAMP },
      1,
    );
    const recipes = [...chartRecipes(dataset())].map(([, recipe]) => recipe);
    const broken: ChartRecipe = { ...recipes[0]!, id: 'measure-not-this-one' };
    const done: string[] = [];
    let failure: unknown;
    try {
      await pool.add(recipes[1]!, () => done.push(recipes[1]!.id));
      await pool.add(broken, () => done.push(broken.id));
      for (const recipe of recipes.slice(2)) await pool.add(recipe, () => done.push(recipe.id));
      await pool.close();
    } catch (e) {
      failure = e;
    } finally {
      await pool.terminate();
    }
    expect(String(failure)).toMatch(/could not be written: measure-not-this-one: .+/);
    expect(done).not.toContain(broken.id);
  });

  test('terminate() after close() is harmless, so a finally can always call it', async () => {
    const pool = new ChartPool(
      { dist, base: undefined, script: 'assets/embed.js', stamp: STAMP },
      1,
    );
    await pool.close();
    await expect(pool.terminate()).resolves.toBeUndefined();
  });
});

describe('chartThreads', () => {
  const MB = 1024 * 1024;
  test('one per core, four at most, while memory is plentiful', () => {
    expect(chartThreads(1, 300 * MB)).toBe(1);
    expect(chartThreads(2, 300 * MB)).toBe(2);
    expect(chartThreads(16, 300 * MB)).toBe(4);
  });

  test('fewer beside a large dataset, so the build stays within 2 GB', () => {
    // A 450,000-claim build holds about 1.1 GB when its charts begin.
    const threads = chartThreads(16, 1100 * MB);
    expect(threads).toBe(2);
    expect(1100 + threads * 320).toBeLessThanOrEqual(2048);
    expect(chartThreads(16, 1800 * MB)).toBe(1);
  });

  test('always one, however full memory is', () => {
    expect(chartThreads(8, 4096 * MB)).toBe(1);
    expect(chartThreads(0, 0)).toBe(1);
  });
});
