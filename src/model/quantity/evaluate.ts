/**
 * Scores a scanner against labelled sentences: precision, recall and
 * qualifier accuracy over mentions.
 *
 * A found mention is correct when its span overlaps an expected mention not
 * already matched and it states the same numbers (value/low/high, whichever
 * are set, compared as a sorted list) within a relative tolerance of 1e-9, or
 * 0.5% when either side is approximate (fraction words). The qualifier is
 * scored apart, over the correct mentions, so that "at least 40" read as
 * "40" costs qualifier accuracy, not recall.
 */
import type { QuantityMatch } from './types';

/** A labelled mention: the truth the scanner's QuantityMatch is scored against. */
export interface ExpectedMention extends Pick<
  QuantityMatch,
  'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'approximate'
> {
  /** Verbatim text of the mention; located in the case text in order. */
  mention: string;
}

export interface EvaluationCase {
  text: string;
  expected: ExpectedMention[];
  domain?: string;
}

export interface Miss {
  text: string;
  expected: ExpectedMention;
  /** Overlapping mentions the scanner found, with the wrong numbers. */
  near: QuantityMatch[];
  /** The expected mention does not occur in the text: a labelling error. */
  unlocated?: boolean;
}

export interface Spurious {
  text: string;
  found: QuantityMatch;
}

export interface WrongQualifier {
  text: string;
  expected: ExpectedMention;
  found: QuantityMatch;
}

export interface Evaluation {
  /** Expected mentions. */
  mentions: number;
  /** Mentions the scanner returned. */
  found: number;
  /** Found mentions that match an expected one. */
  correct: number;
  precision: number;
  recall: number;
  /** Share of correct mentions with the expected qualifier. */
  qualifierAccuracy: number;
  /** Share of correct mentions with a labelled unit that got that unit. */
  unitAccuracy: number;
  misses: Miss[];
  spurious: Spurious[];
  wrongQualifiers: WrongQualifier[];
}

interface Located {
  expected: ExpectedMention;
  start: number;
  end: number;
  matched: boolean;
}

function numbersOf(x: { value?: number; low?: number; high?: number }): number[] {
  return [x.low, x.value, x.high]
    .filter((n): n is number => typeof n === 'number')
    .sort((a, b) => a - b);
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

export function sameNumbers(expected: ExpectedMention, found: QuantityMatch): boolean {
  const e = numbersOf(expected);
  const f = numbersOf(found);
  if (e.length !== f.length) return false;
  const tolerance = expected.approximate || found.approximate ? 0.005 : 1e-9;
  return e.every((n, k) => close(n, f[k]!, tolerance));
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The next copy of `mention` from `from` that is not inside a longer word or number ("33" in "339"). */
function find(text: string, mention: string, from: number): number {
  let at = text.indexOf(mention, from);
  const first = at;
  while (at !== -1) {
    const before = isWordChar(text[at - 1]) && isWordChar(mention[0]);
    const after = isWordChar(text[at + mention.length]) && isWordChar(mention[mention.length - 1]);
    if (!before && !after) return at;
    at = text.indexOf(mention, at + 1);
  }
  return first;
}

/** Each expected mention's span, searching on from the previous copy of the same text. */
function locate(text: string, expected: ExpectedMention[]): (Located | undefined)[] {
  const nextFrom = new Map<string, number>();
  return expected.map((e) => {
    const at = find(text, e.mention, nextFrom.get(e.mention) ?? 0);
    if (at === -1 || e.mention === '') return undefined;
    nextFrom.set(e.mention, at + 1);
    return { expected: e, start: at, end: at + e.mention.length, matched: false };
  });
}

export function evaluate(
  cases: readonly EvaluationCase[],
  scan: (text: string) => QuantityMatch[],
): Evaluation {
  let mentions = 0;
  let found = 0;
  let correct = 0;
  let rightQualifier = 0;
  let unitLabelled = 0;
  let rightUnit = 0;
  const misses: Miss[] = [];
  const spurious: Spurious[] = [];
  const wrongQualifiers: WrongQualifier[] = [];
  for (const c of cases) {
    const located = locate(c.text, c.expected);
    const results = scan(c.text);
    mentions += c.expected.length;
    found += results.length;
    for (const f of results) {
      const hit = located.find(
        (l) => l && !l.matched && l.start < f.end && f.start < l.end && sameNumbers(l.expected, f),
      );
      if (!hit) {
        spurious.push({ text: c.text, found: f });
        continue;
      }
      hit.matched = true;
      correct++;
      if (hit.expected.qualifier === f.qualifier) rightQualifier++;
      else wrongQualifiers.push({ text: c.text, expected: hit.expected, found: f });
      if (hit.expected.unit !== undefined) {
        unitLabelled++;
        if (hit.expected.unit === f.unit) rightUnit++;
      }
    }
    located.forEach((l, k) => {
      if (l?.matched) return;
      const expected = c.expected[k]!;
      const near = l ? results.filter((f) => l.start < f.end && f.start < l.end) : [];
      misses.push({ text: c.text, expected, near, ...(l ? {} : { unlocated: true }) });
    });
  }
  return {
    mentions,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: mentions === 0 ? 1 : correct / mentions,
    qualifierAccuracy: correct === 0 ? 1 : rightQualifier / correct,
    unitAccuracy: unitLabelled === 0 ? 1 : rightUnit / unitLabelled,
    misses,
    spurious,
    wrongQualifiers,
  };
}
