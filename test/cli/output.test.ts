/**
 * What the claims command writes to a real pipe (bin/claims.js in a child
 * process): nothing from the data runs as a terminal command, and a reader
 * that stops early (`| head -1`) ends the command quietly.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLOSED_OUTPUT_STATUS } from '../../src/cli/io';
import { CLAIM_ROW, claimsCsv, writeClaimsFolder } from '../support/dataset';
import { RAW_CONTROL } from '../support/characters';

const CLI = 'bin/claims.js';
/** Erase the line, go up one, print a forged result; set the window title; a hidden link. */
const FORGERY =
  '\u001b[2K\u001b[1A\rok: 1 claims\u001b]0;owned\u0007\u001b]8;;http://evil.example\u0007x\u009b2J';

let dir: string;

beforeAll(() => {
  dir = writeClaimsFolder();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claims check on hostile cells, through a pipe', () => {
  test('prints the escape sequences as text, never raw', () => {
    const fields = ['id', 'category', 'value', 'qualifier', 'as_of', 'source_id', 'mention'];
    writeFileSync(
      join(dir, 'claims.csv'),
      claimsCsv(...fields.map((field, i) => ({ ...CLAIM_ROW, id: `c${i}`, [field]: FORGERY }))),
    );
    const run = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').length).toBeGreaterThan(fields.length);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('\\u001b[2K\\u001b[1A\\rok: 1 claims\\u001b]0;owned\\u0007');
  });

  test('escapes a hostile folder name in its error too', () => {
    const run = spawnSync(process.execPath, [CLI, 'check', `${FORGERY}/nowhere`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('\\u001b[2K');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});

/**
 * Runs the CLI into `head -n 1` through a shell pipe, as a reader would:
 * head exits after the first line and the pipe closes under the command.
 */
function pipedIntoHead(args: string[]): { first: string; status: number | null; stderr: string } {
  const run = spawnSync(
    'bash',
    ['-c', '"$0" "$@" | head -n 1; exit "${PIPESTATUS[0]}"', process.execPath, CLI, ...args],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { first: run.stdout, status: run.status, stderr: run.stderr };
}

describe('a reader that closes early', () => {
  // Far more output than a pipe buffers, so the command is still writing when the reader goes.
  const LINES = 20_000;

  test('ends claims check quietly', () => {
    writeFileSync(
      join(dir, 'claims.csv'),
      `${Object.keys(CLAIM_ROW).join(',')}\n${'x\n'.repeat(LINES)}`,
    );
    const run = pipedIntoHead(['check', dir]);
    expect(run.first).toMatch(/claims\.csv:2:2: missing-cell/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(CLOSED_OUTPUT_STATUS);
  }, 30_000);

  test('ends claims extract quietly', () => {
    const text = join(dir, 'long.txt');
    writeFileSync(
      text,
      'Officials said 40 people were killed and 12 were wounded.\n'.repeat(LINES),
    );
    const run = pipedIntoHead(['extract', text, '--json']);
    expect(run.first).toMatch(/^\{"source_id":null,/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(CLOSED_OUTPUT_STATUS);
  }, 30_000);
});
