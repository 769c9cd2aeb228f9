import { describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import { scanQuantities } from '../../src/model/quantity';
import { corpusCases } from '../extraction/corpus-cases';
import { evaluate } from '../extraction/score';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('the extractor on the curated corpus', () => {
  const dataset = checkDataset(loadDatasetInput('claims'));
  const cases = corpusCases(dataset);

  test('corpusCases labels every curated claim', () => {
    const labelled = cases.reduce((n, c) => n + c.expected.length, 0);
    expect(labelled).toBeGreaterThanOrEqual(dataset.claims.length);
  });

  test('scanQuantities finds the curated mentions with the targets’ precision and recall', () => {
    const e = evaluate(cases, (text) => scanQuantities(text));
    console.log(
      `curated corpus: ${cases.length} sentences, ${e.mentions} mentions, ${e.found} found, ${e.correct} correct; precision ${percent(e.precision)}, recall ${percent(e.recall)}, qualifier accuracy ${percent(e.qualifierAccuracy)}`,
    );
    const details = [
      ...e.misses.map((m) => `miss: "${m.expected.mention}" in: ${m.text}`),
      ...e.spurious.map((s) => `spurious: "${s.found.mention}" in: ${s.text}`),
    ].join('\n');
    expect(e.recall, details).toBeGreaterThanOrEqual(0.98);
    expect(e.precision, details).toBeGreaterThanOrEqual(0.95);
    expect(e.qualifierAccuracy, details).toBeGreaterThanOrEqual(0.95);
  });
});
