/**
 * Nothing lost when ingests meet: two runs into one folder at once (the
 * second waits for the first's lock), a run that was killed (its lock and
 * temporary files are cleaned up), an empty --out.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { ingest } from '../../src/cli/commands/ingest';
import { LOCK_FILE } from '../../src/node/folder-lock';
import { parseCsv } from '../../src/model/csv/parse';
import { runCli } from '../support/cli';

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-ingest-lock-'));
  out = join(dir, 'out');
});

/** `count` distinct articles, their headlines starting with `prefix`. */
function articles(prefix: string, count: number): string {
  const list: string[] = [];
  for (let i = 0; i < count; i++) {
    list.push(
      `${prefix} report number ${i}`,
      '',
      `SIRTE (Reuters) – Report ${prefix} ${i} says ${i + 10} people were killed.`,
      '',
      '(Reporting by A. Reporter)',
    );
  }
  return list.join('\n');
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/claims.js', ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, out: stdout, err: stderr }));
  });
}

const rowIds = () =>
  parseCsv(readFileSync(join(out, 'sources.csv'), 'utf8'))
    .rows.slice(1)
    .map((r) => r.values[0]);

const silent = { out: () => {}, err: () => {} };

describe('claims ingest into one folder at a time', () => {
  test('two ingests at once into one folder both keep every row', async () => {
    const a = write('a.txt', articles('Alpha', 300));
    const b = write('b.txt', articles('Bravo', 300));
    const [first, second] = await Promise.all([
      run('ingest', a, '--out', out),
      run('ingest', b, '--out', out),
    ]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.out).toContain('300 added');
    expect(second.out).toContain('300 added');
    expect(rowIds()).toHaveLength(600);
    expect(readdirSync(join(out, 'sources'))).toHaveLength(600);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    const check = await runCli('check', out);
    expect(check.out).not.toContain('unlisted-source-file');
    expect(check.out).not.toContain('missing-source-file');
  }, 60_000);

  test('an ingest waits for a live lock, then gives up with a clear message and writes nothing', async () => {
    mkdirSync(out);
    // This very test process holds it: alive, and on this host.
    writeFileSync(
      join(out, LOCK_FILE),
      `${process.pid} ${(await import('node:os')).hostname()} 0 x\n`,
    );
    const err: string[] = [];
    const file = write('a.txt', articles('Alpha', 2));
    await expect(
      ingest(
        file,
        { out, force: false, lockTimeoutMs: 300 },
        { out: () => {}, err: (l) => err.push(l) },
      ),
    ).rejects.toThrow(/is locked by another claims ingest \(pid \d+\).*nothing was written/);
    expect(err.join('\n')).toContain(`waiting for another claims ingest (pid ${process.pid})`);
    expect(existsSync(join(out, 'sources.csv'))).toBe(false);
    expect(readdirSync(join(out, 'sources'))).toEqual([]);
  });

  test('the lock of a killed ingest, and its temporary files, are cleaned up by the next run', async () => {
    mkdirSync(join(out, 'sources'), { recursive: true });
    // A pid that is not running: a child that has exited.
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    writeFileSync(join(out, LOCK_FILE), `${dead} ${(await import('node:os')).hostname()} 0 x\n`);
    writeFileSync(join(out, 'sources', 'alpha-report-number-0.txt.tmp-4242'), '');
    writeFileSync(join(out, 'sources.csv.tmp-4243'), 'id,title\n');
    const check = await runCli('check', out);
    expect(check.out).toContain('alpha-report-number-0.txt.tmp-4242:0:0: unlisted-source-file:');

    const file = write('a.txt', articles('Alpha', 2));
    expect(await ingest(file, { out, force: false }, silent)).toBe(0);
    expect(readdirSync(join(out, 'sources'))).toEqual([
      'alpha-report-number-0.txt',
      'alpha-report-number-1.txt',
    ]);
    expect(readdirSync(out).sort()).toEqual(['sources', 'sources.csv']);
  });

  test.each([[''], [' ']])(
    'ingest --out %j is refused before anything is written',
    async (value) => {
      const file = write('a.txt', articles('Alpha', 1));
      const before = readdirSync('.');
      const result = await runCli('ingest', file, '--out', value);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        'claims: --out needs a folder name (an empty one would write into the current folder)',
      );
      expect(readdirSync('.')).toEqual(before);
    },
  );

  test('ingest refuses a folder whose sources/ or a text in it is a link, and writes nothing', async () => {
    mkdirSync(out);
    const elsewhere = mkdtempSync(join(tmpdir(), 'claims-elsewhere-'));
    symlinkSync(elsewhere, join(out, 'sources'));
    const file = write('a.txt', articles('Alpha', 1));
    const linkedFolder = await runCli('ingest', file, '--out', out);
    expect(linkedFolder.code).toBe(2);
    expect(linkedFolder.err).toMatch(/sources: not-a-regular-file: is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);

    const out2 = join(dir, 'out2');
    mkdirSync(join(out2, 'sources'), { recursive: true });
    symlinkSync(join(elsewhere, 'secret'), join(out2, 'sources', 'alpha-report-number-0.txt'));
    const linkedText = await runCli('ingest', file, '--out', out2);
    expect(linkedText.code).toBe(2);
    expect(linkedText.err).toContain(
      'alpha-report-number-0.txt: not-a-regular-file: is a symbolic link',
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(out2, 'sources.csv'))).toBe(false);
  });

  test('ingest of a folder says so in one line', async () => {
    const result = await runCli('ingest', dir, '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^claims: .*: is a folder: .*nothing was written$/);
  });
});
