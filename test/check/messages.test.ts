/**
 * What a problem message quotes from the data: one line, every character
 * that does not show as itself escaped, and no more than ECHO_LIMIT
 * characters of any value, however large or hostile the cell.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem } from '../../src/model/problem';
import { ECHO_LIMIT, echo } from '../../src/model/problem';
import { CLAIM_ROW, claimsCsv, datasetInput, SOURCE_ROW, sourcesCsv } from '../support/dataset';
import { UNSHOWN } from '../support/characters';

describe('echo', () => {
  test.each([
    ['40', '"40"'],
    ['\u001b[2K\u001b[1Aok', '"\\u001b[2K\\u001b[1Aok"'],
    ['\u001b]0;title\u0007', '"\\u001b]0;title\\u0007"'],
    ['a\nb\tc\r', '"a\\nb\\tc\\r"'],
    ['\u0000', '"\\u0000"'],
    ['\u009b31m', '"\\u009b31m"'],
    ['abc\u202edef', '"abc\\u202edef"'],
    ['zero\u200bwidth', '"zero\\u200bwidth"'],
    ['curly ’ and no-break\u00a0space', '"curly ’ and no-break\u00a0space"'],
  ])('echo(%j) is %s', (value, expected) => {
    expect(echo(value)).toBe(expected);
  });

  test('echo cuts a long value and says how long it is', () => {
    const shown = echo('x'.repeat(50_000_000));
    expect(shown).toBe(`"${'x'.repeat(ECHO_LIMIT)}…" (50,000,000 characters)`);
  });

  test('echo does not cut between the halves of a surrogate pair', () => {
    const shown = echo(`${'x'.repeat(ECHO_LIMIT - 1)}😀😀`);
    expect(shown.startsWith(`"${'x'.repeat(ECHO_LIMIT - 1)}…"`)).toBe(true);
  });
});

describe('problem messages quote hostile cells safely', () => {
  const HUGE = 'é'.repeat(5_000_000);

  test.each([
    ['id', 'id'],
    ['category', 'category'],
    ['value', 'value'],
    ['qualifier', 'qualifier'],
    ['as_of', 'as_of'],
    ['source_id', 'source_id'],
    ['mention', 'mention'],
  ])('a 5,000,000-character %s gives a short message', (field) => {
    const [problem] = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, [field]: HUGE }) }),
    ).problems;
    expect(problem).toBeDefined();
    expect(formatProblem(problem!).length).toBeLessThan(1_000);
    expect(problem!.message).toContain('(5,000,000 characters)');
  });

  test('a header of 100,000 columns gives short messages', () => {
    const header = `${Object.keys(CLAIM_ROW).join(',')}${',x'.repeat(100_000)}`;
    const claims = `${header}\nshort\n`;
    const problems = checkDataset(datasetInput({ claims })).problems;
    const missing = problems.find((p) => p.code === 'missing-cell')!;
    expect(missing.message).toMatch(/and 100010 more$/);
    expect(Math.max(...problems.slice(0, 10).map((p) => p.message.length))).toBeLessThan(1_000);
  });

  test('terminal escape sequences in any cell are shown, never passed on', () => {
    const forged = '\u001b[2K\u001b[1A\rok: 40 claims\u001b]8;;http://evil.example\u0007';
    const claims = claimsCsv(
      ...Object.keys(CLAIM_ROW).map((field, i) => ({ ...CLAIM_ROW, id: `c${i}`, [field]: forged })),
    );
    const sources = sourcesCsv({ ...SOURCE_ROW, url: forged, published: forged });
    const problems = checkDataset(datasetInput({ claims, sources })).problems;
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) expect(formatProblem(p)).not.toMatch(UNSHOWN);
    expect(problems.some((p) => p.message.includes('\\u001b[2K'))).toBe(true);
  });

  test('no problem or warning carries a hidden character, whatever the cells', () => {
    // Every character that must not pass raw, among ordinary ones and CSV syntax.
    const unshown = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).concat(
      ...'\u007f\u0085\u009b\u061c\u200b\u200d\u200e\u202a\u202e\u2060\u2066\u2069\ufeff\u2028',
    );
    const cell = fc
      .array(fc.constantFrom(...unshown, 'a', '4', ' ', '"', ',', '-', 'exact', 'people'), {
        maxLength: 12,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(Object.keys(CLAIM_ROW).map((k) => [k, cell])), {
          requiredKeys: [],
        }),
        (cells) => {
          const claims = claimsCsv({ ...CLAIM_ROW, ...(cells as Record<string, string>) });
          const { problems, warnings } = checkDataset(datasetInput({ claims }));
          for (const p of [...problems, ...warnings]) {
            expect(formatProblem(p)).not.toMatch(UNSHOWN);
          }
        },
      ),
    );
  });
});
