/**
 * Each stage of the check alone (see src/model/check/dataset.ts): what it
 * reads, what it finds, and that it leaves the rest to the stages after it.
 */
import { describe, expect, test } from 'vitest';
import { applyKnownCitations, checkCitations } from '../../src/model/check/citation-checks';
import { citationSummaryOf } from '../../src/model/check/dataset';
import { KnownProblems } from '../../src/model/check/known';
import { readTables } from '../../src/model/check/read-tables';
import { claimOf, measureOf, skipOf, sourceOf } from '../../src/model/check/records';
import { checkRows } from '../../src/model/check/rows';
import { applyKnownSkips, checkSkips } from '../../src/model/check/skips';
import { applyKnownSourceTexts, checkSourceTexts } from '../../src/model/check/source-texts';
import { readTable } from '../../src/model/check/table';
import type { Problem } from '../../src/model/problem';
import { problemOf } from '../../src/model/problem';
import { resource, SOURCE_TEXT_MAX_BYTES } from '../../src/model/schema';
import { splitSentences } from '../../src/model/sentences';
import { firstUnshown, hasUnshown } from '../../src/model/text/hidden';
import { LineIndex } from '../../src/model/text/line-index';
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

const codes = (problems: readonly Problem[]) => problems.map((p) => `${p.line}:${p.code}`);

describe('readTables', () => {
  test('reads each CSV against its schema, and nothing across tables', () => {
    const tables = readTables(
      datasetInput({
        claims: claimsCsv({ ...CLAIM_ROW, value: 'many', source_id: 'nowhere' }),
      }),
    );
    expect(tables.claims.rows).toHaveLength(1);
    // The bad number is the table's; the unknown source is for checkRows.
    expect(codes(tables.claims.problems)).toEqual(['2:type-error']);
    expect(tables.sources.problems).toEqual([]);
    expect([...tables.texts.keys()]).toEqual([SOURCE_ID]);
  });

  test('a missing file is reported unless the loader refused it', () => {
    const refused = {
      file: 'claims/measures.csv',
      line: 0,
      column: 0,
      code: 'not-a-regular-file' as const,
      message: 'is a link',
    };
    const tables = readTables(
      datasetInput({ measures: undefined, claims: undefined, folderProblems: [refused] }),
    );
    expect(tables.measures.problems).toEqual([]);
    expect(tables.problems).toEqual([refused]);
    expect(tables.claims.problems.map((p) => p.message)).toEqual(['file not found']);
    expect(tables.skipped).toBeUndefined();
  });

  test('sets aside a text over the size limit, unread, with its size in bytes', () => {
    const big = 'é'.repeat(1_100_000); // 2.2 MB of UTF-8 in 1.1 million characters
    const tables = readTables(datasetInput({ texts: new Map([[SOURCE_ID, big]]) }));
    expect(tables.texts.size).toBe(0);
    expect(tables.oversized.get(SOURCE_ID)).toBe(2_200_000);
  });

  test('reports bytes that are not UTF-8 at their line', () => {
    const bytes = new TextEncoder().encode(claimsCsv(CLAIM_ROW));
    const broken = new Uint8Array([...bytes.slice(0, -3), 0xff, 0x0a]);
    const tables = readTables(datasetInput({ claims: broken }));
    expect(codes(tables.claims.problems)).toContain('2:encoding-error');
  });
});

describe('checkSourceTexts', () => {
  test('a row needs its text, a text needs its row', () => {
    const tables = readTables(
      datasetInput({
        sources: sourcesCsv(SOURCE_ROW, { ...SOURCE_ROW, id: 'gone' }),
        texts: new Map([
          [SOURCE_ID, SOURCE_TEXT],
          ['stray', 'text'],
        ]),
      }),
    );
    const texts = checkSourceTexts(tables);
    expect(texts.unreadable).toEqual([undefined, 'missing-source-file']);
    expect(texts.problems.map((p) => `${p.file}:${p.code}`)).toEqual([
      'claims/sources.csv:missing-source-file',
      'claims/sources/stray.txt:unlisted-source-file',
    ]);
    // An unlisted text is no source's: nothing may cite it.
    expect([...texts.texts.keys()]).toEqual([SOURCE_ID]);
    expect(tables.texts.has('stray')).toBe(true); // the stage before is left as it was
  });

  test('trusting an earlier check, its findings at each row stand for the texts', () => {
    const tables = readTables(datasetInput({ texts: new Map() }));
    const missing: Problem = {
      file: 'claims/sources.csv',
      line: 2,
      column: 1,
      code: 'missing-source-file',
      message: 'no text',
    };
    const texts = applyKnownSourceTexts(tables, new KnownProblems([missing]));
    expect(texts.unreadable).toEqual(['missing-source-file']);
    expect(texts.problems).toEqual([missing]);
  });
});

describe('checkRows', () => {
  test('holds claims to their measure and source without reading a text', () => {
    const tables = readTables(
      datasetInput({
        claims: claimsCsv(
          CLAIM_ROW,
          { ...CLAIM_ROW, id: 'b', source_id: 'nowhere' },
          { ...CLAIM_ROW, id: 'c', measure: 'no-such-measure' },
          { ...CLAIM_ROW, id: 'd', unit: 'usd' },
          { ...CLAIM_ROW, id: 'e', quote: 'not in the text' },
        ),
        texts: new Map(),
      }),
    );
    const rows = checkRows(tables, { unreadable: [undefined] });
    expect(rows.claims.map((c) => codes(c.problems))).toEqual([
      [],
      ['3:foreign-key-error'],
      ['4:foreign-key-error'],
      ['5:constraint-error'],
      // A quote is the citation stage's business.
      [],
    ]);
    expect(rows.claims[1]!.source).toEqual({ kind: 'unknown' });
    expect(rows.claims[0]!.source).toEqual({ kind: 'usable' });
    expect(rows.sources.map((s) => s.id)).toEqual([SOURCE_ID]);
  });

  test('a claim of an unreadable source is left for the citation stage to report', () => {
    const tables = readTables(datasetInput({ texts: new Map() }));
    const rows = checkRows(tables, { unreadable: ['missing-source-file'] });
    expect(rows.claims[0]!.problems).toEqual([]);
    expect(rows.claims[0]!.source).toEqual({ kind: 'unreadable', code: 'missing-source-file' });
    expect(rows.sources).toEqual([]);
  });

  test('a source no valid row gives is named in the foreign-key error', () => {
    const tables = readTables(
      datasetInput({ sources: sourcesCsv({ ...SOURCE_ROW, url: 'javascript:alert(1)' }) }),
    );
    const rows = checkRows(tables, { unreadable: [undefined] });
    const [problem] = rows.claims[0]!.problems;
    expect(problem?.code).toBe('foreign-key-error');
    expect(problem?.message).toMatch(/names a source that claims check rejects: .*bad-url/);
  });

  test('a claim’s keys become the strings of the rows they name', () => {
    const tables = readTables(datasetInput());
    const rows = checkRows(tables, { unreadable: [undefined] });
    const claim = rows.claims[0]!.claim;
    expect(claim.source_id).toBe(rows.sources[0]!.id);
    expect(claim.measure).toBe(rows.measures.valid[0]!.id);
  });

  test('reports the measures no claim cites, once claims could be read', () => {
    const orphan = { ...MEASURE_ROW, id: 'orphan', featured: '' };
    const read = (claims?: string) =>
      checkRows(readTables(datasetInput({ measures: measuresCsv(MEASURE_ROW, orphan), claims })), {
        unreadable: [undefined],
      });
    expect(read(claimsCsv(CLAIM_ROW)).problems.map((p) => p.message)).toEqual([
      'measure "orphan" is cited by no claim: cite it in claims.csv or delete the row',
    ]);
    expect(read(undefined).problems).toEqual([]);
  });
});

describe('checkCitations and applyKnownCitations', () => {
  test('verifying, each quote is looked up in its text', () => {
    const tables = readTables(
      datasetInput({
        claims: claimsCsv(CLAIM_ROW, { ...CLAIM_ROW, id: 'b', quote: 'it’s not there' }),
      }),
    );
    const rows = checkRows(tables, { unreadable: [undefined] });
    checkCitations(rows.claims, tables.texts, { claims: 'claims/claims.csv', dir: 'claims' });
    expect(rows.claims.map((c) => codes(c.problems))).toEqual([[], ['3:quote-not-found']]);
  });

  test('a claim whose text cannot be read is unverifiable', () => {
    const tables = readTables(datasetInput({ texts: new Map() }));
    const rows = checkRows(tables, { unreadable: ['text-too-large'] });
    checkCitations(rows.claims, new Map(), { claims: 'claims/claims.csv', dir: 'claims' });
    expect(rows.claims[0]!.problems.map((p) => p.message)).toEqual([
      `cannot verify the quote: claims/sources/strike-on-sabratha.txt is larger than ${SOURCE_TEXT_MAX_BYTES.toLocaleString('en-US')} bytes`,
    ]);
  });

  test('trusting, the earlier findings at a claim’s line are its problems', () => {
    const tables = readTables(datasetInput({ texts: new Map() }));
    const rows = checkRows(tables, { unreadable: [undefined] });
    const found: Problem = {
      file: 'claims/claims.csv',
      line: 2,
      column: 13,
      code: 'quote-not-found',
      message: 'the quote does not occur in the source text',
    };
    const elsewhere = { ...found, line: 3 };
    applyKnownCitations(rows.claims, new KnownProblems([found, elsewhere]), 'claims/claims.csv');
    expect(rows.claims[0]!.problems).toEqual([found]);
  });
});

describe('checkSkips and applyKnownSkips', () => {
  const s = splitSentences(SOURCE_TEXT).find((x) => x.text.includes('as many as 40'))!.id;
  const skipped = [
    'candidate,kind,reason',
    `${SOURCE_ID}/${s}/as many as 40,not_a_claim,counted elsewhere`,
    `${SOURCE_ID}/${s}/twelve,not_a_quantity,not in the sentence`,
    `${SOURCE_ID}/${s}/x,bogus,a kind not in the list`,
    '',
  ].join('\n');

  test('verifying, each candidate must still be in its text', () => {
    const tables = readTables(datasetInput({ skipped }));
    const checked = checkSkips(tables.skipped!, tables.texts);
    expect([...checked.skipped]).toEqual([[`${SOURCE_ID}/${s}/as many as 40`, 'not_a_claim']]);
    expect(codes(checked.problems)).toEqual(['4:constraint-error', '3:constraint-error']);
  });

  test('trusting, only the rows the earlier check rejected are left out', () => {
    const tables = readTables(datasetInput({ skipped, texts: new Map() }));
    const rejected: Problem = {
      file: 'claims/skipped.csv',
      line: 3,
      column: 1,
      code: 'constraint-error',
      message: 'not in the sentence',
    };
    const checked = applyKnownSkips(tables.skipped!, new KnownProblems([rejected]));
    expect([...checked.skipped.keys()]).toEqual([
      `${SOURCE_ID}/${s}/as many as 40`,
      `${SOURCE_ID}/${s}/x`,
    ]);
    expect(checked.problems).toEqual([rejected]);
  });
});

describe('typed rows', () => {
  test('every field of a row is read by its type, in the schema’s order', () => {
    const row = readTable(
      'c',
      claimsCsv({ ...CLAIM_ROW, value: '', high: '40' }),
      resource('claims'),
    ).rows[0]!;
    const claim = claimOf(row.record);
    expect(Object.keys(claim)).toEqual(resource('claims').schema.fields.map((f) => f.name));
    expect(claim.high).toBe(40);
    expect(claim.value).toBeUndefined();
    expect(Object.keys(sourceOf({}))).toEqual(resource('sources').schema.fields.map((f) => f.name));
    expect(Object.keys(measureOf({}))).toEqual(
      resource('measures').schema.fields.map((f) => f.name),
    );
    expect(skipOf({ candidate: 'a/s1/b', kind: 'not_a_claim' })).toEqual({
      candidate: 'a/s1/b',
      kind: 'not_a_claim',
      reason: '',
    });
  });

  test('a build’s check.json is read field by field', () => {
    const good = { file: 'f', line: 2, column: 3, code: 'quote-not-found', message: 'm' };
    expect(problemOf(good)).toEqual(good);
    for (const bad of [
      null,
      'text',
      { ...good, line: '2' },
      { ...good, column: -1 },
      { ...good, code: 'no-such-code' },
      { ...good, message: undefined },
    ])
      expect(problemOf(bad)).toBeUndefined();
    expect(citationSummaryOf({ fingerprint: 'x', problems: [good, { nope: 1 }] })).toEqual({
      fingerprint: 'x',
      problems: [good],
      excluded: [],
      clean: false,
    });
    // Clean only when it says so, and lists no problem of the files.
    expect(citationSummaryOf({ fingerprint: 'x', problems: [], clean: true })?.clean).toBe(true);
    expect(citationSummaryOf({ fingerprint: 'x', problems: [], clean: 'yes' })?.clean).toBe(false);
    expect(citationSummaryOf({ fingerprint: 'x', problems: [good], clean: true })?.clean).toBe(
      false,
    );
    expect(citationSummaryOf({ problems: [] })).toBeUndefined();
    expect(citationSummaryOf([])).toBeUndefined();
  });
});

describe('the scans the stages share', () => {
  test('hasUnshown finds exactly the characters firstUnshown does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `ab${String.fromCharCode(c)}cd`;
      if (hasUnshown(text) !== (firstUnshown(text) !== undefined))
        throw new Error(`U+${c.toString(16)} disagrees`);
    }
  });

  test('a line index walked forward gives the lines a search does', () => {
    const text = 'a\nbb\n\nccc\n"multi\nline"\nend';
    const lines = new LineIndex(text);
    let line = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      line = lines.lineAt(offset, line);
      expect(line).toBe(lines.locate(offset).line - 1);
    }
    // Backwards from a hint, it searches.
    expect(lines.lineAt(0, 5)).toBe(0);
  });
});
