/**
 * Finds Debian's Chromium for the browser tests. Nothing here downloads a
 * browser. Without Chromium the browser tests are skipped with one line saying
 * how to install it, except under CI=true, where a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = candidates.find((p): p is string => !!p && existsSync(p));

const INSTALL_HINT =
  'browser tests skipped: no Chromium found; install it with `sudo apt-get install chromium` or set CHROMIUM_PATH';

if (!chromiumPath) {
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${INSTALL_HINT.replace('browser tests skipped: ', '')}`);
  }
  console.warn(INSTALL_HINT);
}

/** Skip the suite (not fail) when no Chromium is installed outside CI. */
export const noChromium = !chromiumPath;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
