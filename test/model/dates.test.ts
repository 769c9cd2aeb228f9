import { describe, expect, test } from 'vitest';
import type { Claim, Measure, Source } from '../../src/model/claim';
import {
  dateLine,
  datesSummary,
  formatDate,
  periodPhrase,
  periodProblem,
  reportMoment,
  shortDate,
} from '../../src/model/dates';
import { claim, measuresOf } from '../charts/synthetic';

const source = (id: string, published: string): Source => ({
  id,
  title: `Article ${id}`,
  publisher: 'Wire',
  dateline: '',
  published,
  url: '',
  credits: '',
});

describe('formatDate and periodPhrase', () => {
  test.each([
    ['2016', '2016'],
    ['2016-02', 'Feb 2016'],
    ['2016-02-09', '9 Feb 2016'],
  ])('%s reads “%s”', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  test.each([
    ['2016-02', 'for Feb 2016'],
    ['2015-01-01/2016-01-31', 'for 1 Jan 2015 – 31 Jan 2016'],
    ['2015-01-01/..', 'since 1 Jan 2015'],
    ['../2011', 'until 2011'],
  ])('the period %s reads “%s”', (period, text) => {
    expect(periodPhrase(period)).toBe(text);
  });

  test.each([
    ['2016-02-29', undefined],
    ['2015-02-29', '"2015-02-29" is not a real date'],
    ['2016-13', '"2016-13" is not a real date'],
    ['2016-02/2016-01', 'it starts (2016-02) after it ends (2016-01)'],
    ['2016/2016-02', undefined],
    ['2016-02-03/2016-02', undefined],
    ['../..', 'both ends are open'],
  ])('periodProblem(%s) is %s', (period, problem) => {
    expect(periodProblem(period)).toBe(problem);
  });
});

describe('the dates of a figure', () => {
  const measure: Measure = {
    ...measuresOf([claim('a', 'exact', { value: 1 })])[0]!,
    period: '2016-02',
  };

  test('as_of first, else the measure’s period; the publication date, or that it is not recorded', () => {
    const undated = claim('a', 'exact', { value: 1 });
    expect(dateLine(undated, source('s', ''), undefined)).toBe('publication date not recorded');
    expect(dateLine(undated, source('s', '2016-02-19'), undefined)).toBe('published 19 Feb 2016');
    expect(dateLine(undated, source('s', ''), measure)).toBe(
      'figure for Feb 2016; publication date not recorded',
    );
    const asOf = { ...undated, as_of: '2016-01' };
    expect(dateLine(asOf, source('s', '2016-02-19'), measure)).toBe(
      'figure for Jan 2016; published 19 Feb 2016',
    );
    expect(dateLine(undated, undefined, undefined)).toBe('publication date not recorded');
  });

  test('shortDate gives the figure’s period and the publication date in a few words', () => {
    const undated = claim('a', 'exact', { value: 1 });
    expect(shortDate(undated, source('s', ''), undefined)).toBe('not recorded');
    expect(shortDate(undated, source('s', '2016-02-19'), undefined)).toBe('published 19 Feb 2016');
    expect(shortDate(undated, source('s', ''), measure)).toBe('Feb 2016');
    expect(shortDate({ ...undated, as_of: '2016-01' }, source('s', '2016-02-19'), measure)).toBe(
      'Jan 2016 · published 19 Feb 2016',
    );
  });

  test('a report’s moment is its as_of, else its publication date, else unknown', () => {
    const c = claim('a', 'exact', { value: 1 });
    expect(reportMoment({ ...c, as_of: '2016-01' }, source('s', '2016-02-19'))).toBe('2016-01');
    expect(reportMoment(c, source('s', '2016-02-19'))).toBe('2016-02-19');
    expect(reportMoment(c, source('s', ''))).toBe('');
  });

  test('a chart’s dates: the span of publication dates, how many are missing, the figures’ dates', () => {
    const sources = new Map([
      ['a', source('a', '2016-03-05')],
      ['b', source('b', '2016-02-19')],
      ['c', source('c', '')],
    ]);
    const claims: Claim[] = [
      claim('1', 'exact', { value: 1 }, { source_id: 'a', measure: 'm', as_of: '2016-01' }),
      claim('2', 'exact', { value: 2 }, { source_id: 'b', measure: 'm', as_of: '2015-12' }),
      claim('3', 'exact', { value: 3 }, { source_id: 'c', measure: 'n' }),
    ];
    const measures = new Map(measuresOf(claims).map((m) => [m.id, m]));
    expect(datesSummary(claims, sources, measures)).toBe(
      'published 19 Feb 2016 – 5 Mar 2016; no publication date recorded for 1 of 3 articles; figures for Dec 2015 – Jan 2016 (2 of 3 dated)',
    );
    expect(datesSummary(claims.slice(2), sources, measures)).toBe('publication date not recorded');
    const open = new Map([['m', { ...measures.get('m')!, period: '2015-01-01/..' }]]);
    const undatedClaims = claims.slice(0, 2).map((c) => ({ ...c, as_of: '', source_id: 'c' }));
    expect(datesSummary(undatedClaims, sources, open)).toBe(
      'publication date not recorded; figures since 1 Jan 2015',
    );
  });
});
