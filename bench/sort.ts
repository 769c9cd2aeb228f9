/**
 * The claims table's sort half of `npm run bench`: the synthetic folder's
 * 100,000 claims, as the dashboard holds them, sorted by each column the table
 * sorts by. The first sort of a column is timed apart from the ones after it
 * (a click on the header, or a keystroke in search while the table is
 * sorted), since it may do work the others reuse.
 */
import { loadDatasetInput } from '../src/node/claims-folder';
import { checkDataset } from '../src/model/check/dataset';
import { SORT_KEYS, sortClaims } from '../src/model/sort';
import type { SortKey } from '../src/model/sort';
import { median } from './browser';

export interface SortFigures {
  claims: number;
  /** By column: the first sort in this process, then the median of the sorts after it. */
  columns: { key: SortKey; firstMs: number; medianMs: number }[];
}

/** Sorts after the first, alternately ascending and descending. */
const RUNS = 11;

export function benchSorting(dir: string): SortFigures {
  // The citations are not what is measured: taken as proven, as the browser does.
  const dataset = checkDataset({ ...loadDatasetInput(dir), texts: new Map() }, { citations: [] });
  const { claims } = dataset;
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const time = (key: SortKey, run: number): number => {
    const start = performance.now();
    const sorted = sortClaims(claims, key, run % 2 === 0 ? 'asc' : 'desc', titles);
    const ms = performance.now() - start;
    if (sorted.length !== claims.length) throw new Error(`sort by ${key} lost claims`);
    return ms;
  };
  const columns = SORT_KEYS.map((key) => {
    const firstMs = time(key, 0);
    const times = Array.from({ length: RUNS }, (_, run) => time(key, run + 1));
    return { key, firstMs, medianMs: median(times) };
  });
  return { claims: claims.length, columns };
}
