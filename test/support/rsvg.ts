/**
 * Whether librsvg's rsvg-convert is installed. Tests that need it are skipped
 * elsewhere, saying so in their name and in one warning line, but fail under
 * CI=true, where .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';

export const hasRsvg = spawnSync('rsvg-convert', ['--version']).status === 0;
export const RSVG_HINT = 'rsvg-convert is not installed (sudo apt-get install librsvg2-bin)';
/** Skip the test (not fail) when rsvg-convert is missing outside CI. */
export const skipWithoutRsvg = !hasRsvg && process.env.CI !== 'true';
/** Appended to a test's name when rsvg-convert is missing. */
export const RSVG_NOTE = hasRsvg
  ? ''
  : process.env.CI === 'true'
    ? ` (${RSVG_HINT})`
    : ` (skipped: ${RSVG_HINT})`;

/** Call first in such a test: under CI a missing rsvg-convert is a failure. */
export function requireRsvg(): void {
  if (!hasRsvg) throw new Error(`CI=true and ${RSVG_HINT}`);
}
