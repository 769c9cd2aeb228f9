import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli';

const FIELDS = [
  'source_id',
  'sentence_id',
  'start',
  'end',
  'mention',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'category',
  'subject',
  'attributed_to',
  'sentence',
  'key',
];

describe('claims extract', () => {
  test('claims extract --json prints one object per candidate with every field', async () => {
    const run = await runCli(
      'extract',
      '--json',
      'claims/sources/us-strikes-islamic-state-in-libya-killing-40.txt',
    );
    expect(run.code).toBe(0);
    const lines = run.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(lines[0]!)).toEqual(FIELDS);
    expect(lines[0]).toMatchObject({
      source_id: 'us-strikes-islamic-state-in-libya-killing-40',
      sentence_id: 's1',
      mention: '40 people',
      value: 40,
      qualifier: 'exact',
      unit: 'people',
      category: 'casualties',
    });
    expect(lines.find((l) => l.mention === 'as many as 40 people')).toMatchObject({
      high: 40,
      qualifier: 'at_most',
    });
  });

  test('claims extract reads standard input, without a source id', () => {
    const result = spawnSync(process.execPath, ['bin/claims.js', 'extract', '-', '--json'], {
      input: 'Sales rose to $13.6M in 2015, about a quarter more than the 25k forecast.',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const found = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { mention: string; source_id: unknown; value: number });
    expect(found.map((f) => [f.mention, f.value])).toEqual([
      ['$13.6M', 13600000],
      ['about a quarter', 25],
      ['25k', 25000],
    ]);
    expect(found[0]!.source_id).toBeNull();
  });

  test('claims extract prints a readable list with the mention highlighted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-extract-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'More than 40 fighters were killed, the mayor said.');
    const run = await runCli('extract', file);
    expect(run.out).toBe(
      '- s1: [More than 40 fighters] were killed, the mayor said.\n' +
        '    more than 40 (more_than) · people · casualties · subject: fighters killed · attributed to: the mayor',
    );
  });

  test('claims extract --uncurated is empty for the shipped corpus', async () => {
    const run = await runCli('extract', '--uncurated');
    expect(run.code).toBe(0);
    expect(run.out).toBe('');
  });

  test('claims extract --uncurated lists what the claims do not cover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-extract-'));
    const file = join(dir, 'new.txt');
    writeFileSync(file, 'At least 12 people died in the floods.');
    const run = await runCli('extract', '--uncurated', '--json', file);
    expect(run.out.split('\n')).toHaveLength(1);
    expect(JSON.parse(run.out)).toMatchObject({ mention: 'At least 12 people', low: 12 });
  });

  test('claims extract of a file that is not UTF-8 names the position', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-extract-'));
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x34, 0x30, 0x0a, 0x63, 0x61, 0x66, 0xe9]));
    const run = await runCli('extract', file);
    expect(run.code).toBe(2);
    expect(run.err).toContain('latin1.txt:2:4: encoding-error');
  });
});
