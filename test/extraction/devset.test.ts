import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import datapackage from '../../claims/datapackage.json';
import { QUALIFIERS, UNITS } from '../../src/model/schema';
import {
  devsetFile,
  documentedConstructs,
  documentedUnits,
  loadPart,
  parseLines,
  partOf,
  PARTS,
  VARIETIES,
} from './devset';
import type { DevCase } from './devset';
import { locate } from './score';
import type { ExpectedFigure } from './score';

/** Which of value/low/high each qualifier fills: the schema's own rule. */
const claimFields = datapackage.resources.find((r) => r.name === 'claims')!.schema.fields;
const NUMBERS = (
  claimFields.find((f) => f.name === 'qualifier') as { numbers: Record<string, string[]> }
).numbers;

const all: { part: string; c: DevCase }[] = PARTS.flatMap((part) =>
  loadPart(part).map((c) => ({ part, c })),
);
const units = documentedUnits();
const constructs = documentedConstructs();

/** What is wrong with one labelled figure, or nothing. */
function figureProblems(e: ExpectedFigure): string[] {
  const problems: string[] = [];
  if (typeof e.mention !== 'string' || e.mention === '') problems.push('empty mention');
  if (!(QUALIFIERS as readonly string[]).includes(e.qualifier)) {
    problems.push(`qualifier "${e.qualifier}" is not one of the project's`);
    return problems;
  }
  const filled = (['value', 'low', 'high'] as const).filter((k) => e[k] !== undefined);
  const wanted = NUMBERS[e.qualifier]!;
  if (filled.join() !== wanted.join()) {
    problems.push(
      `${e.qualifier} fills ${wanted.join('+')}, the label has ${filled.join('+') || 'none'}`,
    );
  }
  for (const k of filled) if (!Number.isFinite(e[k])) problems.push(`${k} is not a number`);
  if (e.low !== undefined && e.high !== undefined && !(e.low < e.high))
    problems.push('low is not below high');
  if (e.unit !== undefined && !units.has(e.unit)) {
    problems.push(`unit "${e.unit}" is not in docs/extraction-rules.md`);
  }
  return problems;
}

function caseProblems(c: DevCase): string[] {
  const problems: string[] = [];
  if (typeof c.text !== 'string' || c.text.trim() === '') return ['no text'];
  if (typeof c.domain !== 'string' || c.domain === '') problems.push('no domain');
  if (!(VARIETIES as readonly string[]).includes(c.variety))
    problems.push(`variety "${c.variety}"`);
  if (!Array.isArray(c.constructs) || c.constructs.length === 0) problems.push('no construct tag');
  for (const t of c.constructs ?? []) {
    if (!constructs.has(t)) problems.push(`construct "${t}" is not in docs/extraction-rules.md`);
  }
  if (!Array.isArray(c.expected)) return [...problems, 'expected is not a list'];
  for (const e of c.expected) {
    problems.push(...figureProblems(e).map((p) => `"${e.mention}": ${p}`));
    if (e.change !== undefined && e.change !== 'up' && e.change !== 'down') {
      problems.push(`"${e.mention}": change "${e.change}"`);
    }
    if (e.from) {
      if (!e.change) problems.push(`"${e.mention}": a from without a change`);
      problems.push(...figureProblems(e.from).map((p) => `"${e.mention}" from: ${p}`));
    }
  }
  const { mentions, froms } = locate(c.text, c.expected);
  c.expected.forEach((e, k) => {
    if (!mentions[k]) problems.push(`"${e.mention}" does not occur in the sentence`);
    if (e.from && !froms[k])
      problems.push(`from "${e.from.mention}" does not occur in the sentence`);
  });
  return problems;
}

describe('the extraction development set', () => {
  it('parses: every line of both parts is a JSON object', () => {
    for (const part of PARTS) {
      const errors = parseLines(readFileSync(devsetFile(part), 'utf8')).filter((p) => p.error);
      expect(errors.map((p) => `${part}.jsonl:${p.line}: ${p.error}`)).toEqual([]);
    }
  });

  it('holds at least 1,000 sentences across domains and every variety of English', () => {
    expect(all.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(all.map(({ c }) => c.domain)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map(({ c }) => c.variety))).toEqual(new Set(VARIETIES));
  });

  it('has sentences with no quantity as well as labelled ones', () => {
    const empty = all.filter(({ c }) => c.expected.length === 0).length;
    expect(empty / all.length).toBeGreaterThan(0.15);
    expect(empty / all.length).toBeLessThan(0.5);
  });

  it('is labelled by the rules: mentions occur in their sentence, units and tags are documented, numbers fit the qualifier', () => {
    const problems = all.flatMap(({ part, c }) =>
      caseProblems(c).map((p) => `${part}: ${p} in: ${c.text}`),
    );
    expect(problems).toEqual([]);
  });

  it('finds a bad label: a mention not in its sentence, an unknown unit, numbers that do not fit', () => {
    const bad: DevCase = {
      text: 'Sales rose 5pc to £3bn.',
      domain: 'business',
      variety: 'uk',
      constructs: ['percent_forms', 'no_such_tag'],
      expected: [
        { mention: '5 pc', value: 5, qualifier: 'exact', unit: 'percent' },
        { mention: '£3bn', low: 3e9, qualifier: 'exact', unit: 'pounds' },
        {
          mention: '5pc',
          low: 6,
          high: 5,
          qualifier: 'range',
          from: { mention: '£9bn', value: 9e9, qualifier: 'exact' },
        },
      ],
    };
    expect(caseProblems(bad)).toEqual([
      'construct "no_such_tag" is not in docs/extraction-rules.md',
      '"£3bn": exact fills value, the label has low',
      '"£3bn": unit "pounds" is not in docs/extraction-rules.md',
      '"5pc": low is not below high',
      '"5pc": a from without a change',
      '"5 pc" does not occur in the sentence',
      'from "£9bn" does not occur in the sentence',
    ]);
  });

  it('exercises every construct tag and many units', () => {
    const used = new Set(all.flatMap(({ c }) => c.constructs));
    expect([...constructs].filter((t) => !used.has(t))).toEqual([]);
    const labelled = new Set(all.flatMap(({ c }) => c.expected.map((e) => e.unit)));
    expect(labelled.size).toBeGreaterThanOrEqual(60);
  });

  it('has each sentence once, in the part its hash names', () => {
    const texts = all.map(({ c }) => c.text);
    expect(texts.length - new Set(texts).size).toBe(0);
    const misplaced = all
      .filter(({ part, c }) => partOf(c.text) !== part)
      .map(({ part, c }) => `in ${part}.jsonl, belongs in ${partOf(c.text)}.jsonl: ${c.text}`);
    expect(misplaced).toEqual([]);
  });

  it('splits about 60/40 between tune and test', () => {
    const tune = all.filter(({ part }) => part === 'tune').length;
    expect(tune / all.length).toBeGreaterThan(0.55);
    expect(tune / all.length).toBeLessThan(0.65);
  });
});

describe('the unit list of docs/extraction-rules.md', () => {
  it("includes the project's own units", () => {
    expect(UNITS.filter((u) => !units.has(u))).toEqual([]);
  });

  it('extends them with currency codes and SI and common units', () => {
    for (const u of [
      'usd',
      'gbp',
      'eur',
      'aud',
      'hkd',
      'myr',
      'jpy',
      'inr',
      'gb',
      'mbps',
      'khz',
      'kg',
      'g',
      'lb',
      'l',
      'w',
      'hp',
      'mph',
      'sq_ft',
      'celsius',
    ]) {
      expect(units, u).toContain(u);
    }
  });
});

describe('partOf(text)', () => {
  it('is a pure function of the text', () => {
    const text = 'Shares in the miner fell 3pc to 212p.';
    expect(partOf(text)).toBe(partOf(`${text}`));
    expect(partOf(text.slice(0))).toBe(partOf(text));
  });

  it('keeps the split it was made with (SHA-256, first 32 bits, below 0.6 is tune)', () => {
    // sha256("a") starts ca978112 (0.79 of 2^32); sha256("b") starts 3e23e816 (0.24).
    expect(partOf('a')).toBe('test');
    expect(partOf('b')).toBe('tune');
  });
});
