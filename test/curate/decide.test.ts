import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli';
import { curationFolder, NEW_ID } from './folder';

let dir: string;
beforeEach(async () => {
  dir = await curationFolder();
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const KEY = `${NEW_ID}/s3/At least 28 people`.replace('At least', 'at least');

describe('claims accept and claims skip', () => {
  test('claims extract --json gives each candidate its sentence and key', async () => {
    const run = await runCli('extract', '--json', join(dir, 'sources', `${NEW_ID}.txt`));
    const lines = run.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const dead = lines.find((l) => l.mention === 'at least 28 people')!;
    expect(dead.key).toBe(KEY);
    expect(dead.sentence).toBe(
      'About 40,000 people are trapped in the town, where at least 28 people have died of hunger since December, aid workers said.',
    );
  });

  test('claims accept writes the proposal as one new row, every other byte unchanged', async () => {
    const before = read('claims.csv');
    const run = await runCli(
      'accept',
      KEY,
      '--dir',
      dir,
      '--subject',
      'People who died of hunger in Madaya',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const after = read('claims.csv');
    expect(after.startsWith(before)).toBe(true);
    const added = after.slice(before.length).split('\n');
    expect(added).toHaveLength(2); // one row and its newline
    expect(added[0]).toMatch(
      /^people-who-died-of-hunger-in-madaya-1,casualties,People who died of hunger in Madaya,/,
    );
    expect(added[0]).toContain(',28,,at_least,people,');
    expect((await runCli('check', dir)).code).toBe(0);
    // Decided: no longer in the to-do list.
    const todo = await runCli('extract', '--uncurated', '--json', join(dir, 'sources'));
    expect(todo.out).not.toContain(KEY);
  });

  test('claims accept refuses what claims check would refuse, with the checker’s code, and writes nothing', async () => {
    const before = read('claims.csv');
    const run = await runCli('accept', KEY, '--dir', dir, '--low', '29');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /claims\.csv:\d+:\d+: value-mismatch: the mention "at least 28 people" states at_least 28, not 29 \(field value\)/,
    );
    expect(read('claims.csv')).toBe(before);
    const unknown = await runCli('accept', KEY, '--dir', dir, '--unit', 'parsecs');
    expect(unknown.err).toContain('constraint-error: unit "parsecs" is not one of');
  });

  test('claims accept of a key that is no candidate says so', async () => {
    const run = await runCli('accept', `${NEW_ID}/s3/41 people`, '--dir', dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('not a candidate still to decide');
    expect((await runCli('accept', 'nonsense', '--dir', dir)).err).toContain(
      'is not a candidate key',
    );
  });

  test('claims skip sets a candidate aside in skipped.csv as one new row', async () => {
    const before = read('skipped.csv');
    const key = `${NEW_ID}/s4/five days`;
    const run = await runCli(
      'skip',
      key,
      '--dir',
      dir,
      '--kind',
      'not_a_claim',
      '--reason',
      'time reference, not a claim',
    );
    expect(run.code).toBe(0);
    expect(read('skipped.csv')).toBe(`${before}${key},not_a_claim,"time reference, not a claim"\n`);
    expect((await runCli('check', dir)).code).toBe(0);
    const bad = await runCli(
      'skip',
      `${NEW_ID}/s2/44 trucks`,
      '--dir',
      dir,
      '--kind',
      'boring',
      '--reason',
      'x',
    );
    expect(bad.err).toContain('constraint-error: kind "boring" is not one of');
  });

  test('a file changed on disk since it was read is never overwritten', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    const edited = `${read('claims.csv')}`.replace('Headline.', 'Headline, edited by hand.');
    writeFileSync(join(dir, 'claims.csv'), edited);
    expect(() => workspace.accept(KEY)).toThrow(/changed on disk since it was read/);
    expect(read('claims.csv')).toBe(edited);
    workspace.reload();
    workspace.accept(KEY);
    expect(read('claims.csv').startsWith(edited)).toBe(true);
  });

  test('undo takes out exactly the row the decision added', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    const [claims, skipped] = [read('claims.csv'), read('skipped.csv')];
    workspace.accept(KEY);
    workspace.skip(`${NEW_ID}/s4/five days`, 'not_a_claim', 'time reference');
    expect(workspace.undo().kind).toBe('skip');
    expect(read('skipped.csv')).toBe(skipped);
    expect(workspace.undo().kind).toBe('accept');
    expect(read('claims.csv')).toBe(claims);
    expect(workspace.queue().find((a) => a.id === NEW_ID)?.left).toBe(4);
    expect(() => workspace.undo()).toThrow('nothing to undo');
  });
});
