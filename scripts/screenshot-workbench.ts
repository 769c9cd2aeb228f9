/**
 * Refreshes docs/workbench.png: the workbench as it really renders, on a copy
 * of claims/ with the test page of an aid convoy ingested, at 1280 × 900.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/browser/support/chromium';
import { startWorkbench } from '../src/curate/server/server';
import { ensureUiBuilt } from '../src/curate/server/ui-build';
import { runCli } from '../test/support/cli';

const [out = 'docs/workbench.png'] = process.argv.slice(2);
const dir = join(mkdtempSync(join(tmpdir(), 'claims-screenshot-')), 'claims');
cpSync('claims', dir, { recursive: true });
await runCli('ingest', 'test/fixtures/pages/aid-convoy.html', '--out', dir);
const workbench = await startWorkbench({ dir, port: 0, ui: await ensureUiBuilt() });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(workbench.url);
  await page.waitForSelector('mark strong.mention');
  // The third candidate: a figure with its speaker and a measure to choose.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.waitForSelector('mark strong.mention');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await workbench.close();
}
