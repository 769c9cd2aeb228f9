/**
 * The dates of a figure, honestly: when its article was published
 * (`sources.published`), and the date or period the figure refers to
 * (`claims.as_of`, else its measure's `period`). Nothing here invents a date:
 * where none is recorded, the words say so.
 */
import type { Claim, Measure, Source } from './claim';
import { isPartialDate } from './check/values';
import { formatNumber, plural } from './format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-02-19" → "19 Feb 2016"; "2016-02" → "Feb 2016"; "2016" → "2016". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The ends of a period: `..` (an open end) becomes undefined. */
export function periodEnds(period: string): { start?: string; end?: string } {
  const [start = '', end] = period.split('/');
  if (end === undefined) return { start, end: start };
  return {
    ...(start !== '..' ? { start } : {}),
    ...(end !== '..' ? { end } : {}),
  };
}

/** The first and the last day a partial date covers: "2016-02" → 2016-02-01 … 2016-02-29. */
function dayRange(iso: string): [string, string] {
  const [year, month, day] = iso.split('-');
  if (day !== undefined) return [iso, iso];
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${iso}-01`, `${iso}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/**
 * Why a period (matching the schema's pattern) is not a real one, or
 * undefined when it is: each end a real date, the start not after the end.
 */
export function periodProblem(period: string): string | undefined {
  const { start, end } = periodEnds(period);
  for (const date of [start, end]) {
    if (date !== undefined && !isPartialDate(date)) return `"${date}" is not a real date`;
  }
  if (start === undefined && end === undefined) return 'both ends are open';
  if (start !== undefined && end !== undefined && dayRange(start)[0] > dayRange(end)[1]) {
    return `it starts (${start}) after it ends (${end})`;
  }
  return undefined;
}

/**
 * The period with its preposition, to follow "figure": "for Feb 2016", "for
 * 1 Jan 2015 – 31 Jan 2016", "since 1 Jan 2015", "until 2011".
 */
export function periodPhrase(period: string): string {
  const { start, end } = periodEnds(period);
  // Only a span of periods open at both ends has neither (see coveringPeriod).
  if (start === undefined && end === undefined) return 'at various dates';
  if (start === undefined) return `until ${formatDate(end!)}`;
  if (end === undefined) return `since ${formatDate(start)}`;
  if (start === end) return `for ${formatDate(start)}`;
  return `for ${formatDate(start)} – ${formatDate(end)}`;
}

/** The period as a label: "Feb 2016", "1 Jan 2015 – 31 Jan 2016", "since 1 Jan 2015". */
export function periodLabel(period: string): string {
  return periodPhrase(period).replace(/^for /, '');
}

/** The date or period a claim's figure refers to: its `as_of`, else its measure's `period`. */
export function figurePeriod(claim: Claim, measure: Measure | undefined): string {
  return claim.as_of || measure?.period || '';
}

export const NO_PUBLICATION_DATE = 'publication date not recorded';

/**
 * "figure for Jan 2015; published 19 Feb 2016", "publication date not
 * recorded": what a reader needs to place a figure in time, never nothing.
 */
export function dateLine(
  claim: Claim,
  source: Source | undefined,
  measure: Measure | undefined,
): string {
  const period = figurePeriod(claim, measure);
  const published = source?.published
    ? `published ${formatDate(source.published)}`
    : NO_PUBLICATION_DATE;
  return period ? `figure ${periodPhrase(period)}; ${published}` : published;
}

/**
 * The dates of a figure in a few words, for a table cell: "Jan 2015 ·
 * published 19 Feb 2016", "since 1 Jan 2015", "published 19 Feb 2016", or
 * "not recorded" (`dateLine` says it in full).
 */
export function shortDate(
  claim: Claim,
  source: Source | undefined,
  measure: Measure | undefined,
): string {
  const period = figurePeriod(claim, measure);
  const published = source?.published ? `published ${formatDate(source.published)}` : '';
  if (period) return published ? `${periodLabel(period)} · ${published}` : periodLabel(period);
  return published || 'not recorded';
}

/**
 * The moment a report speaks for: the date its figure refers to (`as_of`),
 * else the day it was published; '' when neither is recorded. Reports of one
 * measure from different moments may differ because the quantity changed.
 */
export function reportMoment(claim: Claim, source: Source | undefined): string {
  return claim.as_of || source?.published || '';
}

/**
 * The dates of a set of claims, for a chart's source line: "published 19 Feb
 * 2016 – 3 Mar 2016; figures for Jan 2015", "publication dates not recorded;
 * figures since 1 Jan 2015 (4 of 16 dated)", "published 19 Feb 2016; no
 * publication date recorded for 2 of 3 articles".
 */
export function datesSummary(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  measures: ReadonlyMap<string, Measure>,
): string {
  const published = new Set<string>();
  const articles = new Set<string>();
  const undated = new Set<string>();
  // Distinct periods: a few, however many claims state them.
  const periods = new Set<string>();
  let dated = 0;
  for (const claim of claims) {
    const source = sources.get(claim.source_id);
    articles.add(claim.source_id);
    if (source?.published) published.add(source.published);
    else undated.add(claim.source_id);
    const period = figurePeriod(claim, measures.get(claim.measure));
    if (period) {
      periods.add(period);
      dated++;
    }
  }
  return datesWords({
    published: [...published],
    articles: articles.size,
    undated: undated.size,
    periods: [...periods],
    figures: claims.length,
    dated,
  });
}

/** What `datesWords` says of a set of figures, however it was counted. */
export interface DatesFacts {
  /** The distinct publication dates of their articles. */
  published: string[];
  articles: number;
  /** Articles with no publication date. */
  undated: number;
  /** The distinct periods the figures refer to (`figurePeriod`). */
  periods: string[];
  figures: number;
  /** Figures with a period. */
  dated: number;
}

/** The words of `datesSummary`, from its counts. */
export function datesWords(facts: DatesFacts): string {
  const { published, articles, undated, periods, figures, dated } = facts;
  const parts: string[] = [];
  if (published.length > 0) {
    parts.push(`published ${span(published)}`);
    if (undated > 0) {
      parts.push(
        `no publication date recorded for ${formatNumber(undated)} of ${plural(articles, 'article')}`,
      );
    }
  } else {
    parts.push(articles === 1 ? NO_PUBLICATION_DATE : 'publication dates not recorded');
  }
  if (dated > 0) {
    const some =
      dated < figures ? ` (${formatNumber(dated)} of ${formatNumber(figures)} dated)` : '';
    parts.push(`figures ${periodPhrase(coveringPeriod(periods))}${some}`);
  }
  return parts.join('; ');
}

/** "19 Feb 2016" or "19 Feb 2016 – 3 Mar 2016": the earliest and the latest of ISO dates. */
function span(dates: string[]): string {
  const sorted = dates.sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** The period from the earliest start to the latest end of `periods`, open ends kept. */
function coveringPeriod(periods: string[]): string {
  let first: string | undefined;
  let firstDay = '';
  let last: string | undefined;
  let lastDay = '';
  let openStart = false;
  let openEnd = false;
  for (const period of periods) {
    const { start, end } = periodEnds(period);
    if (start === undefined) openStart = true;
    else if (first === undefined || dayRange(start)[0] < firstDay) {
      first = start;
      firstDay = dayRange(start)[0];
    }
    if (end === undefined) openEnd = true;
    else if (last === undefined || dayRange(end)[1] > lastDay) {
      last = end;
      lastDay = dayRange(end)[1];
    }
  }
  const from = openStart ? '..' : first!;
  const to = openEnd ? '..' : last!;
  return from === to ? from : `${from}/${to}`;
}
