import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../src/model/quantity';
import { evaluate } from '../extraction/score';
import type { Evaluation, EvaluationCase } from '../extraction/score';

const FIXTURE = new URL('../fixtures/quantities.jsonl', import.meta.url);

function loadCases(): EvaluationCase[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvaluationCase);
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function report(e: Evaluation): string {
  const lines: string[] = [];
  for (const m of e.misses) {
    const near = m.near.map((f) => `${f.mention} ${JSON.stringify(statedOf(f))}`).join('; ');
    lines.push(
      `miss${m.unlocated ? ' (mention not in text)' : ''}: "${m.expected.mention}" ${JSON.stringify(statedOf(m.expected))} in: ${m.text}${near ? ` (found ${near})` : ''}`,
    );
  }
  for (const s of e.spurious) {
    lines.push(`spurious: "${s.found.mention}" ${JSON.stringify(statedOf(s.found))} in: ${s.text}`);
  }
  for (const w of e.wrongQualifiers) {
    lines.push(
      `qualifier: "${w.found.mention}" read as ${w.found.qualifier}, labelled ${w.expected.qualifier}`,
    );
  }
  return lines.join('\n');
}

function statedOf(x: { value?: number; low?: number; high?: number; qualifier: string }) {
  return { qualifier: x.qualifier, value: x.value, low: x.low, high: x.high };
}

describe('the labelled quantity fixtures', () => {
  const cases = loadCases();

  it('holds at least 150 sentences from several domains', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.domain)).size).toBeGreaterThanOrEqual(6);
  });

  it('are read by scanQuantities with high recall, precision and qualifier accuracy', () => {
    const e = evaluate(cases, (text) => scanQuantities(text));
    console.log(
      `quantity fixtures: ${cases.length} sentences, ${e.mentions} mentions, ${e.found} found, ${e.correct} correct; precision ${percent(e.precision)}, recall ${percent(e.recall)}, qualifier accuracy ${percent(e.qualifierAccuracy)}, unit accuracy ${percent(e.unitAccuracy)}`,
    );
    const details = report(e);
    expect(
      e.misses.filter((m) => m.unlocated),
      details,
    ).toEqual([]);
    expect(e.recall, details).toBeGreaterThanOrEqual(0.98);
    expect(e.precision, details).toBeGreaterThanOrEqual(0.95);
    expect(e.qualifierAccuracy, details).toBeGreaterThanOrEqual(0.95);
  });
});
