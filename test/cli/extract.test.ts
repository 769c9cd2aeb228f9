import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
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
  'change',
  'from',
  'to',
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

  /** A folder of the shipped sources, a few made-up notes and a long one-line file. */
  function sourcesFolder(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'claims-extract-')), 'sources');
    mkdirSync(dir);
    for (const name of readdirSync('claims/sources')) {
      copyFileSync(join('claims/sources', name), join(dir, name));
    }
    for (let k = 0; k < 12; k++) {
      writeFileSync(
        join(dir, `note-${String(k).padStart(2, '0')}.txt`),
        `Note ${k}\n\nAbout ${k * 7 + 3} people fled; output fell ${k}% to 1.${k} million bpd, officials said.\n`,
      );
    }
    writeFileSync(
      join(dir, 'zz-long.txt'),
      'Some 40 fighters and 12 trucks, 3.5 million barrels; '.repeat(300),
    );
    return dir;
  }

  // Each run on threads starts workers that load the grammar through tsx: about half a second each.
  test(
    'claims extract on 2 or 3 threads prints exactly what one thread prints, in the same order',
    { timeout: 45_000 },
    async () => {
      const dir = sourcesFolder();
      for (const format of [['--json'], []]) {
        const one = await runCli('extract', ...format, '--threads', '1', dir);
        expect(one.code).toBe(0);
        expect(one.out.split('\n').length).toBeGreaterThan(1000);
        // The main thread and one worker, then the main thread and two.
        for (const threads of ['2', '3']) {
          expect(await runCli('extract', ...format, '--threads', threads, dir)).toEqual(one);
        }
      }
    },
  );

  test(
    'claims extract on threads passes over a file that is not UTF-8 at its turn, as on one thread',
    { timeout: 30_000 },
    async () => {
      const dir = sourcesFolder();
      writeFileSync(join(dir, 'note-05.txt'), Buffer.from([0x34, 0x30, 0x0a, 0x63, 0xe9]));
      mkdirSync(join(dir, 'folder.txt'));
      writeFileSync(join(dir, 'notes.md'), 'not a source');
      const one = await runCli('extract', '--json', '--threads', '1', dir);
      const two = await runCli('extract', '--json', '--threads', '2', dir);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
      expect(one.err).toMatch(/note-05\.txt:2:2: encoding-error: .* \(passed over\)/);
      expect(one.err).toMatch(/folder\.txt:0:0: not-a-regular-file: .* \(passed over\)/);
      expect(one.err).toMatch(/notes\.md:0:0: unlisted-source-file: .* \(passed over\)/);
      const sources = new Set(
        one.out.split('\n').map((l) => (JSON.parse(l) as { source_id: string }).source_id),
      );
      expect(sources.has('note-04') && sources.has('note-06')).toBe(true);
      expect(sources.has('note-05')).toBe(false);
    },
  );

  test(
    'claims extract says what it passes over in its place among the lines, on one thread or two',
    { timeout: 30_000 },
    async () => {
      const dir = sourcesFolder();
      writeFileSync(join(dir, 'note-05.txt'), Buffer.from([0x34, 0x30, 0x0a, 0x63, 0xe9]));
      for (const threads of ['1', '2']) {
        // Both streams in the order they were written: each line's source, or the problem.
        const written: string[] = [];
        const code = await main(['extract', '--json', '--threads', threads, dir], {
          out: (text) =>
            written.push(...text.split('\n').map((l) => /"source_id":"([^"]+)"/.exec(l)![1]!)),
          err: (text) => written.push(`problem: ${text}`),
        });
        expect(code).toBe(0);
        const problem = written.findIndex(
          (l) => l.startsWith('problem: ') && l.includes('note-05'),
        );
        const before = written.slice(0, problem);
        const after = written.slice(problem + 1);
        expect(before).toContain('note-04');
        expect(after).toContain('note-06');
        expect(before.every((source) => source < 'note-05')).toBe(true);
        expect(after.every((source) => source > 'note-05')).toBe(true);
      }
    },
  );

  test('claims extract --threads takes a whole number from 1', async () => {
    for (const bad of ['0', 'two', '1.5', '-2', '']) {
      const run = await runCli('extract', `--threads=${bad}`, 'claims/sources');
      expect(run.code).toBe(2);
      expect(run.err).toContain('--threads takes a whole number');
    }
  });

  test('claims extract --json gives a movement one candidate, with its change, earlier level and the level a change reaches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-extract-'));
    const file = join(dir, 'markets.txt');
    writeFileSync(
      file,
      'Copper fell from $9,100 to $8,650 a tonne. The index rose 2.4pc to 8,150 points. It was -3.2 percent.',
    );
    const run = await runCli('extract', '--json', file);
    const found = run.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(found.map((f) => [f.mention, f.change])).toEqual([
      ['$8,650 a tonne', 'down'],
      ['2.4pc', 'up'],
      ['8,150 points', 'up'],
      ['-3.2 percent', ''],
    ]);
    expect(found[0]!.from).toEqual({
      mention: '$9,100',
      start: 17,
      end: 23,
      value: 9100,
      low: null,
      high: null,
      qualifier: 'exact',
      unit: 'usd',
    });
    expect(found[1]!.to).toMatchObject({ mention: '8,150 points', value: 8150, unit: 'points' });
    expect(found[2]!.from).toBeNull();
    const text = await runCli('extract', file);
    expect(text.out).toContain('$8,650 (exact) · down from $9,100 · usd');
    expect(text.out).toContain('2.4% (exact) · up, reaching 8,150 points · percent');
  });

  test(
    'claims extract --uncurated on threads prints what it prints on one thread',
    { timeout: 30_000 },
    async () => {
      const dir = sourcesFolder();
      const one = await runCli('extract', '--uncurated', '--json', '--threads', '1', dir);
      const two = await runCli('extract', '--uncurated', '--json', '--threads', '2', dir);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
      expect(one.out).toContain('"source_id":"note-03"');
    },
  );
});
