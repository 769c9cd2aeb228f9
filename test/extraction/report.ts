/**
 * The extraction report as markdown: the scorer's figures for a part overall,
 * per construct and per domain, and (for the tuning part only) its errors.
 */
import type { DevCase } from './devset';
import { evaluate } from './score';
import type { Evaluation, ExpectedFigure, Figure, Proposal } from './score';

export interface Group {
  name: string;
  sentences: number;
  evaluation: Evaluation;
}

/** Sentences with no labelled quantity: only precision can suffer there. */
export const NO_QUANTITY = '(no quantity)';

const byText = (proposals: ReadonlyMap<string, readonly Proposal[]>) => (text: string) =>
  proposals.get(text) ?? [];

/** The cases grouped by a key (a case may fall in several groups), each group scored. */
export function groups(
  cases: readonly DevCase[],
  proposals: ReadonlyMap<string, readonly Proposal[]>,
  keys: (c: DevCase) => readonly string[],
): Group[] {
  const members = new Map<string, DevCase[]>();
  for (const c of cases) {
    for (const key of keys(c)) members.set(key, [...(members.get(key) ?? []), c]);
  }
  return [...members.keys()].sort().map((name) => {
    const group = members.get(name)!;
    return { name, sentences: group.length, evaluation: evaluate(group, byText(proposals)) };
  });
}

export function overall(
  name: string,
  cases: readonly DevCase[],
  proposals: ReadonlyMap<string, readonly Proposal[]>,
): Group {
  return { name, sentences: cases.length, evaluation: evaluate(cases, byText(proposals)) };
}

export const byConstruct = (c: DevCase): string[] =>
  c.expected.length === 0 ? [...c.constructs, NO_QUANTITY] : c.constructs;
export const byDomain = (c: DevCase): string[] => [c.domain];

const percent = (x: number) => (100 * x).toFixed(1);
/** A share, or a dash where it has nothing to count (recall over no labelled figure). */
const share = (x: number, over: number) => (over === 0 ? '–' : percent(x));

/** One markdown table: a row per group, every figure of the scorer. */
export function table(heading: string, rows: readonly Group[]): string {
  const head = [
    heading,
    'sentences',
    'figures',
    'proposed',
    'precision',
    'recall',
    'F1',
    'value+unit F1',
    'qualifier',
    'change',
    'movements',
  ];
  const body = rows.map(({ name, sentences, evaluation: e }) => [
    name,
    String(sentences),
    String(e.mentions),
    String(e.found),
    share(e.precision, e.found),
    share(e.recall, e.mentions),
    share(e.f1, e.mentions),
    share(e.valueUnitF1, e.mentions),
    share(e.qualifierAccuracy, e.correct),
    share(e.changeAccuracy, e.correct),
    e.movements === 0 ? '–' : `${e.movementsRight}/${e.movements}`,
  ]);
  return markdown(head, body);
}

/**
 * Two parts side by side, F1 and value+unit F1 per group: the README's
 * construct table. A group with no labelled figure shows how many figures
 * were proposed there, all of them wrong.
 */
export function comparison(
  heading: string,
  tune: readonly Group[],
  test: readonly Group[],
): string {
  const names = [...new Set([...tune, ...test].map((g) => g.name))].sort();
  const cells = (g: Group | undefined): string[] => {
    if (!g) return ['0', '–', '–'];
    const e = g.evaluation;
    if (e.mentions === 0) return [String(g.sentences), `${e.found} proposed`, '–'];
    return [String(g.sentences), percent(e.f1), percent(e.valueUnitF1)];
  };
  const head = [
    heading,
    'tune sentences',
    'tune F1',
    'tune value+unit F1',
    'test sentences',
    'test F1',
    'test value+unit F1',
  ];
  return markdown(
    head,
    names.map((name) => [
      name,
      ...cells(tune.find((g) => g.name === name)),
      ...cells(test.find((g) => g.name === name)),
    ]),
  );
}

function markdown(head: readonly string[], body: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = `| ${head.map((_, k) => (k > 0 ? '--:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

function stated(x: Figure & { qualifier?: string; unit?: string | null }): string {
  const numbers = [x.low, x.value, x.high].filter((n) => typeof n === 'number').join('–');
  return [x.qualifier, numbers, x.unit].filter(Boolean).join(' ');
}

const said = (e: ExpectedFigure) => `"${e.mention}" (${stated(e)})`;
function proposed(p: Proposal): string {
  const from = typeof p.from === 'number' ? String(p.from) : p.from ? stated(p.from) : '';
  return `"${p.mention ?? ''}" (${stated(p)}${p.change ? `, ${p.change}` : ''}${from ? ` from ${from}` : ''})`;
}

/** Every error of an evaluation, one per line, to guide tuning. Never for the test part. */
export function errors(e: Evaluation): string {
  const lines: string[] = [];
  for (const m of e.misses) {
    const near = m.near.map(proposed).join('; ');
    lines.push(
      `miss${m.unlocated ? ' (label not in text)' : ''}: ${said(m.expected)}${near ? `, proposed ${near}` : ''} in: ${m.text}`,
    );
  }
  for (const s of e.spurious) {
    const what =
      s.figure === s.found ? proposed(s.found) : `from ${stated(s.figure)} of ${proposed(s.found)}`;
    lines.push(`spurious: ${what} in: ${s.text}`);
  }
  for (const w of e.wrongQualifiers) {
    lines.push(`qualifier: ${said(w.expected)} proposed ${proposed(w.found)} in: ${w.text}`);
  }
  for (const w of e.wrongUnits) {
    lines.push(`unit: ${said(w.expected)} proposed ${proposed(w.found)} in: ${w.text}`);
  }
  for (const w of e.wrongMovements) {
    const from = w.expected.from ? ` from ${stated(w.expected.from)}` : '';
    lines.push(
      `movement: ${said(w.expected)} ${w.expected.change}${from}, proposed ${proposed(w.found)} in: ${w.text}`,
    );
  }
  return lines.join('\n');
}
