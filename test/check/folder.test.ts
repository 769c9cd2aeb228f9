/**
 * What a claims folder may hold, as `claims check` sees it: only regular
 * files are read. A link (to a file, to a folder, dangling), a folder or a
 * pipe where a file belongs, a file too large, a text no row lists, a leftover
 * temporary file: each is a problem at its own path, in one line, and none
 * hangs or crashes the checker.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { MAX_FILE_BYTES } from '../../src/node/regular-file';
import { checkDataset } from '../../src/model/check/dataset';
import { formatProblem } from '../../src/model/problem';
import { runCli } from '../support/cli';

let root: string;
let dir: string;
/** A file outside the claims folder, as a link would point to. */
let secret: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'claims-folder-'));
  dir = join(root, 'claims');
  cpSync('claims', dir, { recursive: true });
  secret = join(root, 'secret.txt');
  writeFileSync(secret, 'CI_TOKEN=do-not-publish\n');
});

/** claims check in its own process: a hang is killed and fails the test. */
function check(folder = dir): { status: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['bin/claims.js', 'check', folder], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const problems = () => checkDataset(loadDatasetInput(dir)).problems.map(formatProblem);
const shipped = 'islamic-state-tightens-grip-on-syrian-government';

describe('claims check on what the sources folder holds', () => {
  test.each([
    ['a link to a file outside', () => symlinkSync(secret, join(dir, 'sources', 'env.txt'))],
    [
      'a link to /proc/self/environ',
      () => symlinkSync('/proc/self/environ', join(dir, 'sources', 'env.txt')),
    ],
    ['a dangling link', () => symlinkSync(join(root, 'gone'), join(dir, 'sources', 'env.txt'))],
    ['a link to a folder', () => symlinkSync(root, join(dir, 'sources', 'env.txt'))],
    ['a folder', () => mkdirSync(join(dir, 'sources', 'env.txt'))],
    ['a named pipe', () => mkfifo(join(dir, 'sources', 'env.txt'))],
  ])('%s named *.txt is a not-a-regular-file problem at its path', (_what, make) => {
    make();
    const run = check();
    expect(run.status).toBe(1);
    expect(run.out).toMatch(
      new RegExp(`^${escape(dir)}/sources/env\\.txt:0:0: not-a-regular-file: is a .+$`, 'm'),
    );
    expect(run.out).not.toContain('do-not-publish');
    expect(run.err).not.toContain('internal error');
    expect(checkDataset(loadDatasetInput(dir)).texts.has('env')).toBe(false);
  });

  test('a unix socket in sources/ is reported, not opened', async () => {
    const server = createServer();
    const path = join(dir, 'sources', 'sock.txt');
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expect(check().out).toContain(`${dir}/sources/sock.txt:0:0: not-a-regular-file: is a socket`);
    } finally {
      server.close();
    }
  });

  test("a shipped source's text replaced by a link is refused, and so is its row", () => {
    const text = join(dir, 'sources', `${shipped}.txt`);
    rmSync(text);
    symlinkSync(secret, text);
    const found = problems();
    expect(found).toContain(
      `${dir}/sources/${shipped}.txt:0:0: not-a-regular-file: is a symbolic link (to ${secret}): only regular files inside the claims folder are read or published`,
    );
    expect(found.some((p) => p.includes(`source "${shipped}" has no usable text`))).toBe(true);
  });

  test('a text that no row of sources.csv lists is an unlisted-source-file problem', () => {
    writeFileSync(join(dir, 'sources', 'no-row-for-this.txt'), 'Some article.\n');
    expect(problems()).toContain(
      `${dir}/sources/no-row-for-this.txt:0:0: unlisted-source-file: no row of ${dir}/sources.csv has the id "no-row-for-this": add its row (claims ingest does) or delete the file`,
    );
    expect(checkDataset(loadDatasetInput(dir)).texts.has('no-row-for-this')).toBe(false);
  });

  test('a temporary file left by a killed ingest and any other stray file are reported', () => {
    writeFileSync(join(dir, 'sources', `${shipped}.txt.tmp-31337`), '');
    writeFileSync(join(dir, 'sources', 'notes.md'), 'to do\n');
    const found = problems();
    expect(found).toContain(
      `${dir}/sources/${shipped}.txt.tmp-31337:0:0: unlisted-source-file: a temporary file left by an interrupted write (claims ingest): delete it`,
    );
    expect(
      found.some((p) => p.startsWith(`${dir}/sources/notes.md:0:0: unlisted-source-file:`)),
    ).toBe(true);
  });

  test('hidden files in sources/ are passed over', () => {
    writeFileSync(join(dir, 'sources', '.gitkeep'), '');
    symlinkSync(secret, join(dir, 'sources', '.env'));
    expect(check()).toMatchObject({ status: 0 });
  });

  test('sources/ that is a link to a folder is not followed', () => {
    const elsewhere = join(root, 'elsewhere');
    cpSync(join(dir, 'sources'), elsewhere, { recursive: true });
    rmSync(join(dir, 'sources'), { recursive: true });
    symlinkSync(elsewhere, join(dir, 'sources'));
    const run = check();
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      `${dir}/sources:0:0: not-a-regular-file: is a symbolic link (to ${elsewhere})`,
    );
  });
});

describe('claims check on the tables themselves', () => {
  test.each([
    ['a link', (path: string) => symlinkSync(secret, path)],
    ['a dangling link', (path: string) => symlinkSync(join(root, 'gone'), path)],
    ['a folder', (path: string) => mkdirSync(path)],
    ['a named pipe', (path: string) => mkfifo(path)],
  ])('claims.csv, sources.csv or skipped.csv as %s is reported in one line each', (_what, make) => {
    for (const name of ['claims.csv', 'sources.csv', 'skipped.csv']) {
      rmSync(join(dir, name));
      make(join(dir, name));
    }
    const run = check();
    expect(run.status).toBe(1);
    for (const name of ['claims.csv', 'sources.csv', 'skipped.csv']) {
      expect(run.out).toMatch(
        new RegExp(`^${escape(dir)}/${name}:0:0: not-a-regular-file: is a `, 'm'),
      );
    }
    expect(run.out).not.toContain('file not found');
    expect(run.err).not.toContain('internal error');
  });

  test('a claims.csv over the size limit is refused with the limit, before it is read', () => {
    // Sparse: 600 MB on paper, nothing on disk; the checker must not read it.
    truncateSync(join(dir, 'claims.csv'), 600 * 1024 * 1024);
    const run = check();
    expect(run.status).toBe(1);
    expect(run.out).toBe(
      `${dir}/claims.csv:0:0: file-too-large: is 600 MiB, over the limit of ${MAX_FILE_BYTES / 1024 / 1024} MiB per file: it is not read\n`,
    );
  });

  test('a source text over the size limit is refused the same way', () => {
    truncateSync(join(dir, 'sources', `${shipped}.txt`), MAX_FILE_BYTES + 1);
    const found = problems();
    expect(found).toContain(
      `${dir}/sources/${shipped}.txt:0:0: file-too-large: is ${MAX_FILE_BYTES / 1024 / 1024 + 1} MiB, over the limit of ${MAX_FILE_BYTES / 1024 / 1024} MiB per file: it is not read`,
    );
  });

  test('a claims folder that is a file, or missing, is a one-line error', async () => {
    const file = join(root, 'x.txt');
    writeFileSync(file, '');
    expect(await runCli('check', file)).toEqual({
      code: 2,
      out: '',
      err: `claims: ${file}: not a folder`,
    });
  });
});

describe('claims extract on a folder with links, folders and pipes', () => {
  test('reads only the regular texts and names what it passed over', () => {
    symlinkSync('/proc/self/environ', join(dir, 'sources', 'env.txt'));
    mkfifo(join(dir, 'sources', 'pipe.txt'));
    mkdirSync(join(dir, 'sources', 'folder.txt'));
    const result = spawnSync(
      process.execPath,
      ['bin/claims.js', 'extract', '--json', join(dir, 'sources')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    for (const name of ['env', 'pipe', 'folder']) {
      expect(result.stderr).toMatch(
        new RegExp(
          `^${escape(dir)}/sources/${name}\\.txt:0:0: not-a-regular-file: .* \\(passed over\\)$`,
          'm',
        ),
      );
    }
    const ids = new Set(
      result.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).source_id),
    );
    expect(ids.has(shipped)).toBe(true);
    expect([...ids].some((id) => ['env', 'pipe', 'folder'].includes(id))).toBe(false);
  });
});

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
