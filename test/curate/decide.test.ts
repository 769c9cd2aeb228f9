import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
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

describe('the folder lock', () => {
  test('a decision while another run holds the folder’s lock is refused at once, and writes nothing', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const { lockFolder } = await import('../../src/node/folder-lock');
    const workspace = new Workspace(dir);
    const claims = read('claims.csv');
    // Another run: a live process other than this one (its parent, the test runner's).
    writeFileSync(join(dir, '.ingest.lock'), `${process.ppid} ${hostname()} 0 x\n`);
    expect(() => workspace.accept(KEY)).toThrow(
      /is being written by another claims ingest \(pid \d+\): nothing was written/,
    );
    expect(read('claims.csv')).toBe(claims);
    rmSync(join(dir, '.ingest.lock'));
    // Free again: the decision takes the lock, and leaves it free.
    workspace.accept(KEY);
    expect(existsSync(join(dir, '.ingest.lock'))).toBe(false);
    (await lockFolder(dir, { timeoutMs: 0 })).release();
  });
});

describe('the queue', () => {
  test('is counted a slice at a time: nothing in no time, every article by queue()', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    const sources = read('sources.csv').trimEnd().split('\n').length - 1;
    expect(workspace.queueSoFar(0)).toEqual({ articles: [], uncounted: sources });
    // An article opened is counted, whatever the order.
    expect(workspace.article(NEW_ID).candidates).toHaveLength(4);
    expect(workspace.queueSoFar(0)).toEqual({
      articles: [{ id: NEW_ID, title: expect.any(String), left: 4 }],
      uncounted: sources - 1,
    });
    expect(workspace.queue()).toEqual([{ id: NEW_ID, title: expect.any(String), left: 4 }]);
    expect(workspace.queueSoFar(0).uncounted).toBe(0);
  });

  test('an ingest counts its own articles and keeps the counts of the others', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    workspace.queue();
    const result = await workspace.ingest(
      'more.txt',
      'Ten trucks arrive\n\nTen trucks arrived with food for 3,000 people on Monday.',
    );
    expect(workspace.queueSoFar(0)).toEqual({
      articles: [
        { id: NEW_ID, title: expect.any(String), left: 4 },
        { id: result.ids[0], title: 'Ten trucks arrive', left: 3 },
      ],
      uncounted: 0,
    });
  });
});

describe('measures.csv from the measure field', () => {
  const TRUCKS = `${NEW_ID}/s2/44 trucks`;
  const lines = (text: string) => text.split('\n').filter(Boolean).length;
  const acceptTrucks = (...options: string[]) => runCli('accept', TRUCKS, '--dir', dir, ...options);

  test('claims accept --measure new writes the measure and then the claim, each a one-line diff', async () => {
    const [claims, measures] = [read('claims.csv'), read('measures.csv')];
    const run = await acceptTrucks(
      '--measure',
      'new',
      '--measure-title',
      'Aid trucks that reached Madaya',
      '--measure-definition',
      'Trucks of food that entered Madaya in one convoy.',
      '--place',
      'Madaya, Syria',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const addedMeasure = read('measures.csv').slice(measures.length);
    expect(read('measures.csv').startsWith(measures)).toBe(true);
    expect(lines(addedMeasure)).toBe(1);
    // id from the title; category and unit the claim's; the place the claim's; no period given.
    expect(addedMeasure).toMatch(
      /^aid-trucks-that-reached-madaya,Aid trucks that reached Madaya,aid,(vehicles|items),"Madaya, Syria",,Trucks of food that entered Madaya in one convoy\.,,\n$/,
    );
    const addedClaim = read('claims.csv').slice(claims.length);
    expect(lines(addedClaim)).toBe(1);
    expect(addedClaim).toMatch(/^aid-trucks-that-reached-madaya-1,aid,/);
    expect(addedClaim).toContain(',aid-trucks-that-reached-madaya,44,');
    expect((await runCli('check', dir)).code).toBe(0);
  });

  test('a new measure defaults to the subject as its title and the title as its definition', async () => {
    const measures = read('measures.csv');
    const run = await acceptTrucks('--measure', 'new', '--subject', 'Trucks in the Madaya convoy');
    expect(run.code).toBe(0);
    expect(read('measures.csv').slice(measures.length)).toMatch(
      /^trucks-in-the-madaya-convoy,Trucks in the Madaya convoy,aid,\w+,,,Trucks in the Madaya convoy\.,,\n$/,
    );
    expect((await runCli('check', dir)).code).toBe(0);
  });

  test('a measure that is no row of measures.csv, or counts another unit or category, is refused with the checker’s message', async () => {
    const [claims, measures] = [read('claims.csv'), read('measures.csv')];
    const unknown = await acceptTrucks('--measure', 'no-such-measure');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /claims\.csv:\d+:\d+: foreign-key-error: measure "no-such-measure" is not an id in .*measures\.csv \(field measure\)/,
    );
    const other = await acceptTrucks('--measure', 'sabratha-strike-deaths');
    expect(other.code).toBe(1);
    expect(other.err).toMatch(
      /constraint-error: unit "\w+" differs from the unit of measure "sabratha-strike-deaths" \("people", .*measures\.csv:2\)/,
    );
    expect(other.err).toMatch(/constraint-error: category "aid" differs from the category/);
    expect(read('claims.csv')).toBe(claims);
    expect(read('measures.csv')).toBe(measures);
  });

  test('a new measure’s row that claims check would refuse writes neither row', async () => {
    const [claims, measures] = [read('claims.csv'), read('measures.csv')];
    const run = await acceptTrucks('--measure', 'new', '--measure-period', '2016-02-30');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /measures\.csv:\d+:\d+: constraint-error: period "2016-02-30" is not a real period.* \(field measure_period\)/,
    );
    expect(read('claims.csv')).toBe(claims);
    expect(read('measures.csv')).toBe(measures);
    // Fields of a new measure with an existing one chosen: a mistake, said so.
    const stray = await acceptTrucks('--measure', 'un-aid-trucks', '--measure-title', 'Trucks');
    expect(stray.code).toBe(1);
    expect(stray.err).toContain('measure_title: only for a new measure (measure "new")');
    expect(read('claims.csv')).toBe(claims);
  });

  test('undo of an accept that made a measure takes out both rows', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    const [claims, measures] = [read('claims.csv'), read('measures.csv')];
    const decision = workspace.accept(TRUCKS, { measure: 'new', measure_title: 'Convoy trucks' });
    expect(decision.measure?.id).toBe('convoy-trucks');
    expect(decision.rows.map((r) => r.file)).toEqual(['measures.csv', 'claims.csv']);
    expect(
      workspace.suggestMeasures({
        subject: 'convoy trucks',
        unit: decision.claim!.unit,
        category: 'aid',
      })[0]?.id,
    ).toBe('convoy-trucks');
    workspace.undo();
    expect(read('claims.csv')).toBe(claims);
    expect(read('measures.csv')).toBe(measures);
    // The measure is gone from the suggestions and from what a claim may cite.
    expect(
      workspace
        .suggestMeasures({ subject: 'convoy trucks', unit: decision.claim!.unit, category: 'aid' })
        .map((m) => m.id),
    ).not.toContain('convoy-trucks');
    expect(() => workspace.accept(TRUCKS, { measure: 'convoy-trucks' })).toThrow(
      /foreign-key-error/,
    );
    // A second new measure of the same title takes the same id again, and passes the check.
    workspace.accept(TRUCKS, { measure: 'new', measure_title: 'Convoy trucks' });
    expect((await runCli('check', dir)).code).toBe(0);
  });

  test('the measure field suggests rows of measures.csv of the unit and category, most like the subject first', async () => {
    const { Workspace } = await import('../../src/curate/workspace/workspace');
    const workspace = new Workspace(dir);
    const found = workspace.suggestMeasures({
      subject: 'People wounded in the air strike on Sabratha',
      unit: 'people',
      category: 'casualties',
    });
    expect(found[0]?.id).toBe('sabratha-strike-wounded');
    expect(found[0]?.title).toBe('People wounded in the U.S. air strike on Sabratha');
    expect(found.every((m) => m.unit === 'people' && m.category === 'casualties')).toBe(true);
    // A new id never takes one measures.csv already has.
    const { newMeasureRow } = await import('../../src/curate/propose');
    const taken = new Set(['sabratha-strike-wounded']);
    const row = newMeasureRow(
      {
        subject: 'Sabratha strike wounded',
        mention: '',
        category: 'casualties',
        unit: 'people',
        place: '',
      } as never,
      {},
      (id) => taken.has(id),
    );
    expect(row.id).toBe('sabratha-strike-wounded-2');
  });
});
