/**
 * Golden-file assertions, after Observable Framework's snapshot convention.
 *
 * The expected output lives in `test/output/<name>` and is committed. A missing
 * file is written (so a new golden can be reviewed and committed) except on
 * CI, where it fails: CI must never pass by inventing its own expectations. On
 * a mismatch the actual output goes to `<name>-changed.<ext>` beside it
 * (gitignored) so it can be diffed, and accepted by moving it over the golden.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

/** Compares `actual` with the golden file `test/output/<name>`; throws on a difference. */
export function assertGolden(name: string, actual: string): void {
  const expectedPath = resolve(OUTPUT, name);
  if (relative(OUTPUT, expectedPath).startsWith('..')) {
    throw new Error(`golden file name escapes test/output/: ${name}`);
  }
  const ext = extname(expectedPath);
  const changedPath = `${expectedPath.slice(0, expectedPath.length - ext.length)}-changed${ext}`;
  const shown = relative(process.cwd(), expectedPath);
  const shownChanged = relative(process.cwd(), changedPath);

  if (!existsSync(expectedPath)) {
    if (process.env.CI === 'true') {
      throw new Error(`missing golden file ${shown}: run the tests locally and commit it`);
    }
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual, 'utf8');
    return;
  }

  const expected = readFileSync(expectedPath, 'utf8');
  if (expected === actual) {
    // A stale -changed file from an earlier run would only mislead.
    if (existsSync(changedPath)) unlinkSync(changedPath);
    return;
  }
  writeFileSync(changedPath, actual, 'utf8');
  throw new Error(
    `${shown} differs from the actual output, written to ${shownChanged}\n` +
      describeDifference(expected, actual) +
      `\nreview with: diff ${shown} ${shownChanged}` +
      `\naccept with: mv ${shownChanged} ${shown}`,
  );
}

function describeDifference(expected: string, actual: string): string {
  const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
  const a = lines(expected);
  const b = lines(actual);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (line: string | undefined): string =>
    line === undefined ? '(end of file)' : JSON.stringify(line);
  return (
    `first difference at line ${i + 1}:\n` +
    `  expected: ${show(a[i])}\n` +
    `  actual:   ${show(b[i])}\n` +
    `(${a.length} expected lines, ${b.length} actual lines)`
  );
}
