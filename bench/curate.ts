/**
 * The curation half of `npm run bench`, on the synthetic folder of 100,000
 * claims with one new article of figures to decide:
 * - in Chromium, from the key that accepts a candidate to the frame that
 *   shows the next one (the page moves on at once; the save follows);
 * - in Node, a decision's save: the row checked as claims check would, the
 *   file compared with the disk, and claims.csv written atomically;
 * - in Node, the start: the folder read and checked, then every article's
 *   candidates counted; and an article pasted in.
 */
import { launchChromium } from '../test/browser/support/chromium';
import { startWorkbench } from '../src/curate/server/server';
import { ensureUiBuilt } from '../src/curate/server/ui-build';
import { Workspace } from '../src/curate/workspace/workspace';
import { median, p95 } from './browser';

const PLACES = ['Sirte', 'Aleppo', 'Mosul', 'Raqqa', 'Homs', 'Derna'];

/** An article of `n` sentences, each with one figure to decide. */
export function articleWithFigures(n: number): string {
  const sentences = Array.from(
    { length: n },
    (_, i) =>
      `Officials in ${PLACES[i % PLACES.length]} said ${1000 + 37 * i} people had fled the fighting in district ${i + 1}.`,
  );
  return ['Thousands flee as fighting spreads', '', ...sentences.flatMap((s) => [s, ''])].join(
    '\n',
  );
}

export interface CurationFigures {
  /** The folder read, checked and indexed: the server can answer. */
  openSeconds: number;
  /** Every article's candidates found and counted (the server does it in the background). */
  countSeconds: number;
  /** An article pasted in: stored under the lock, the folder read again. */
  ingestSeconds: number;
  /** Candidates to decide in the folder as opened. */
  left: number;
  nextMedianMs: number;
  nextP95Ms: number;
  decisions: number;
  saveMedianMs: number;
}

export async function benchCuration(dir: string): Promise<CurationFigures> {
  const opened = performance.now();
  const workspace = new Workspace(dir);
  const openSeconds = (performance.now() - opened) / 1000;
  const left = workspace.queue().reduce((n, a) => n + a.left, 0);
  const countSeconds = (performance.now() - opened) / 1000 - openSeconds;
  const ingested = performance.now();
  const [id] = (await workspace.ingest('bench.txt', articleWithFigures(60))).ids;
  const ingestSeconds = (performance.now() - ingested) / 1000;

  // Saves, in Node: 10 decisions on the folder as the server makes them.
  const saves: number[] = [];
  for (const candidate of workspace.article(id!).candidates.slice(0, 10)) {
    const start = performance.now();
    workspace.accept(candidate.key);
    saves.push(performance.now() - start);
  }

  const workbench = await startWorkbench({ dir, port: 0, ui: await ensureUiBuilt(), workspace });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(workbench.url);
    await page.waitForSelector('mark strong.mention');
    // Timed in the page: keydown, then the frame after the next candidate's key appears.
    await page.evaluate(() => {
      const w = window as unknown as { __times: number[]; __down: number };
      w.__times = [];
      addEventListener('keydown', () => (w.__down = performance.now()), { capture: true });
      const key = document.querySelector('.side h2 .key')!;
      new MutationObserver(() =>
        requestAnimationFrame(() => w.__times.push(performance.now() - w.__down)),
      ).observe(key, { childList: true, characterData: true, subtree: true });
    });
    const decisions = 30;
    for (let i = 0; i < decisions; i++) {
      const before = await page.locator('.side h2 .key').textContent();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (previous) => document.querySelector('.side h2 .key')?.textContent !== previous,
        before,
      );
      // A curator reads before the next key; let the save land meanwhile.
      await page.waitForTimeout(150);
    }
    const times = await page.evaluate(() => (window as unknown as { __times: number[] }).__times);
    return {
      openSeconds,
      countSeconds,
      ingestSeconds,
      left,
      nextMedianMs: median(times),
      nextP95Ms: p95(times),
      decisions: times.length,
      saveMedianMs: median(saves),
    };
  } finally {
    await browser.close();
    await workbench.close();
  }
}
