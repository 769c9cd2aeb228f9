/** Figures written for reading: "1.6 million bpd", "360,000–370,000 bpd", "more than 40". */
import type { Claim } from './claim';
import type { Qualifier, Unit } from './schema';
import { UNIT_LABELS } from './units';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1600000 → "1.6 million"; 360000 → "360,000"; 0.5 → "0.5". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    // Only when the short form loses nothing: 1,234,567 stays as it is.
    if (abs >= size && Number.isInteger((n / size) * 100)) {
      return `${grouped.format(n / size)} ${word}`;
    }
  }
  return grouped.format(n);
}

function withUnit(n: number, unit: Unit): string {
  const { prefix = '', suffix = '' } = UNIT_LABELS[unit];
  return `${prefix}${formatNumber(n)}${suffix}`;
}

const WORDS: Record<Exclude<Qualifier, 'range' | 'vague'>, string> = {
  exact: '',
  approx: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  at_most: 'up to ',
  less_than: 'less than ',
};

export function formatFigure(
  claim: Pick<Claim, 'qualifier' | 'unit' | 'value' | 'low' | 'high'>,
): string {
  const { qualifier, unit } = claim;
  if (qualifier === 'range' || qualifier === 'vague') {
    const low = claim.low ?? NaN;
    const high = claim.high ?? NaN;
    // "360,000–370,000 bpd": the unit once, after the upper bound.
    const { prefix = '', suffix = '' } = UNIT_LABELS[unit];
    const text = `${prefix}${formatNumber(low)}–${formatNumber(high)}${suffix}`;
    return qualifier === 'vague' ? `roughly ${text}` : text;
  }
  const n = claim.value ?? claim.low ?? claim.high ?? NaN;
  return `${WORDS[qualifier]}${withUnit(n, unit)}`;
}
