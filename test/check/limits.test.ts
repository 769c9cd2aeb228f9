/**
 * The limits of the schema (claims/datapackage.json), enforced by the
 * checker so that `claims check` and the build agree: ids short enough to
 * name files, and links that go where they say.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chartsFor } from '../../src/charts/catalogue';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem } from '../../src/model/problem';
import { resource, SOURCE_TEXT_MAX_BYTES } from '../../src/model/schema';
import { citationSummary } from '../../src/model/check/dataset';
import type { ProblemCode } from '../../src/model/problem';
import { isHttpUrl, safeHref } from '../../src/model/url';
import {
  CLAIM_ROW,
  claimsCsv,
  datasetInput,
  MEASURE_ROW,
  measuresCsv,
  SOURCE_ID,
  SOURCE_ROW,
  SOURCE_TEXT,
  sourcesCsv,
} from '../support/dataset';

function maxLength(name: 'claims' | 'sources', field: string): number {
  const found = resource(name).schema.fields.find((f) => f.name === field);
  return found!.constraints!.maxLength!;
}

const ID_LIMIT = maxLength('claims', 'id');

describe('id lengths', () => {
  test('every id field has the same limit, well under 255', () => {
    expect(ID_LIMIT).toBe(200);
    expect(maxLength('claims', 'measure')).toBe(ID_LIMIT);
    expect(maxLength('claims', 'source_id')).toBe(ID_LIMIT);
    expect(maxLength('sources', 'id')).toBe(ID_LIMIT);
  });

  /** A valid slug of n characters. */
  const long = (n: number) => `${'a'.repeat(n - 2)}-b`;

  test.each(['id', 'measure', 'source_id'])(
    'a claims.csv %s one character too long is rejected',
    (field) => {
      const value = long(ID_LIMIT + 1);
      const { claims, problems } = checkDataset(
        datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, [field]: value }) }),
      );
      expect(claims).toEqual([]);
      const problem = problems.find((p) => p.code === 'constraint-error')!;
      expect(formatProblem(problem)).toMatch(
        new RegExp(
          `claims\\.csv:2:\\d+: constraint-error: ${field} ".*…" \\(201 characters\\) is 201 characters long: at most 200 are allowed`,
        ),
      );
    },
  );

  test('a sources.csv id one character too long is rejected, and the claims citing it', () => {
    const id = long(ID_LIMIT + 1);
    const input = datasetInput({
      sources: sourcesCsv({ ...SOURCE_ROW, id }),
      claims: claimsCsv({ ...CLAIM_ROW, source_id: id }),
      texts: new Map([[id, SOURCE_TEXT]]),
    });
    const { claims, sources, problems } = checkDataset(input);
    expect(sources).toEqual([]);
    expect(claims).toEqual([]);
    expect(problems.map((p) => `${p.file}:${p.code}`)).toEqual([
      'claims/claims.csv:constraint-error',
      'claims/sources.csv:constraint-error',
    ]);
  });

  test('ids of the longest length pass, and every file the build names after them can be written', () => {
    const id = long(ID_LIMIT);
    const input = datasetInput({
      sources: sourcesCsv({ ...SOURCE_ROW, id }),
      measures: measuresCsv({ ...MEASURE_ROW, id }),
      claims: claimsCsv({ ...CLAIM_ROW, id, measure: id, source_id: id }),
      texts: new Map([[id, SOURCE_TEXT]]),
    });
    const dataset = checkDataset(input);
    expect(dataset.problems).toEqual([]);
    // Two reports of the measure, so it has a comparison chart named after it.
    const claims = [dataset.claims[0]!, { ...dataset.claims[0]!, id: 'other', high: 41 }];
    const ids = chartsFor(claims, dataset).map((s) => s.id);
    expect(ids).toContain(`measure-${id}`);
    const dir = mkdtempSync(join(tmpdir(), 'claims-names-'));
    try {
      for (const chart of ids) {
        for (const ext of ['html', 'svg', 'png', 'csv'])
          writeFileSync(join(dir, `${chart}.${ext}`), '');
      }
      writeFileSync(join(dir, `${id}.txt`), SOURCE_TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a zero-width space in an id is named', () => {
    const { problems } = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, measure: 'sabratha\u200b-toll' }) }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'measure "sabratha\\u200b-toll" must be lowercase letters and digits joined by single hyphens, like "sabratha-strike-toll"; character 9 is "\\u200b" (U+200B zero width space)',
      // The measure the claim meant is then cited by none.
      'measure "sabratha-strike-deaths" is cited by no claim: cite it in claims.csv or delete the row',
    ]);
  });

  test.each([
    ['a right-to-left override', '\u202e'],
    ['a left-to-right isolate', '\u2066'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\ufeff'],
  ])('%s in an id of either file is a constraint-error', (_name, char) => {
    const id = `strike${char}-deaths`;
    const { problems } = checkDataset(
      datasetInput({
        claims: claimsCsv({ ...CLAIM_ROW, id }),
        sources: sourcesCsv(SOURCE_ROW, { ...SOURCE_ROW, id: `other${char}` }),
      }),
    );
    expect(problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      'claims/claims.csv:2:constraint-error',
      'claims/sources.csv:3:constraint-error',
    ]);
  });
});

describe('source URLs', () => {
  const URL_LIMIT = maxLength('sources', 'url');

  const rejected: [string, string, RegExp][] = [
    [
      'user info',
      'https://www.reuters.com@evil.example/story',
      /has a user name before "@": it would link to evil\.example/,
    ],
    ['a user and password', 'https://user:pass@evil.example/', /user name/],
    ['an empty user', 'https://@evil.example/', /user name/],
    ['user info after backslashes', 'https:\\\\www.reuters.com@evil.example', /user name/],
    ['a tab inside', 'https://www.reuters\t.com/x', /white space/],
    ['a line break inside', 'https://www.reuters.com/x\n', /white space/],
    ['a leading space', ' https://www.reuters.com/x', /white space/],
    ['a zero-width space', 'https://www.reu\u200bters.com/x', /invisible/],
    ['a bidi override', 'https://www.reuters.com/\u202ex', /invisible/],
    ['javascript:', 'javascript:alert(1)', /is not an http or https URL/],
    ['a relative URL', '//evil.example/x', /is not an http or https URL/],
    [
      'more than the length limit',
      `https://example.org/${'a'.repeat(URL_LIMIT)}`,
      /at most 2,048 are allowed/,
    ],
  ];

  test.each(rejected)(
    'a URL with %s is rejected, and the claims citing its source',
    (_name, url, message) => {
      const { claims, sources, problems } = checkDataset(
        datasetInput({ sources: sourcesCsv({ ...SOURCE_ROW, url }) }),
      );
      expect(sources).toEqual([]);
      expect(claims).toEqual([]);
      const problem = problems.find((p) => p.file === 'claims/sources.csv')!;
      expect(problem.message).toMatch(message);
    },
  );

  test.each([
    'https://www.reuters.com/article/us-libya-security-idUSKCN0VS1VS',
    'http://example.org/a@b',
    'https://example.org/?q=a@b#c@d',
    `https://example.org/${'a'.repeat(URL_LIMIT - 'https://example.org/'.length)}`,
  ])('%s passes', (url) => {
    expect(
      checkDataset(datasetInput({ sources: sourcesCsv({ ...SOURCE_ROW, url }) })).problems,
    ).toEqual([]);
  });

  test('safeHref gives no link for any URL the checker rejects', () => {
    for (const [, url] of rejected) {
      expect(isHttpUrl(url)).toBe(false);
      expect(safeHref(url)).toBeUndefined();
    }
  });
});

describe('a claim whose source row is rejected', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'an impossible published date',
      { published: '2016-02-30' },
      /type-error: published "2016-02-30" is not a date/,
    ],
    ['a javascript: url', { url: 'javascript:alert(1)' }, /bad-url: url "javascript:alert\(1\)"/],
    ['a title left empty', { title: '' }, /constraint-error: title is required/],
  ];

  test.each(cases)(
    'is rejected too when the source has %s, naming the source problem',
    (_name, cells, message) => {
      const { claims, problems } = checkDataset(
        datasetInput({ sources: sourcesCsv({ ...SOURCE_ROW, ...cells }) }),
      );
      expect(claims).toEqual([]);
      const problem = problems.find((p) => p.file === 'claims/claims.csv')!;
      expect(problem.code).toBe<ProblemCode>('foreign-key-error');
      expect(problem.message).toMatch(
        new RegExp(
          `^source_id "${SOURCE_ID}" names a source that claims check rejects: claims/sources\\.csv:2:\\d+: `,
        ),
      );
      expect(problem.message).toMatch(message);
    },
  );

  test('is kept when another row of the same id is valid', () => {
    const sources = sourcesCsv(SOURCE_ROW, { ...SOURCE_ROW, published: '2016-02-30' });
    const { claims, problems } = checkDataset(datasetInput({ sources }));
    expect(claims).toHaveLength(1);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'claims/sources.csv:3',
      'claims/sources.csv:3',
    ]);
  });
});

describe('source text size', () => {
  /** The source text padded with more sentences to exactly `bytes` bytes. */
  function textOf(bytes: number): Uint8Array {
    const text = new TextEncoder().encode(`${SOURCE_TEXT}\n`);
    const padded = new Uint8Array(bytes).fill(0x2e); // "....": no sentence to cite
    padded.set(text);
    return padded;
  }

  test('a text of the most bytes allowed passes', () => {
    const input = datasetInput({ texts: new Map([[SOURCE_ID, textOf(SOURCE_TEXT_MAX_BYTES)]]) });
    expect(checkDataset(input).problems).toEqual([]);
  });

  test('a text one byte over is rejected with its size, and its claims with it', () => {
    const input = datasetInput({
      texts: new Map([[SOURCE_ID, textOf(SOURCE_TEXT_MAX_BYTES + 1)]]),
    });
    const { claims, sources, texts, problems } = checkDataset(input);
    expect([claims, sources, [...texts.keys()]]).toEqual([[], [], []]);
    expect(problems.map(formatProblem)).toEqual([
      'claims/claims.csv:2:147: text-too-large: cannot verify the quote: claims/sources/strike-on-sabratha.txt is larger than 1,000,000 bytes',
      'claims/sources.csv:2:1: text-too-large: claims/sources/strike-on-sabratha.txt is 1,000,001 bytes: a source text may have at most 1,000,000 (claims/datapackage.json)',
    ]);
  });

  test('the check from an earlier check’s citations rejects the same', () => {
    const input = datasetInput({
      texts: new Map([[SOURCE_ID, textOf(SOURCE_TEXT_MAX_BYTES + 1)]]),
    });
    const full = checkDataset(input);
    const summary = citationSummary(full, 'x');
    const trusted = checkDataset({ ...input, texts: new Map() }, { citations: summary.problems });
    expect(trusted.problems).toEqual(full.problems);
    expect([trusted.claims, trusted.sources]).toEqual([[], []]);
  });
});
