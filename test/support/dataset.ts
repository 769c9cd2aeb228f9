/** A small valid claims folder, in memory or on disk, for checker tests to break one way at a time. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_COLUMNS, MEASURE_COLUMNS, SOURCE_COLUMNS } from '../../src/model/schema';
import { writeCsv } from '../../src/model/csv/write';
import type { DatasetInput } from '../../src/model/check/dataset';

export const SOURCE_ID = 'strike-on-sabratha';

export const SOURCE_TEXT = [
  'U.S. strikes Islamic State in Libya, killing 40 people',
  '',
  'TRIPOLI (Reuters) – U.S. warplanes struck on Friday, killing as many as 40 people.',
  '',
  'He said 41 people had been killed and six wounded, and it’s unclear who they were.',
].join('\n');

export const SOURCE_ROW: Record<string, string> = {
  id: SOURCE_ID,
  title: 'U.S. strikes Islamic State in Libya, killing 40 people',
  publisher: 'Reuters',
  dateline: 'TRIPOLI',
  published: '',
  url: 'https://example.org/article',
  credits: '',
};

export const CLAIM_ROW: Record<string, string> = {
  id: 'strike-deaths-1',
  category: 'casualties',
  subject: 'People killed in U.S. air strikes in Libya',
  measure: 'sabratha-strike-deaths',
  value: '',
  low: '',
  high: '40',
  qualifier: 'at_most',
  unit: 'people',
  place: 'Libya',
  as_of: '2016-02',
  source_id: SOURCE_ID,
  quote: 'TRIPOLI (Reuters) – U.S. warplanes struck on Friday, killing as many as 40 people.',
  mention: 'as many as 40',
  attributed_to: '',
  note: '',
};

export const MEASURE_ROW: Record<string, string> = {
  id: 'sabratha-strike-deaths',
  title: 'People killed in the U.S. air strike on Sabratha',
  category: 'casualties',
  unit: 'people',
  place: 'Sabratha, Libya',
  period: '',
  definition: 'Everyone killed in the strike, fighters or not.',
  featured: '1',
  kind: 'killed',
};

export function measuresCsv(...rows: Record<string, string>[]): string {
  return writeCsv(MEASURE_COLUMNS, rows);
}

export function claimsCsv(...rows: Record<string, string>[]): string {
  return writeCsv(CLAIM_COLUMNS, rows);
}

export function sourcesCsv(...rows: Record<string, string>[]): string {
  return writeCsv(SOURCE_COLUMNS, rows);
}

export function datasetInput(overrides: Partial<DatasetInput> = {}): DatasetInput {
  return {
    dir: 'claims',
    claims: claimsCsv(CLAIM_ROW),
    sources: sourcesCsv(SOURCE_ROW),
    measures: measuresCsv(MEASURE_ROW),
    texts: new Map([[SOURCE_ID, SOURCE_TEXT]]),
    ...overrides,
  };
}

/**
 * The sample folder written to a new temporary folder, with `claims` as its
 * claims.csv, for the command line. The caller removes it.
 */
export function writeClaimsFolder(claims = claimsCsv(CLAIM_ROW)): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', `${SOURCE_ID}.txt`), SOURCE_TEXT);
  writeFileSync(join(dir, 'sources.csv'), sourcesCsv(SOURCE_ROW));
  writeFileSync(join(dir, 'measures.csv'), measuresCsv(MEASURE_ROW));
  writeFileSync(join(dir, 'claims.csv'), claims);
  return dir;
}
