/**
 * readRegularFile reads a regular file whole in as few system calls as it
 * can: one read when the file is the size fstat gave, and on to the end of
 * a file that grew after it was examined.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readRegularFile } from '../../src/node/regular-file';

const io = vi.hoisted(() => ({ reads: 0, grownBy: 0 }));

vi.mock('node:fs', async (original) => {
  const m = await original<typeof import('node:fs')>();
  return {
    ...m,
    readSync: (...args: Parameters<typeof m.readSync>) => {
      io.reads++;
      return m.readSync(...args);
    },
    // As if the file grew by `grownBy` bytes between fstat and the reads.
    fstatSync: (...args: Parameters<typeof m.fstatSync>) => {
      const stats = m.fstatSync(...args) as import('node:fs').Stats;
      if (io.grownBy > 0) stats.size -= io.grownBy;
      return stats;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'claims-regular-file-'));

function written(name: string, bytes: number): { path: string; content: Buffer } {
  const content = Buffer.alloc(bytes);
  for (let k = 0; k < bytes; k++) content[k] = 97 + (k % 26);
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, content };
}

function bytesOf(path: string): Buffer {
  const result = readRegularFile(path);
  if (!('bytes' in result)) throw new Error(`not read: ${JSON.stringify(result)}`);
  return Buffer.from(result.bytes);
}

afterEach(() => {
  io.reads = 0;
  io.grownBy = 0;
});

describe('readRegularFile', () => {
  test('reads a file of the size fstat gave with one read, whole', () => {
    for (const size of [1, 4096, 70_000]) {
      io.reads = 0;
      const { path, content } = written(`f${size}.txt`, size);
      expect(bytesOf(path).equals(content)).toBe(true);
      expect(io.reads).toBe(1);
    }
  });

  test('an empty file is read to its end', () => {
    const { path } = written('empty.txt', 0);
    expect(bytesOf(path)).toHaveLength(0);
  });

  test('a file that grew after fstat is read on to its end', () => {
    for (const grownBy of [1, 10, 5000]) {
      io.grownBy = grownBy;
      const { path, content } = written(`grown${grownBy}.txt`, 6000);
      expect(bytesOf(path).equals(content)).toBe(true);
      expect(io.reads).toBeGreaterThan(1);
    }
  });
});
