/**
 * A long fact sheet (thousands of measures) in Chromium: only the categories
 * near the viewport are drawn, the others as the reader scrolls to them, and
 * all of them for a print. The site serves a synthetic corpus in place of
 * the shipped one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { writeSyntheticCorpus } from '../../bench/synthetic';
import { writePublishedFiles } from '../../src/build/publish';
import { loadSiteData } from '../../src/build/site-data';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { Session } from './support/site';

let session: Session;
let work: string;

describe.skipIf(noChromium)('a long fact sheet in Chromium', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'long-sheet-'));
    // About 200 measures over 8 categories: more than a sheet draws at once.
    writeSyntheticCorpus(join(work, 'claims'), { sources: 400, claimsPerSource: 10 });
    writePublishedFiles(join(work, 'published'), loadSiteData(join(work, 'claims'), work));
    session = await startSession({ data: join(work, 'published') });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  async function home(): Promise<Page> {
    const page = await session.open({ width: 1280, height: 900 });
    await page.goto(session.site.url);
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await page.waitForSelector('#app .key .card');
    await page.waitForSelector('#app section.category .body figure .chart-svg svg');
    return page;
  }

  const sections = (page: Page) => page.locator('#app section.category');
  /** For each category section: whether its body is drawn, and how many tiles it lists. */
  const drawn = (page: Page) =>
    sections(page).evaluateAll((all) =>
      all.map((s) => ({
        body: s.querySelector(':scope > .body') !== null,
        pending: s.querySelector(':scope > .pending') !== null,
        tiles: s.querySelectorAll('li[data-measure]').length,
      })),
    );

  test('draws the categories near the viewport, and the others as the reader comes to them', async () => {
    const page = await home();
    const first = await drawn(page);
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(first[0]).toMatchObject({ body: true, pending: false });
    expect(first[0]!.tiles).toBeGreaterThan(0);
    const last = first.at(-1)!;
    expect(last).toEqual({ body: false, pending: true, tiles: 0 });
    // Every heading is there, with its counts, drawn or not.
    const headings = await sections(page).locator('h2 .count').allTextContents();
    expect(headings).toHaveLength(first.length);
    for (const count of headings) expect(count).toMatch(/^\d[\d,]* measures? · \d[\d,]* reports?$/);

    // Scrolled to as a reader would: the sections passed on the way are drawn
    // and move it further down, until it is reached.
    await expect
      .poll(async () => {
        await sections(page).last().scrollIntoViewIfNeeded();
        return (await drawn(page)).at(-1);
      })
      .toMatchObject({ body: true });
    expect((await drawn(page)).at(-1)!.tiles).toBeGreaterThan(0);
    // Three screens away again, the first is room of its height, not a jump.
    const before = await sections(page)
      .first()
      .evaluate((s) => s.getBoundingClientRect().height);
    await expect.poll(async () => (await drawn(page))[0]).toMatchObject({ pending: true });
    const after = await sections(page)
      .first()
      .evaluate((s) => s.getBoundingClientRect().height);
    expect(Math.abs(after - before)).toBeLessThan(2);
  });

  /** The charts drawn on the first screen and a half: which, whether current, and their marks. */
  const onScreen = (page: Page) =>
    page.locator('#app .chart-svg').evaluateAll((all) =>
      all
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return node.querySelector('svg') && box.bottom > 0 && box.top < innerHeight * 1.5;
        })
        .map((node) => ({
          chart: node.getAttribute('data-chart'),
          inert: node.hasAttribute('inert'),
          marks: [...node.querySelectorAll('a[data-claim]')]
            .map((a) => a.getAttribute('data-claim'))
            .join(' '),
        })),
    );

  test('a search draws the charts on screen as a page opened on it does, and erasing it brings back the same', async () => {
    const page = await home();
    const before = await onScreen(page);
    expect(before.length).toBeGreaterThan(0);
    await page.locator('input[type="search"]').fill('Mosul');
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/^\s*[\d,]+ of 4,000 claims/);
    // The URL follows once typing pauses.
    await expect.poll(() => page.url()).toContain('q=Mosul');
    const opened = await session.open({ width: 1280, height: 900 });
    await opened.goto(page.url());
    await opened.locator('#prerendered').waitFor({ state: 'detached' });
    await opened.waitForSelector('#app .chart-svg svg');
    await expect.poll(() => onScreen(opened)).toEqual(await onScreen(page));
    // The same once both have settled: the search's charts, current, not left stale.
    await expect.poll(() => onScreen(page)).toEqual(await onScreen(opened));
    const during = await onScreen(page);
    expect(during.every((c) => !c.inert)).toBe(true);
    expect(during).not.toEqual(before);
    await page.locator('input[type="search"]').fill('');
    await expect.poll(() => onScreen(page)).toEqual(before);
    // Two long sheets left open would take the machine from the tests after this one.
    await opened.context().close();
    await page.context().close();
  });

  test('a filter that brings a category and its charts near draws them before the page is painted, not when the observer reports a frame later', async () => {
    const page = await session.open({ width: 1280, height: 900 });
    // Once __holdObservers is set, IntersectionObserver reports are dropped:
    // what is drawn after that, the app found near by its own check.
    await page.addInitScript(() => {
      const Native = window.IntersectionObserver;
      const w = window as unknown as { __holdObservers?: boolean };
      window.IntersectionObserver = class extends Native {
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          super((entries, observer) => {
            if (!w.__holdObservers) callback(entries, observer);
          }, options);
        }
      };
    });
    await page.goto(session.site.url);
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await page.waitForSelector('#app section.category .body figure .chart-svg svg');
    const before = await drawn(page);
    const waiting = before.findIndex((s) => s.pending);
    expect(waiting).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { __holdObservers?: boolean }).__holdObservers = true;
    });
    // Its category alone: the section moves up to the first screen.
    const category = (await sections(page).nth(waiting).getAttribute('aria-labelledby'))!.replace(
      /^category-/,
      '',
    );
    await page.selectOption('select[name="category"]', category);
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/^\s*[\d,]+ of 4,000 claims/);
    await expect.poll(async () => (await drawn(page))[0]).toMatchObject({ body: true });
    // And the charts on the first screen, drawn for the search, not left stale.
    const charts = await page
      .locator('#app .chart-svg')
      .evaluateAll((all) =>
        all
          .filter((node) => node.getBoundingClientRect().top < innerHeight)
          .map((node) => node.querySelector('svg') !== null && !node.hasAttribute('inert')),
      );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every(Boolean)).toBe(true);
    await page.context().close();
  });

  test('a print draws every category and every chart in it', async () => {
    const page = await home();
    expect((await drawn(page)).some((s) => s.pending)).toBe(true);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const printed = await drawn(page);
    expect(printed.every((s) => s.body && !s.pending && s.tiles > 0)).toBe(true);
    // Charts mounted for the print are drawn too, however far down.
    const charts = await page
      .locator('#app section.category figure')
      .evaluateAll((all) => all.map((f) => f.querySelector('.chart-svg svg') !== null));
    expect(charts.length).toBeGreaterThan(1);
    expect(charts.every(Boolean)).toBe(true);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(async () => (await drawn(page)).at(-1)).toMatchObject({ pending: true });
  });

  test('"Other figures" is drawn when unfolded, and a search keeps the sheet truthful', async () => {
    const page = await home();
    const other = page.locator('#app details.other');
    expect(await other.locator('li[data-measure]').count()).toBe(0);
    await other.locator(':scope > summary').click();
    // Drawn once near the viewport, where the sections drawn above it on the
    // way may have pushed it from.
    await expect
      .poll(async () => {
        await other.locator(':scope > summary').scrollIntoViewIfNeeded();
        return other.locator('li[data-measure]').count();
      })
      .toBeGreaterThan(0);

    await page.evaluate(() => scrollTo(0, 0));
    // A search draws the sections near the viewport of the sheet it makes.
    const search = page.locator('input[type="search"]');
    await search.fill('Mosul');
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/^\s*[\d,]+ of 4,000 claims/);
    const shown = Number(
      (await page.locator('.summary').textContent())!.match(/[\d,]+/)![0]!.replace(/,/g, ''),
    );
    const counts = await sections(page).locator('h2 .count').allTextContents();
    const reports = counts.map((c) => Number(c.match(/· ([\d,]+) report/)![1]!.replace(/,/g, '')));
    // Other figures' count is in its summary, outside the sections.
    const otherCount = await other.locator(':scope > summary .count').textContent();
    const otherReports = Number(otherCount!.match(/· ([\d,]+) report/)![1]!.replace(/,/g, ''));
    expect(reports.reduce((a, b) => a + b, 0) + otherReports).toBe(shown);
    const first = (await drawn(page))[0]!;
    expect(first.body).toBe(true);
    expect(first.tiles).toBeGreaterThan(0);
  });
});
