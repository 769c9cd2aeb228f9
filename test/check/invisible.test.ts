/**
 * Characters that do not show: a check problem in an id (an id is a name:
 * test/check/limits.test.ts), a warning in free text, which rejects nothing.
 */
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem } from '../../src/model/problem';
import {
  CLAIM_ROW,
  claimsCsv,
  datasetInput,
  SOURCE_ID,
  SOURCE_ROW,
  SOURCE_TEXT,
  sourcesCsv,
  writeClaimsFolder,
} from '../support/dataset';
import { runCli } from '../support/cli';
import { rmSync } from 'node:fs';

const INVISIBLE: [string, string, RegExp][] = [
  [
    'a right-to-left override',
    '\u202e',
    /a bidi control, which reorders the text after it: "\\u202e" \(U\+202E right-to-left override\)/,
  ],
  ['a left-to-right embedding', '\u202a', /bidi control/],
  ['a right-to-left isolate', '\u2067', /bidi control/],
  ['a pop directional isolate', '\u2069', /bidi control/],
  [
    'a zero-width space',
    '\u200b',
    /a zero-width character, which hides inside words: "\\u200b" \(U\+200B zero width space\)/,
  ],
  ['a zero-width joiner', '\u200d', /zero-width character/],
  ['a word joiner', '\u2060', /zero-width character/],
  ['a byte-order mark inside the text', '\ufeff', /zero-width character/],
  ['an escape character', '\u001b', /a control character: "\\u001b"/],
];

describe('an invisible character in free text', () => {
  test.each(INVISIBLE)('%s in a claim is a warning: the claim is kept', (_name, char, message) => {
    for (const field of ['subject', 'place', 'attributed_to', 'note']) {
      const result = checkDataset(
        datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, [field]: `Sab${char}ratha` }) }),
      );
      expect(result.problems).toEqual([]);
      expect(result.claims).toHaveLength(1);
      expect(result.warnings).toHaveLength(1);
      const [warning] = result.warnings;
      expect(warning!.severity).toBe('warning');
      expect(formatProblem(warning!)).toMatch(
        new RegExp(`^claims/claims\\.csv:2:\\d+: warning: invisible-character: ${field} holds `),
      );
      expect(warning!.message).toMatch(message);
      expect(warning!.message).toMatch(/at character 4; remove it unless the source has it$/);
    }
  });

  test.each(INVISIBLE)('%s in a source is a warning: the source is kept', (_name, char) => {
    for (const field of ['title', 'publisher', 'dateline', 'credits']) {
      const result = checkDataset(
        datasetInput({ sources: sourcesCsv({ ...SOURCE_ROW, [field]: `Reu${char}ters` }) }),
      );
      expect(result.problems).toEqual([]);
      expect(result.sources).toHaveLength(1);
      expect(result.warnings.map((w) => `${w.file}:${w.code}`)).toEqual([
        'claims/sources.csv:invisible-character',
      ]);
    }
  });

  test('a quote with a zero-width space the source also has is kept, with a warning', () => {
    const text = SOURCE_TEXT.replace('warplanes', 'war\u200bplanes');
    const quote = CLAIM_ROW.quote!.replace('warplanes', 'war\u200bplanes');
    const result = checkDataset(
      datasetInput({
        claims: claimsCsv({ ...CLAIM_ROW, quote }),
        texts: new Map([[SOURCE_ID, text]]),
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.claims).toHaveLength(1);
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^quote holds a zero-width character/),
    ]);
  });

  test('visible text that merely looks unusual is no warning', () => {
    const text = 'Curly ’quotes’, no-break\u00a0spaces, – dashes, «guillemets», Σ and 東京 and 😀';
    const result = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, subject: text, note: text }) }),
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('claims check with warnings only', () => {
  test('prints them and passes', async () => {
    const dir = writeClaimsFolder(claimsCsv({ ...CLAIM_ROW, subject: 'Killed\u202e 04' }));
    try {
      const run = await runCli('check', dir);
      expect(run.code).toBe(0);
      const [warning, summary] = run.out.split('\n');
      expect(warning).toMatch(
        /claims\.csv:2:\d+: warning: invisible-character: subject holds a bidi control/,
      );
      expect(summary).toBe(
        'ok: 1 claims of 1 measures in 1 sources, every citation found in its source text; 1 warning',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
