/**
 * SharedStrings, the pool that gives a table's repeated cells one string
 * each: it hands back equal text always, keeps pooling a column that
 * repeats, and stops pooling one whose cells are nearly all different.
 */
import { describe, expect, test } from 'vitest';
import { readTable } from '../../src/model/check/table';
import { writeCsv } from '../../src/model/csv/write';
import { resource, SOURCE_COLUMNS } from '../../src/model/schema';
import { SharedStrings } from '../../src/model/text/shared-strings';

describe('SharedStrings', () => {
  test('a repeating column stays pooled, and each cell reads back as it was', () => {
    const pool = new SharedStrings();
    const cells = Array.from({ length: 3 * SharedStrings.SAMPLE }, (_, i) => `place ${i % 40}`);
    expect(cells.map((c) => pool.share(c))).toEqual(cells);
    expect(pool.pooling).toBe(true);
  });

  test('a column of nearly all different cells stops being pooled after one sample', () => {
    const pool = new SharedStrings();
    const cells = Array.from({ length: SharedStrings.SAMPLE }, (_, i) => `quote ${i}`);
    for (const c of cells.slice(0, -1)) pool.share(c);
    expect(pool.pooling).toBe(true);
    expect(pool.share(cells.at(-1)!)).toBe(cells.at(-1));
    expect(pool.pooling).toBe(false);
    // Unpooled, a cell still comes back as it is.
    expect(pool.share('quote 1')).toBe('quote 1');
  });

  test('a column with some repeats stays pooled', () => {
    const pool = new SharedStrings();
    // Every fifth cell repeats an earlier one: 80% new, under the limit.
    for (let i = 0; i < 2 * SharedStrings.SAMPLE; i++)
      pool.share(i % 5 === 0 ? 'same' : `cell ${i}`);
    expect(pool.pooling).toBe(true);
  });
});

describe('readTable shares repeated cells without changing any', () => {
  test('every record of a long table reads back its own cells, before and after a column stops being pooled', () => {
    const rows = Array.from({ length: 3 * SharedStrings.SAMPLE + 7 }, (_, i) => ({
      id: `source-${i}`,
      // Distinct: pooled for one sample, then not.
      title: `Headline number ${i}`,
      // Repeated: pooled all along.
      publisher: ['Reuters', 'AP', 'AFP'][i % 3]!,
      dateline: i % 2 ? 'TRIPOLI' : '',
      published: '2016-02-19',
      url: `https://example.org/${i}`,
      credits: '',
    }));
    const table = readTable('sources.csv', writeCsv(SOURCE_COLUMNS, rows), resource('sources'), {
      shareStrings: true,
    });
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => r.record)).toEqual(rows);
  });
});
