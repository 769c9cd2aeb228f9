/**
 * Scores proposed quantity mentions against labelled sentences, as
 * docs/extraction-rules.md section 8 describes: value-level precision, recall
 * and F1 over figures, value+unit F1, qualifier accuracy and movement
 * (change/from) accuracy.
 *
 * A proposed figure matches an expected one when their spans overlap and they
 * state the same numbers (value/low/high, whichever are set, compared as a
 * sorted list) within a relative tolerance of 1e-9, or 0.5% when either side
 * is approximate (fraction words). The qualifier, unit and change are scored
 * apart, over the matches, so that "at least 40" read as "40" costs qualifier
 * accuracy, not recall. A movement's earlier figure (`from`) is a figure of
 * its own: found whether it is proposed as the `from` of the right proposal or
 * as a proposal by itself.
 */

/** The numbers of a figure: which are set depends on its qualifier. */
export interface Figure {
  value?: number;
  low?: number;
  high?: number;
  /** The figure came from a fraction word (two-thirds = 66.666…%): allow rounding. */
  approximate?: boolean;
}

/** A labelled figure: the truth a proposal is scored against. */
export interface ExpectedFigure extends Figure {
  /** Verbatim text of the mention; located in the case text in order. */
  mention: string;
  qualifier: string;
  unit?: string;
}

export type Change = 'up' | 'down';

/** A labelled mention: a figure, and for a movement its direction and earlier level. */
export interface ExpectedMention extends ExpectedFigure {
  change?: Change;
  from?: ExpectedFigure;
}

export interface EvaluationCase {
  text: string;
  expected: ExpectedMention[];
  domain?: string;
}

/** A movement's earlier figure as a proposal gives it: a number, or a figure with an optional span. */
export type ProposedFrom =
  number | (Figure & { qualifier?: string; unit?: string | null; start?: number; end?: number });

/**
 * What an extractor proposes: `claims extract --json` fields, or a
 * QuantityMatch of the grammar. Offsets are into the case text.
 */
export interface Proposal extends Figure {
  start: number;
  end: number;
  mention?: string;
  qualifier: string;
  unit?: string | null;
  change?: string | null;
  from?: ProposedFrom | null;
}

export interface Miss {
  text: string;
  expected: ExpectedFigure;
  /** Overlapping proposals with the wrong numbers. */
  near: Proposal[];
  /** The expected mention does not occur in the text: a labelling error. */
  unlocated?: boolean;
}

export interface Spurious {
  text: string;
  found: Proposal;
  /** The figure that did not match: the proposal's own or its `from`. */
  figure: Figure;
}

export interface WrongField {
  text: string;
  expected: ExpectedFigure;
  found: Proposal;
}

export interface WrongMovement {
  text: string;
  expected: ExpectedMention;
  found: Proposal;
}

export interface Evaluation {
  /** Expected figures: labelled mentions and their `from` figures. */
  mentions: number;
  /** Proposed figures: proposals and the `from` figures they carry. */
  found: number;
  /** Matched figures (the same on both sides). */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched figures with the same unit (no unit, null and `items` alike). */
  unitCorrect: number;
  valueUnitF1: number;
  /** Share of matched figures with the labelled unit. */
  unitAccuracy: number;
  /** Share of matched figures with the labelled qualifier. */
  qualifierAccuracy: number;
  /** Share of matched labelled mentions (not `from` figures) with the labelled change. */
  changeAccuracy: number;
  /** Labelled mentions with a change. */
  movements: number;
  /** Of those: matched with the same change and, where labelled, the same `from`. */
  movementsRight: number;
  misses: Miss[];
  spurious: Spurious[];
  wrongQualifiers: WrongField[];
  wrongUnits: WrongField[];
  wrongMovements: WrongMovement[];
}

interface Located {
  expected: ExpectedFigure;
  start: number;
  end: number;
  matched: boolean;
  /** For a `from` figure: the located mention it belongs to. */
  parent?: Located;
  /** For a labelled mention: the proposal matched to it. */
  match?: Proposal;
}

function numbersOf(x: Figure): number[] {
  return [x.low, x.value, x.high]
    .filter((n): n is number => typeof n === 'number')
    .sort((a, b) => a - b);
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

export function sameNumbers(expected: Figure, found: Figure): boolean {
  const e = numbersOf(expected);
  const f = numbersOf(found);
  if (e.length !== f.length || e.length === 0) return false;
  const tolerance = expected.approximate || found.approximate ? 0.005 : 1e-9;
  return e.every((n, k) => close(n, f[k]!, tolerance));
}

/** No unit, null and `items` all say "a count with no unit". */
export function sameUnit(expected: string | undefined, found: string | null | undefined): boolean {
  const norm = (u: string | null | undefined) => (u === 'items' || !u ? '' : u);
  return norm(expected) === norm(found);
}

function sameChange(expected: Change | undefined, found: string | null | undefined): boolean {
  return (expected ?? '') === (found ?? '');
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

/**
 * Each expected figure's span, searching on from the previous copy of the
 * same text: the mentions in order, then the `from` figures in order.
 * Undefined where the mention is not in the text.
 */
export function locate(
  text: string,
  expected: readonly ExpectedMention[],
): { mentions: (Located | undefined)[]; froms: (Located | undefined)[] } {
  const nextFrom = new Map<string, number>();
  const place = (e: ExpectedFigure, parent?: Located): Located | undefined => {
    if (e.mention === '') return undefined;
    const at = find(text, e.mention, nextFrom.get(e.mention) ?? 0);
    if (at === -1) return undefined;
    nextFrom.set(e.mention, at + 1);
    return { expected: e, start: at, end: at + e.mention.length, matched: false, parent };
  };
  const mentions = expected.map((e) => place(e));
  const froms = expected.map((e, k) => (e.from ? place(e.from, mentions[k]) : undefined));
  return { mentions, froms };
}

const overlaps = (l: Located, start: number, end: number) => l.start < end && start < l.end;

/** A proposal's `from` as a figure with a span: its own span if it has one, else the proposal's. */
function proposedFrom(
  p: Proposal,
): (Figure & { start: number; end: number; qualifier: string; unit?: string | null }) | undefined {
  const f = p.from;
  if (f === undefined || f === null) return undefined;
  if (typeof f === 'number')
    return { value: f, start: p.start, end: p.end, qualifier: 'exact', unit: p.unit };
  return {
    ...f,
    start: f.start ?? p.start,
    end: f.end ?? p.end,
    qualifier: f.qualifier ?? 'exact',
    unit: f.unit === undefined ? p.unit : f.unit,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate(
  cases: readonly EvaluationCase[],
  propose: (text: string) => readonly Proposal[],
): Evaluation {
  let mentions = 0;
  let found = 0;
  let correct = 0;
  let unitCorrect = 0;
  let rightQualifier = 0;
  let changeScored = 0;
  let rightChange = 0;
  let movements = 0;
  let movementsRight = 0;
  const misses: Miss[] = [];
  const spurious: Spurious[] = [];
  const wrongQualifiers: WrongField[] = [];
  const wrongUnits: WrongField[] = [];
  const wrongMovements: WrongMovement[] = [];

  for (const c of cases) {
    const { mentions: located, froms } = locate(c.text, c.expected);
    const all = [...located, ...froms].filter((l): l is Located => l !== undefined);
    const proposals = propose(c.text);
    mentions += c.expected.length + c.expected.filter((e) => e.from).length;

    const score = (
      l: Located,
      p: Proposal,
      figure: { qualifier: string; unit?: string | null },
    ) => {
      l.matched = true;
      correct++;
      if (l.expected.qualifier === figure.qualifier) rightQualifier++;
      else wrongQualifiers.push({ text: c.text, expected: l.expected, found: p });
      const unit = l.expected.unit ?? l.parent?.expected.unit;
      if (sameUnit(unit, figure.unit)) unitCorrect++;
      else wrongUnits.push({ text: c.text, expected: l.expected, found: p });
    };

    for (const p of proposals) {
      found++;
      const hit = all.find(
        (l) => !l.matched && overlaps(l, p.start, p.end) && sameNumbers(l.expected, p),
      );
      if (hit) {
        score(hit, p, p);
        if (!hit.parent) hit.match = p;
      } else {
        spurious.push({ text: c.text, found: p, figure: p });
      }
      const from = proposedFrom(p);
      if (!from) continue;
      found++;
      const fromHit =
        froms.find(
          (l) => l && !l.matched && hit && l.parent === hit && sameNumbers(l.expected, from),
        ) ??
        froms.find(
          (l) =>
            l && !l.matched && overlaps(l, from.start, from.end) && sameNumbers(l.expected, from),
        );
      if (fromHit) score(fromHit, p, from);
      else spurious.push({ text: c.text, found: p, figure: from });
    }

    c.expected.forEach((e, k) => {
      const l = located[k];
      if (l?.match) {
        changeScored++;
        if (sameChange(e.change, l.match.change)) rightChange++;
      }
      if (!e.change) return;
      movements++;
      const p = l?.match;
      const fromRight =
        !e.from ||
        (p !== undefined && proposedFrom(p) !== undefined && sameNumbers(e.from, proposedFrom(p)!));
      if (p && sameChange(e.change, p.change) && fromRight) movementsRight++;
      else if (p) wrongMovements.push({ text: c.text, expected: e, found: p });
    });

    const missed = (l: Located | undefined, e: ExpectedFigure) => {
      if (l?.matched) return;
      const near = l ? proposals.filter((p) => overlaps(l, p.start, p.end)) : [];
      misses.push({ text: c.text, expected: e, near, ...(l ? {} : { unlocated: true }) });
    };
    c.expected.forEach((e, k) => {
      missed(located[k], e);
      if (e.from) missed(froms[k], e.from);
    });
  }

  const precision = ratio(correct, found);
  const recall = ratio(correct, mentions);
  return {
    mentions,
    found,
    correct,
    precision,
    recall,
    f1: harmonic(precision, recall),
    unitCorrect,
    valueUnitF1: harmonic(ratio(unitCorrect, found), ratio(unitCorrect, mentions)),
    unitAccuracy: ratio(unitCorrect, correct),
    qualifierAccuracy: ratio(rightQualifier, correct),
    changeAccuracy: ratio(rightChange, changeScored),
    movements,
    movementsRight,
    misses,
    spurious,
    wrongQualifiers,
    wrongUnits,
    wrongMovements,
  };
}
