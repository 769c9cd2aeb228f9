/**
 * Dates, on a synthetic claims folder whose articles have publication dates
 * (test/fixtures/dated-claims: a made-up flood in a made-up town, its toll
 * reported four times as it rose). The shipped corpus records no date, so
 * this is where ordering in time and "reported on different dates" are seen.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { chartsFor } from '../../src/charts/catalogue';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { serializeSvg, standaloneSvg } from '../../src/embed/standalone-svg';
import { checkDataset } from '../../src/model/check/dataset';
import { parseCsv } from '../../src/model/csv/parse';
import { MEASURE_SUMMARY_COLUMNS, measuresDownloadCsv } from '../../src/model/export';
import { byId, measureReports } from '../../src/model/measures';

const DIR = 'test/fixtures/dated-claims';
const dataset = checkDataset(loadDatasetInput(DIR));
const specs = chartsFor(dataset.claims, dataset);
const toll = specs.find((s) => s.id === 'measure-riverton-flood-deaths')!;

describe('a dated claims folder', () => {
  test('passes claims check', () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.claims).toHaveLength(7);
    expect(dataset.measures.map((m) => m.id)).toEqual([
      'riverton-flood-deaths',
      'riverton-homes-flooded',
      'riverton-flood-damage',
    ]);
  });

  test('the comparison chart orders the reports in time, earliest first, undated last', () => {
    expect(toll.title).toBe('People killed in the Riverton floods');
    expect(toll.rows.map((r) => r.claim.id)).toEqual([
      'riverton-flood-deaths-first',
      'riverton-flood-deaths-risen',
      'riverton-flood-deaths-courier',
      'riverton-flood-deaths-remembered',
    ]);
    // Who said what, when: the date leads the second line of each label.
    expect(toll.rows.map((r) => r.label)).toEqual([
      'at least 12\n4 Mar 2016 · the regional governor · Flood kills at least 12 in Riverton',
      '27\n5 Mar 2016 · the regional health office · Riverton flood toll rises to 27',
      'more than 30\n7 Mar 2016 · the town council · Riverton counts the cost of its floods',
      '31\n“A river town remembers”',
    ]);
  });

  test('figures that differ across dates are reported on different dates, not contested', () => {
    expect(toll.agreement!.status).toBe('different_dates');
    expect(toll.subtitle).toBe(
      'Reported on different dates: “27” (the regional health office, 5 Mar 2016) and “31 people” (“A river town remembers”, date not recorded) differ, which may be a change over time rather than a conflict. 4 reports, earliest first',
    );
    expect(toll.subtitle).not.toMatch(/conflict:/i);
  });

  test('each report’s tooltip gives its dates, or says they are not recorded', () => {
    expect(toll.rows.map((r) => r.tooltip.split('\n').at(-1))).toEqual([
      'Figure for Mar 2016; published 4 Mar 2016',
      'Figure for Mar 2016; published 5 Mar 2016',
      'Figure for Mar 2016; published 7 Mar 2016',
      'Figure for Mar 2016; publication date not recorded',
    ]);
  });

  test('the source line gives the span of publication dates and the undated article', () => {
    expect(toll.sourceLine).toBe(
      'Sources: Daily Courier, 1 article; Wire, 2 articles; “A river town remembers” (no publisher named). Published 4 Mar 2016 – 7 Mar 2016; no publication date recorded for 1 of 4 articles; figures for Mar 2016. Figures as reported.',
    );
  });

  test('the standalone SVG carries the figures’ dates, and the build date only as “compiled”', () => {
    const { window } = new JSDOM('');
    const svg = serializeSvg(
      standaloneSvg(toll, {
        document: window.document,
        width: 640,
        dashboard: '../index.html',
        dataVersion: '0.0.0+test',
        compiled: '2026-11-30',
      }),
      new window.XMLSerializer(),
    );
    // Its lines of text, wrapped: joined back into one.
    const text = [
      ...new window.DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text'),
    ]
      .map((t) => t.textContent)
      .join(' ');
    expect(text).toContain('Published 4 Mar 2016 – 7 Mar 2016');
    expect(text).toContain('Compiled 2026-11-30 from data version 0.0.0+test.');
    window.close();
  });

  test('data/measures.csv says so too, with no agreed range', () => {
    const csv = measuresDownloadCsv(dataset);
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, '')).rows.map((r) => r.values);
    expect(header).toEqual([...MEASURE_SUMMARY_COLUMNS]);
    const byMeasure = Object.fromEntries(
      rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]),
    );
    expect(byMeasure['riverton-flood-deaths']).toMatchObject({
      reports: '4',
      agreement: 'different_dates',
      agreed_low: '',
      agreed_high: '',
      period: '2016-03',
      featured: '1',
    });
    // Two reports of "about 3,000" agree on 2,700–3,300 (±10%).
    expect(byMeasure['riverton-homes-flooded']).toMatchObject({
      reports: '2',
      agreement: 'agree',
      agreed_low: '2700',
      agreed_high: '3300',
    });
    expect(byMeasure['riverton-flood-damage']).toMatchObject({
      reports: '1',
      agreement: 'single',
      agreed_low: '20000000',
      agreed_high: '100000000',
    });
  });

  test('measure reports are in time order for the claim view too', () => {
    const reports = measureReports(dataset.claims, byId(dataset.measures), byId(dataset.sources));
    expect(reports.get('riverton-flood-deaths')!.claims.map((c) => c.source_id)).toEqual([
      'flood-kills-at-least-12-in-riverton',
      'riverton-flood-toll-rises-to-27',
      'riverton-counts-the-cost-of-its-floods',
      'a-river-town-remembers',
    ]);
  });
});
