/**
 * Data far larger than any newsroom curates by hand, generated at test time:
 * every problem is reported and nothing crashes. A function call takes only
 * so many arguments (about 120,000 in Node), so no list that grows with the
 * data may be spread into one (`problems.push(...all)`, `Math.max(...numbers)`).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logByDefault } from '../../src/charts/scale';
import { sourceLine } from '../../src/charts/labels';
import { checkDataset } from '../../src/model/check/dataset';
import type { Problem } from '../../src/model/problem';
import type { Source } from '../../src/model/claim';
import { claim } from '../charts/synthetic';
import { runCli } from '../support/cli';
import { CLAIM_ROW, datasetInput, SOURCE_ROW, writeClaimsFolder } from '../support/dataset';

/** More than a call's arguments, so a spread of them would throw. */
const MANY = 150_000;
/** Two problems each (a missing cell, and the id "x" used again): 160,000 problems. */
const LINES = 80_000;
/** Generous: the machine these tests run on is shared. */
const SLOW = 60_000;
const HEADER = Object.keys(CLAIM_ROW).join(',');

describe(`a claims.csv of ${LINES} lines of "x"`, () => {
  let dir: string;
  beforeAll(() => {
    dir = writeClaimsFolder(`${HEADER}\n${'x\n'.repeat(LINES)}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('claims check reports every line and exits 1', { timeout: SLOW }, async () => {
    const run = await runCli('check', dir);
    expect(run.err).toBe(`${(2 * LINES - 1).toLocaleString('en-US')} problems in ${dir}`);
    expect(run.code).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(2 * LINES - 1);
    expect(lines[0]).toMatch(
      /claims\.csv:2:2: missing-cell: row has 1 cells but the header has 16/,
    );
    expect(lines.at(-1)).toMatch(new RegExp(`claims\\.csv:${LINES + 1}:2: missing-cell`));
  });
});

test(
  'checkDataset takes more citation problems of an earlier check than a call takes arguments',
  { timeout: SLOW },
  () => {
    const input = datasetInput();
    // As many text problems as the dashboard may be handed, all on one line.
    const onOneLine: Problem[] = Array.from({ length: MANY }, (_, i) => ({
      file: 'claims/claims.csv',
      line: 2,
      column: 1,
      code: 'quote-not-found',
      message: `problem ${i}`,
    }));
    const trusted = checkDataset({ ...input, texts: new Map() }, { citations: onOneLine });
    expect(trusted.problems).toHaveLength(MANY);
    expect(trusted.claims).toEqual([]);
  },
);

describe('charts of more claims and sources than a call takes arguments', () => {
  test('logByDefault weighs every figure', { timeout: SLOW }, () => {
    const claims = Array.from({ length: MANY }, (_, i) =>
      claim(`c${i}`, 'exact', { value: i + 1 }),
    );
    expect(logByDefault(claims)).toBe(true);
  });

  test('sourceLine names every article without a publisher', { timeout: SLOW }, () => {
    const sources = new Map<string, Source>();
    const claims = Array.from({ length: MANY }, (_, i) => {
      const id = `s${i}`;
      sources.set(id, { ...SOURCE_ROW, id, publisher: '', title: `Article ${i}` } as Source);
      return claim(`c${i}`, 'exact', { value: 1 }, { source_id: id });
    });
    const line = sourceLine(claims, sources, new Map());
    expect(line).toContain(`“Article ${MANY - 1}” (no publisher named)`);
    expect(line.startsWith('Sources: ')).toBe(true);
  });
});
