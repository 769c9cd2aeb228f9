import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli';

const SEED = 'test/fixtures/seed-corpus.txt';
const SAMPLE = [
  'First headline about oil',
  '',
  'TRIPOLI (Reuters) – Output is 360,000 bpd, he said.',
  '',
  'SUBHEAD IN CAPITALS',
  '',
  'More text.',
  '',
  '(Writing by Someone; Editing by Someone Else)',
  'A headline with no dateline',
  '',
  'At least 89 children have died, a study says.',
  '',
  'Second Reuters headline',
  '',
  'WASHINGTON/LOS ANGELES (Reuters) – Body\u00a0text with “curly” quotes.',
].join('\n');

let dir: string;
let input: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-ingest-'));
  input = join(dir, 'articles.txt');
  writeFileSync(input, SAMPLE);
});

const read = (name: string) => readFileSync(join(dir, 'out', name), 'utf8');

describe('claims ingest', () => {
  test('claims ingest splits articles at headlines, not at subheads', async () => {
    const run = await runCli('ingest', input, '--out', join(dir, 'out'));
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out', 'sources')).sort()).toEqual([
      'a-headline-with-no-dateline.txt',
      'first-headline-about-oil.txt',
      'second-reuters-headline.txt',
    ]);
    expect(read('sources/first-headline-about-oil.txt')).toContain('SUBHEAD IN CAPITALS');
  });

  test('claims ingest keeps each article byte for byte', async () => {
    await runCli('ingest', input, '--out', join(dir, 'out'));
    const text = read('sources/second-reuters-headline.txt');
    expect(text).toBe(SAMPLE.slice(SAMPLE.indexOf('Second Reuters headline')));
    expect(text).toContain('\u00a0');
    expect(SAMPLE).toContain(read('sources/first-headline-about-oil.txt'));
  });

  test('claims ingest fills publisher, dateline and credits only from the text', async () => {
    await runCli('ingest', input, '--out', join(dir, 'out'));
    expect(read('sources.csv').split('\n')).toEqual([
      'id,title,publisher,dateline,published,url,credits',
      'first-headline-about-oil,First headline about oil,Reuters,TRIPOLI,,,(Writing by Someone; Editing by Someone Else)',
      'a-headline-with-no-dateline,A headline with no dateline,,,,,',
      'second-reuters-headline,Second Reuters headline,Reuters,WASHINGTON/LOS ANGELES,,,',
      '',
    ]);
  });

  test('claims ingest run twice changes nothing and keeps curator edits', async () => {
    const out = join(dir, 'out');
    await runCli('ingest', input, '--out', out);
    const edited = read('sources.csv').replace(
      'second-reuters-headline,Second Reuters headline,Reuters,WASHINGTON/LOS ANGELES,,,',
      'second-reuters-headline,Second Reuters headline,Reuters,WASHINGTON/LOS ANGELES,2016-02-19,https://example.org/a,',
    );
    writeFileSync(join(out, 'sources.csv'), edited);
    const before = statSync(join(out, 'sources/first-headline-about-oil.txt')).mtimeMs;
    const again = await runCli('ingest', input, '--out', out);
    expect(again.out).toContain('0 added, 0 updated, 3 unchanged');
    expect(read('sources.csv')).toBe(edited);
    expect(statSync(join(out, 'sources/first-headline-about-oil.txt')).mtimeMs).toBe(before);
  });

  test('claims ingest refuses to change the text of a cited source, naming the claims', async () => {
    const out = join(dir, 'out');
    await runCli('ingest', input, '--out', out);
    writeFileSync(
      join(out, 'claims.csv'),
      'id,source_id\noil-1,first-headline-about-oil\noil-2,first-headline-about-oil\n',
    );
    // A correction further down: the same article (same dateline and opening).
    writeFileSync(input, SAMPLE.replace('More text.', 'More text, corrected.'));
    const refused = await runCli('ingest', input, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('oil-1, oil-2');
    expect(refused.err).toContain('--force');
    expect(read('sources/first-headline-about-oil.txt')).not.toContain('corrected');

    const forced = await runCli('ingest', input, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(read('sources/first-headline-about-oil.txt')).toContain('More text, corrected.');
  });

  test('claims ingest of a missing file says so without a stack trace', async () => {
    const run = await runCli('ingest', join(dir, 'nope.txt'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^claims: .*nope\.txt: no such file$/);
  });

  test('claims ingest of the seed corpus reproduces the shipped sources', async () => {
    const out = join(dir, 'out');
    await runCli('ingest', SEED, '--out', out);
    const shipped = readdirSync('claims/sources').sort();
    expect(readdirSync(join(out, 'sources')).sort()).toEqual(shipped);
    for (const name of shipped) {
      expect(read(`sources/${name}`)).toBe(readFileSync(join('claims/sources', name), 'utf8'));
    }
  });
});
