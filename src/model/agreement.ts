/**
 * Whether the reports of one measure agree, computed from what each allows,
 * never asserted. Each claim allows an interval of values (qualifiers.ts);
 * the reports agree when one value satisfies them all (their intervals
 * intersect, open ends respected) and conflict when none does. Reports from
 * different moments (a different `as_of`, or a different publication date)
 * that no value satisfies are "reported on different dates": the quantity
 * may have changed between them, so no conflict is claimed.
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
  if (!tightLow || !tightHigh) {
    return {
      status: 'single',
      reports: 0,
      allowed: undefined,
      apart: undefined,
      byConvention: undefined,
    };
  }
  const allowed: Interval = {
    low: tightLow.interval.low,
    high: tightHigh.interval.high,
    lowIncluded: tightLow.interval.lowIncluded,
    highIncluded: tightHigh.interval.highIncluded,
  };
  const empty =
    allowed.low > allowed.high ||
    (allowed.low === allowed.high && !(allowed.lowIncluded && allowed.highIncluded)) ||
    Number.isNaN(allowed.low) ||
    Number.isNaN(allowed.high);
  const reports = claims.length;
  if (!empty) {
    const vague = [tightLow.claim, tightHigh.claim].find(
      (c) => meaningOf(c.qualifier).conventional,
    );
    return {
      status: reports === 1 ? 'single' : 'agree',
      reports,
      allowed,
      apart: undefined,
      byConvention: vague,
    };
  }
  const moments = new Set<string>();
  for (const claim of claims) {
    const moment = momentOf(claim);
    if (moment) moments.add(moment);
  }
  return {
    status: moments.size > 1 ? 'different_dates' : 'conflict',
    reports,
    allowed: undefined,
    // In the order the reports were given (their order in time, when dated).
    apart:
      claims.indexOf(tightLow.claim) < claims.indexOf(tightHigh.claim)
        ? [tightLow.claim, tightHigh.claim]
        : [tightHigh.claim, tightLow.claim],
    byConvention: undefined,
  };
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
