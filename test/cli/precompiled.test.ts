/**
 * The precompiled CLI (src/cli/precompiled.js) on a small project of its
 * own: built once, reused while its sources are unchanged, built again when
 * one changes, and never used when it cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
// @ts-expect-error: plain JavaScript, without declarations.
import { precompiledEntry } from '../../src/cli/precompiled.js';

let root: string;
let cache: string;
let builds: number;

function write(file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

async function entry(build = true): Promise<string | undefined> {
  return (await precompiledEntry('main', {
    root,
    cache,
    build,
    entries: { main: 'src/main.ts' },
    onBuild: () => builds++,
  })) as string | undefined;
}

/** What the built entry prints when run. */
function run(url: string): string {
  const result = spawnSync(process.execPath, [fileURLToPath(url)], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'claims-precompiled-'));
  cache = join(root, 'cache');
  builds = 0;
  write(
    'src/main.ts',
    "import { answer } from './answer';\nconst here: string = import.meta.url;\nconsole.log(answer, here);\n",
  );
  write('src/answer.ts', 'export const answer: number = 42;\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the precompiled CLI', () => {
  test('is built once and reused while the sources are unchanged', async () => {
    const first = await entry();
    expect(first).toBeDefined();
    expect(builds).toBe(1);
    // A module's address is its source's, so it finds the files beside it.
    expect(run(first!)).toBe(`42 ${pathToFileURL(join(root, 'src/main.ts')).href}`);
    expect(await entry()).toBe(first);
    expect(builds).toBe(1);
  });

  test('is built again when a source it imports changes, and runs the new code', async () => {
    const first = await entry();
    write('src/answer.ts', 'export const answer: number = 43;\n');
    // Stale: not used, and not built when building is not allowed (a worker).
    expect(await entry(false)).toBeUndefined();
    const second = await entry();
    expect(builds).toBe(2);
    expect(second).not.toBe(first);
    expect(run(second!)).toMatch(/^43 /);
    // Back to the first sources: the same key, the same build.
    write('src/answer.ts', 'export const answer: number = 42;\n');
    expect(await entry()).toBe(first);
  });

  test('is built again for a project moved to another folder, whose modules find their own files', async () => {
    const first = await entry();
    // The same sources and the same cache, read from another folder: a moved
    // checkout, or one that shares another's node_modules.
    const moved = mkdtempSync(join(tmpdir(), 'claims-precompiled-moved-'));
    try {
      cpSync(join(root, 'src'), join(moved, 'src'), { recursive: true });
      const url = (await precompiledEntry('main', {
        root: moved,
        cache,
        entries: { main: 'src/main.ts' },
        onBuild: () => builds++,
      })) as string;
      expect(builds).toBe(2);
      expect(url).not.toBe(first);
      expect(run(url)).toBe(`42 ${pathToFileURL(join(moved, 'src/main.ts')).href}`);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });

  test('is built again when a source it imports is gone', async () => {
    await entry();
    write('src/main.ts', 'console.log("alone");\n');
    rmSync(join(root, 'src/answer.ts'));
    const url = await entry();
    expect(builds).toBe(2);
    expect(run(url!)).toBe('alone');
  });

  test('is not had when a source does not compile: the caller runs the sources', async () => {
    write('src/answer.ts', 'export const answer: number = ;\n');
    expect(await entry()).toBeUndefined();
    // No half build left behind.
    expect(readdirSync(cache).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  test('builds started at once all get a whole build', async () => {
    const urls = await Promise.all([entry(), entry(), entry()]);
    expect(new Set(urls).size).toBe(1);
    expect(run(urls[0]!)).toMatch(/^42 /);
  });
});
