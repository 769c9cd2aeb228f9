/**
 * Whether the reports of one measure agree, computed from what each allows,
 * never asserted. Each claim allows an interval of values (qualifiers.ts);
 * the reports agree when one value satisfies them all (their intervals
 * intersect, open ends respected) and conflict when none does. Reports from
 * different moments (a different `as_of`, or a different publication date)
 * that no value satisfies are "reported on different dates": the quantity
 * may have changed between them, so no conflict is claimed, unless two
 * reports of the same date already cannot both be true.
 */
import type { Claim } from './claim';
import { formatInterval } from './format';
import { allowedValues, meaningOf } from './qualifiers';
import type { Interval } from './qualifiers';
import type { Unit } from './schema';

export type AgreementStatus = 'single' | 'agree' | 'conflict' | 'different_dates';

export interface Agreement {
  status: AgreementStatus;
  /** How many reports (claims). */
  reports: number;
  /** The values every report allows; undefined when no value satisfies them all. */
  allowed: Interval | undefined;
  /**
   * Two reports that cannot both be true (no value satisfies both), when no
   * value satisfies all: the one with the highest lower bound and the one
   * with the lowest upper bound. On a line, if every pair of intervals met,
   * all would (Helly), so this pair is always disjoint.
   */
  apart: [Claim, Claim] | undefined;
  /** A vague amount, read by its convention, sets an end of `allowed`. */
  byConvention: Claim | undefined;
}

/**
 * The agreement of `claims` (the reports of one measure). `momentOf` gives a
 * report's date ('' when unknown): see `reportMoment` in dates.ts.
 */
export function agreementOf(
  claims: readonly Claim[],
  momentOf: (claim: Claim) => string,
): Agreement {
  const all = tightestEnds(claims);
  if (!all) {
    return {
      status: 'single',
      reports: 0,
      allowed: undefined,
      apart: undefined,
      byConvention: undefined,
    };
  }
  const reports = claims.length;
  if (!isEmpty(all.allowed)) {
    const vague = [all.low, all.high].find((c) => meaningOf(c.qualifier).conventional);
    return {
      status: reports === 1 ? 'single' : 'agree',
      reports,
      allowed: all.allowed,
      apart: undefined,
      byConvention: vague,
    };
  }
  // No value satisfies every report. Reports of one moment that no value
  // satisfies conflict, whatever the other moments say; reports that only
  // differ across moments may record a change.
  const byMoment = new Map<string, Claim[]>();
  for (const claim of claims) {
    const moment = momentOf(claim);
    const same = byMoment.get(moment);
    if (same) same.push(claim);
    else byMoment.set(moment, [claim]);
  }
  const known = [...byMoment.keys()].filter(Boolean).length;
  let conflicting: Ends = all;
  let status: AgreementStatus = known > 1 ? 'different_dates' : 'conflict';
  if (status === 'different_dates') {
    for (const [moment, same] of byMoment) {
      const ends = moment ? tightestEnds(same) : undefined;
      if (ends && isEmpty(ends.allowed)) {
        conflicting = ends;
        status = 'conflict';
        break;
      }
    }
  }
  return {
    status,
    reports,
    allowed: undefined,
    // In the order the reports were given (their order in time, when dated).
    apart:
      claims.indexOf(conflicting.low) < claims.indexOf(conflicting.high)
        ? [conflicting.low, conflicting.high]
        : [conflicting.high, conflicting.low],
    byConvention: undefined,
  };
}

/** The values all of some reports allow, and the reports that set its ends. */
interface Ends {
  allowed: Interval;
  /** The report with the highest lower bound. */
  low: Claim;
  /** The report with the lowest upper bound. */
  high: Claim;
}

function tightestEnds(claims: readonly Claim[]): Ends | undefined {
  let tightHigh: { claim: Claim; interval: Interval } | undefined;
  let tightLow: { claim: Claim; interval: Interval } | undefined;
  for (const claim of claims) {
    const interval = allowedValues(claim);
    // The tightest ends; on a tie the excluded end is tighter.
    if (
      !tightLow ||
      interval.low > tightLow.interval.low ||
      (interval.low === tightLow.interval.low &&
        !interval.lowIncluded &&
        tightLow.interval.lowIncluded)
    ) {
      tightLow = { claim, interval };
    }
    if (
      !tightHigh ||
      interval.high < tightHigh.interval.high ||
      (interval.high === tightHigh.interval.high &&
        !interval.highIncluded &&
        tightHigh.interval.highIncluded)
    ) {
      tightHigh = { claim, interval };
    }
  }
  if (!tightLow || !tightHigh) return undefined;
  return {
    allowed: {
      low: tightLow.interval.low,
      high: tightHigh.interval.high,
      lowIncluded: tightLow.interval.lowIncluded,
      highIncluded: tightHigh.interval.highIncluded,
    },
    low: tightLow.claim,
    high: tightHigh.claim,
  };
}

function isEmpty(interval: Interval): boolean {
  return (
    interval.low > interval.high ||
    (interval.low === interval.high && !(interval.lowIncluded && interval.highIncluded)) ||
    Number.isNaN(interval.low) ||
    Number.isNaN(interval.high)
  );
}

/**
 * The agreement in words a reader understands, naming the reports:
 * "The 3 reports agree: all allow 89", "Reports conflict: “40 people”
 * (Reuters) and “41 people” (the mayor) cannot both be true". `who` names
 * the teller of a report, `when` its date (named for reports on different
 * dates).
 */
export function agreementText(
  agreement: Agreement,
  unit: Unit,
  who: (claim: Claim) => string,
  when: (claim: Claim) => string = () => '',
): string {
  const { status, reports, allowed, apart, byConvention } = agreement;
  const said = (claim: Claim) => {
    const date = status === 'different_dates' ? when(claim) : '';
    return `“${claim.mention}” (${who(claim)}${date ? `, ${date}` : ''})`;
  };
  switch (status) {
    case 'single':
      return allowed ? `One report: it allows ${formatInterval(allowed, unit)}` : 'One report';
    case 'agree': {
      const convention = byConvention ? `, reading “${byConvention.mention}” by convention` : '';
      return `The ${reports} reports agree: all allow ${formatInterval(allowed!, unit)}${convention}`;
    }
    case 'conflict':
      return `Reports conflict: ${said(apart![0])} and ${said(apart![1])} cannot both be true`;
    case 'different_dates':
      return `Reported on different dates: ${said(apart![0])} and ${said(apart![1])} differ, which may be a change over time rather than a conflict`;
  }
}

/** A short label for the status: "Contested" is for a conflict only. */
export const AGREEMENT_LABELS: Readonly<Record<AgreementStatus, string>> = {
  single: 'One report',
  agree: 'Reports agree',
  conflict: 'Contested',
  different_dates: 'Reported on different dates',
};
