/**
 * Sentences written for the grammar of issue 15's classes and labelled by
 * docs/extraction-rules.md before the grammar was run on them, then never
 * tuned on: a check that the classes generalise beyond the sentences the
 * grammar grew from. The thresholds were set before the first run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../src/model/quantity';
import { evaluate } from '../extraction/score';
import type { EvaluationCase } from '../extraction/score';

const cases = readFileSync(new URL('./held-out.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as EvaluationCase);

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('the held-out sentences of the grammar’s classes', () => {
  it('holds sentences of every domain the issue names, some with no quantity', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.domain)).size).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('are read with value F1 of at least 90% and value+unit F1 of at least 85%', () => {
    const e = evaluate(cases, (text) => scanQuantities(text));
    console.log(
      `held-out class sentences: ${cases.length} sentences, ${e.mentions} figures, ${e.found} proposed; precision ${percent(e.precision)}, recall ${percent(e.recall)}, F1 ${percent(e.f1)}, value+unit F1 ${percent(e.valueUnitF1)}, qualifier ${percent(e.qualifierAccuracy)}, change ${percent(e.changeAccuracy)}, movements ${e.movementsRight}/${e.movements}`,
    );
    expect(e.misses.filter((m) => m.unlocated)).toEqual([]);
    expect(e.f1).toBeGreaterThanOrEqual(0.9);
    expect(e.valueUnitF1).toBeGreaterThanOrEqual(0.85);
  });
});
