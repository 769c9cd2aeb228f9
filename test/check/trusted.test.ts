import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic';
import { CANONICAL_MEASURES, publishedFile, publishedFiles } from '../../src/build/publish';
import { loadSiteData } from '../../src/build/site-data';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import { citationSummary } from '../../src/model/check/dataset';
import type { Dataset, DatasetInput, FileContent } from '../../src/model/check/dataset';
import { parseCsv } from '../../src/model/csv/parse';
import { writeCsv } from '../../src/model/csv/write';
import { fingerprint } from '../../src/model/text/fingerprint';
import {
  CLAIM_ROW,
  claimsCsv,
  datasetInput,
  SOURCE_ROW,
  sourcesCsv,
  writeClaimsFolder,
} from '../support/dataset';

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

  // From the files a build publishes (publishedFile), not from dist/: the
  // test then holds without a build having run first.
  test('the check.json a build publishes belongs to the canonical CSV files it publishes', () => {
    const data = loadSiteData('claims', process.cwd());
    const file = (path: string) => publishedFile(data, path)!;
    const summary = JSON.parse(text(file('check.json'))) as { fingerprint: string };
    const print = fingerprint(file('canonical/claims.csv'), file('canonical/sources.csv'));
    expect(summary.fingerprint).toBe(print);
  });
});

/**
 * The canonical tables a build publishes from a claims folder, with the
 * texts of its sources: what the dashboard loads.
 */
function canonical(dir: string, root: string): DatasetInput {
  const data = loadSiteData(dir, root);
  const file = (path: string) => publishedFile(data, path);
  const texts = new Map<string, Uint8Array>();
  for (const { path } of publishedFiles(data)) {
    const text = /^canonical\/sources\/(.+)\.txt$/.exec(path);
    if (text) texts.set(text[1]!, file(path)!);
  }
  return {
    dir: 'claims',
    claims: file('canonical/claims.csv'),
    sources: file('canonical/sources.csv'),
    measures: file(CANONICAL_MEASURES),
    texts,
  };
}

/** What the dashboard shows of a dataset. */
function shown(d: Dataset) {
  return {
    claims: d.claims,
    sources: d.sources,
    measures: d.measures,
    problems: d.problems,
    warnings: d.warnings,
  };
}

function text(content: FileContent): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** A CSV file with cells of its first row replaced. */
function withFirstRow(csv: string, cells: Record<string, string>): string {
  const [header, ...rows] = parseCsv(csv).rows.map((r) => r.values);
  const records = rows.map((values) => Object.fromEntries(header!.map((h, i) => [h, values[i]])));
  Object.assign(records[0]!, cells);
  return writeCsv(header!, records);
}

/** measures.csv changed after the build: the part of the data check.json's fingerprint does not cover. */
const MEASURE_CHANGES: [string, (csv: string) => string | undefined][] = [
  ['a unit changed', (csv) => csv.replace(/,people,/, ',vehicles,')],
  ['a category changed', (csv) => csv.replace(/,casualties,/, ',aid,')],
  ['a measure removed', (csv) => csv.split('\n').toSpliced(1, 1).join('\n')],
  ['a period that is no period', (csv) => withFirstRow(csv, { period: '2016-13' })],
  ['a measure no claim cites', (csv) => `${csv}uncited-measure,Nobody cites it,aid,items,,,,,\n`],
  [
    'a measure twice',
    (csv) => {
      const lines = csv.trimEnd().split('\n');
      return `${[...lines, lines[1]].join('\n')}\n`;
    },
  ],
  ['the unit column gone', (csv) => csv.replace(/^([^\n]*?)\bunit,/, '$1')],
  ['a bad cell', (csv) => csv.replace(/\n([a-z0-9-]+),/, '\nNot An Id,')],
  ['the file gone', () => undefined],
];

describe('checkDataset of clean files (the trusted path, given a build’s check.json)', () => {
  const root = mkdtempSync(join(tmpdir(), 'claims-clean-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const synthetic = join(root, 'synthetic');
  writeSyntheticCorpus(synthetic, { sources: 40, claimsPerSource: 6, notes: true });
  // Free text with a character that does not show: a warning, not a problem.
  const hidden = writeClaimsFolder(
    claimsCsv({
      ...CLAIM_ROW,
      subject: 'People killed\u200b in U.S. air strikes',
      note: 'a\u202eb',
    }),
  );
  copyFileSync('claims/datapackage.json', join(hidden, 'datapackage.json'));
  const folders: [string, DatasetInput][] = [
    ['the shipped corpus', canonical('claims', process.cwd())],
    ['a synthetic corpus', canonical(synthetic, root)],
    ['a folder whose text holds invisible characters', canonical(hidden, join(hidden, '..'))],
  ];
  afterAll(() => rmSync(hidden, { recursive: true, force: true }));

  /** The clean path beside every rule and citation checked again, texts read. */
  function bothWays(input: DatasetInput) {
    const full = checkDataset(input);
    const clean = checkDataset({ ...input, texts: new Map() }, { citations: [], clean: true });
    return { full, clean };
  }

  test.each(folders)('gives what checking everything gives, for %s', (_name, input) => {
    const { full, clean } = bothWays(input);
    expect(full.claims.length).toBeGreaterThan(0);
    expect(shown(clean)).toEqual(shown(full));
  });

  test('the folder with invisible characters gives its warnings on the clean path too', () => {
    const { clean } = bothWays(folders[2]![1]);
    expect(clean.warnings.map((w) => [w.code, w.line])).toEqual([
      ['invisible-character', 2],
      ['invisible-character', 2],
    ]);
  });

  describe.each(folders.slice(0, 2))(
    'with measures.csv changed after the build, for %s',
    (_, input) => {
      test.each(MEASURE_CHANGES)(
        '%s: the same claims refused, with the same problems',
        (_change, change) => {
          const measures = input.measures && change(text(input.measures));
          const changed = { ...input, measures };
          const { full, clean } = bothWays(changed);
          // The change is one the check sees.
          expect(full.problems.length).toBeGreaterThan(0);
          expect(shown(clean)).toEqual(shown(full));
        },
      );
    },
  );
});
