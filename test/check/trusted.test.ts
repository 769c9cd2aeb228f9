import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import { citationSummary } from '../../src/model/check/dataset';
import type { DatasetInput } from '../../src/model/check/dataset';
import { fingerprint } from '../../src/model/text/fingerprint';
import { CLAIM_ROW, claimsCsv, datasetInput, SOURCE_ROW, sourcesCsv } from '../support/dataset';

/** The same check, once reading the texts and once from the summary of a full check. */
function bothWays(input: DatasetInput) {
  const full = checkDataset(input);
  const summary = citationSummary(full, 'any');
  const trusted = checkDataset({ ...input, texts: new Map() }, { citations: summary.problems });
  return { full, trusted };
}

describe('checkDataset with the citations of an earlier check', () => {
  test.each([
    ['the shipped corpus', loadDatasetInput('claims')],
    [
      'a quote with a straight apostrophe',
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, quote: "it's unclear" }) }),
    ],
    [
      'a wrong number and a bad qualifier',
      datasetInput({
        claims: claimsCsv(
          { ...CLAIM_ROW, high: '41' },
          { ...CLAIM_ROW, id: 'b', qualifier: 'nope' },
        ),
      }),
    ],
    [
      'a source without its text',
      datasetInput({
        sources: sourcesCsv(SOURCE_ROW, { ...SOURCE_ROW, id: 'gone' }),
        claims: claimsCsv(CLAIM_ROW, { ...CLAIM_ROW, id: 'c2', source_id: 'gone' }),
      }),
    ],
  ])('gives the same claims and problems as reading the texts, for %s', (_name, input) => {
    const { full, trusted } = bothWays(input);
    expect(trusted.claims.map((c) => c.id)).toEqual(full.claims.map((c) => c.id));
    expect(trusted.sources.map((s) => s.id)).toEqual(full.sources.map((s) => s.id));
    expect(trusted.problems).toEqual(full.problems);
  });

  test('citationSummary keeps only the problems that need the texts', () => {
    const input = datasetInput({
      claims: claimsCsv({ ...CLAIM_ROW, category: 'weather', high: '41' }),
    });
    const codes = citationSummary(checkDataset(input), 'x').problems.map((p) => p.code);
    expect(codes).toEqual(['value-mismatch']);
  });
});

describe('fingerprint', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  test('fingerprint is stable and changes with any byte or boundary', () => {
    expect(fingerprint(bytes('a,b\n'), bytes('c'))).toBe(fingerprint(bytes('a,b\n'), bytes('c')));
    expect(fingerprint(bytes('a,b\n'), bytes('c'))).not.toBe(
      fingerprint(bytes('a,c\n'), bytes('c')),
    );
    expect(fingerprint(bytes('ab'), bytes('c'))).not.toBe(fingerprint(bytes('a'), bytes('bc')));
    expect(fingerprint(bytes(''))).toMatch(/^[0-9a-f]{16}$/);
  });

  test('the build’s data/check.json belongs to the canonical CSV files it publishes', () => {
    const summary = JSON.parse(readFileSync('dist/data/check.json', 'utf8')) as {
      fingerprint: string;
    };
    const print = fingerprint(
      readFileSync('dist/data/canonical/claims.csv'),
      readFileSync('dist/data/canonical/sources.csv'),
    );
    expect(summary.fingerprint).toBe(print);
  });
});
