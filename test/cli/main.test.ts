import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli';

describe('claims CLI', () => {
  test.each([[['--help']], [['check', '--help']], [['ingest', '--help']]])(
    'claims %j prints usage and exits 0',
    async (argv) => {
      const run = await runCli(...argv);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Usage: claims/);
    },
  );

  test('claims with an unknown command prints usage and exits 2', async () => {
    const run = await runCli('frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown command "frobnicate"');
  });

  test('claims check with an unknown option names it', async () => {
    const run = await runCli('check', '--verbose');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--verbose');
  });

  test('claims check passes on the shipped claims folder', async () => {
    const run = await runCli('check');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ok: \d+ claims of \d+ measures in 10 sources/);
  });

  test('claims check of a missing folder says so', async () => {
    const run = await runCli('check', 'no/such/folder');
    expect(run.code).toBe(2);
    expect(run.err).toBe('claims: no/such/folder: no such folder');
  });
});
