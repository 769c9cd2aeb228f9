import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/model/csv/parse';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import { URL_PAUSE_MS } from '../../src/app/state/view.svelte';
import type { Session } from './support/site';

let session: Session;

describe.skipIf(noChromium)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  async function home(path = ''): Promise<Page> {
    const page = await session.open();
    await page.goto(`${session.site.url}${path}`);
    // In #app: the prerendered fact sheet has cards too, and goes when the app takes over.
    await page.waitForSelector('#app main :is(.card, .notice, [role="table"], article)');
    return page;
  }

  /**
   * Opens what is folded (other figures, agreeing comparisons) and scrolls to
   * every chart in turn: charts are drawn as they come near the viewport.
   */
  async function drawEveryChart(page: Page): Promise<void> {
    await page.locator('#app details.category, #app details.compare').first().waitFor();
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>(
        '#app details.category, #app details.compare',
      )) {
        d.open = true;
      }
    });
    const figures = page.locator('figure.plot-figure');
    await expect.poll(() => figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await figures.nth(i).locator('.chart-svg svg').waitFor();
    }
  }

  test('the fact sheet shows cards and charts whose marks link to sentences', async () => {
    const page = await home();
    expect(await page.locator('.key .card').count()).toBe(6);
    expect(await page.locator('li.measure').count()).toBeGreaterThan(10);
    const figures = page.locator('figure.plot-figure');
    const drawn = page.locator('figure.plot-figure:has(.chart-svg svg)');
    await expect.poll(() => drawn.count()).toBeGreaterThan(0);
    // Only the charts near the viewport are drawn; those further down wait.
    expect(await drawn.count()).toBeLessThan(await figures.count());

    await drawEveryChart(page);
    expect(await drawn.count()).toBe(await figures.count());
    const marks = page.locator('figure svg a[href^="#/claims/"]');
    expect(await marks.count()).toBeGreaterThan(await figures.count());
    expect(session.errors).toEqual([]);
  });

  test('without JavaScript the built page shows the fact sheet, its key figures on a phone’s first screen, its charts drawn', async () => {
    const page = await session.open({ width: 412, javaScriptEnabled: false });
    await page.goto(session.site.url);
    expect(await page.locator('#prerendered .key .card').count()).toBe(6);
    expect(await page.locator('#prerendered li.measure').count()).toBeGreaterThan(10);
    const card = await page.locator('#prerendered .key .card').first().boundingBox();
    expect(card!.y + card!.height).toBeLessThan(900);
    const mark = page
      .locator('figure .chart-svg svg a[href^="#/claims/"]')
      .filter({ visible: true })
      .first();
    expect(await mark.isVisible()).toBe(true);
    // The phone-width drawing, not the desktop one scaled down.
    const drawing = page.locator('figure .chart-svg svg:visible').first();
    expect(await drawing.getAttribute('class')).toContain('snapshot-narrow');
  });

  test('the app takes over from the prerendered fact sheet, with the same cards', async () => {
    const still = await session.open({ javaScriptEnabled: false });
    await still.goto(session.site.url);
    const cards = await still.locator('#prerendered .card .figure').allTextContents();

    const page = await session.open();
    await page.goto(session.site.url);
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#app .card .figure').allTextContents()).toEqual(cards);
    // Live: the search filters the cards.
    await page.fill('input[type="search"]', 'Sabratha');
    await expect.poll(() => page.locator('#app .card').count()).toBeLessThan(cards.length);
    expect(session.errors).toEqual([]);
  });

  test('a search typed before the app takes over is kept, with the focus', async () => {
    const page = await session.open();
    // Hold the data back, so the prerendered page is what the reader types into.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/canonical/claims.csv', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.site.url);
    await page.locator('#prerendered input[name="q"]').fill('Sabratha');
    release();
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    expect(await page.inputValue('#app input[name="q"]')).toBe('Sabratha');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await expect.poll(() => page.url()).toContain('q=Sabratha');
    await expect
      .poll(() => page.locator('.summary').textContent())
      .not.toMatch(/^(\d+) of \1 claims/);
    expect(session.errors).toEqual([]);
  });

  test('a link to another view never shows the prerendered fact sheet', async () => {
    const page = await session.open();
    await page.goto(`${session.site.url}#/table`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('#prerendered').count()).toBe(0);
    await page.waitForSelector('main [role="table"]');
    expect(session.errors).toEqual([]);
  });

  test('the compared figures follow the search, and come back when it is erased', async () => {
    const page = await home();
    const charted = () =>
      page
        .locator('#app [data-chart^="measure-"]')
        .evaluateAll((charts) => charts.map((c) => c.getAttribute('data-chart')));
    // The charts come with the chart code, after the cards.
    await expect.poll(charted).toContain('measure-sabratha-strike-deaths');
    const all = await charted();
    expect(all.length).toBeGreaterThan(1);

    const search = page.locator('input[type="search"]');
    // Only the child soldiers' reports say 89.
    await search.fill('89');
    await expect.poll(charted).not.toEqual(all);
    expect(await charted()).toEqual(['measure-islamic-state-child-soldier-deaths']);
    // The measure's entry says how many of its reports are shown, as its chart shows them.
    expect(
      await page
        .locator('#app .card[data-measure="islamic-state-child-soldier-deaths"] .agreement')
        .textContent(),
    ).toBe('3 reports agree');

    await search.fill('');
    await expect.poll(charted).toEqual(all);
    expect(session.errors).toEqual([]);
  });

  test('following a chart mark opens its article with the sentence in a <mark>', async () => {
    const page = await home();
    await drawEveryChart(page);
    const mark = page.locator('figure svg a[href="#/claims/sabratha-strike-deaths-4"]').first();
    await mark.click();
    await page.waitForSelector('article mark');
    expect(page.url()).toMatch(/#\/claims\/sabratha-strike-deaths-4$/);
    expect(await page.locator('article mark').textContent()).toBe(
      'He said 41 people had been killed and six wounded.',
    );
    expect(await page.locator('article mark strong').textContent()).toBe('41 people');
    // Scrolled into view.
    const box = await page.locator('article mark').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(await page.locator('.claim-fields').textContent()).toContain('Hussein al-Thwadi');
    expect(await page.locator('.side-by-side li').count()).toBe(3);
  });

  test('filters and search live in the URL and survive a reload, back and forward', async () => {
    const page = await home();
    await page.selectOption('select[name="category"]', 'casualties');
    await page.fill('input[type="search"]', 'Sabratha');
    await expect.poll(() => page.url()).toContain('q=Sabratha');
    expect(page.url()).toContain('category=casualties');
    const summary = await page.locator('.summary').textContent();
    await page.reload();
    await page.waitForSelector('#app .card');
    expect(await page.inputValue('input[type="search"]')).toBe('Sabratha');
    expect(await page.inputValue('select[name="category"]')).toBe('casualties');
    expect(await page.locator('.summary').textContent()).toBe(summary);
    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="category"]')).toBe('');
    await page.goForward();
    await expect.poll(() => page.inputValue('select[name="category"]')).toBe('casualties');
  });

  test('typing updates the page at once and the URL when typing pauses; a link followed meanwhile keeps the search to come back to', async () => {
    const page = await home();
    // When each key came and when the URL was replaced, by the page's clock.
    await page.evaluate(() => {
      const w = window as unknown as { __log: [string, number][] };
      w.__log = [];
      addEventListener('keydown', () => w.__log.push(['key', performance.now()]), true);
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.__log.push(['url', performance.now()]);
        replace(...args);
      };
    });
    await page.locator('input[type="search"]').focus();
    await page.keyboard.type('Sabr');
    await expect.poll(() => page.url()).toContain('q=Sabr');
    const log = await page.evaluate(
      () => (window as unknown as { __log: [string, number][] }).__log,
    );
    // The URL is written only after a pause in typing, never at a key.
    let lastKey = -Infinity;
    for (const [what, at] of log) {
      if (what === 'key') lastKey = at;
      else expect(at - lastKey).toBeGreaterThanOrEqual(URL_PAUSE_MS);
    }
    expect(log.filter(([what]) => what === 'url').length).toBeGreaterThan(0);
    // Typing again, then following a claim's link before the pause is over:
    // the entry left holds the search, for back to come back to.
    await page.keyboard.type('atha');
    await page.locator('#app .card a[href^="#/claims/"]').first().click();
    await page.waitForSelector('article mark');
    await page.goBack();
    await expect.poll(() => page.inputValue('input[type="search"]')).toBe('Sabratha');
    expect(page.url()).toContain('q=Sabratha');
  });

  test('Download CSV gives the shown claims, with the columns of claims.csv', async () => {
    const page = await home('#/?category=oil_output');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download CSV")'),
    ]);
    expect(download.suggestedFilename()).toBe('claims-filtered.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const downloaded = parseCsv(text.slice(1)).rows.map((r) => r.values);
    const all = parseCsv(readFileSync('claims/claims.csv', 'utf8')).rows.map((r) => r.values);
    const expected = [all[0]!, ...all.slice(1).filter((r) => r[1] === 'oil_output')];
    expect(downloaded).toEqual(expected);
  });

  test('an unknown chart or claim id shows not found, not a blank page', async () => {
    for (const path of ['#/charts/nope', '#/charts/..%2Fx', '#/claims/%00', '#/whatever']) {
      const page = await home(path);
      expect(await page.locator('main .notice').textContent()).toMatch(/not found/i);
    }
    expect(session.errors).toEqual([]);
  });

  test('the layout works at 320 px wide with no sideways scrolling', async () => {
    const page = await session.open({ width: 320 });
    await page.goto(session.site.url);
    await page.waitForSelector('#app .card');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a chart prints within an A4 page, with its source line and without the controls', async () => {
    // A4 at 96 dpi, less 12 mm margins: 186 mm = 703 px.
    const page = await session.open({ width: 703 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${session.site.url}#/charts/measure-sabratha-strike-deaths`);
    await page.waitForSelector('figure svg a');
    const svg = await page.locator('figure svg').first().boundingBox();
    expect(svg!.width).toBeLessThanOrEqual(703);
    expect(await page.locator('.chart-source').first().isVisible()).toBe(true);
    expect(await page.locator('.chart-source').first().textContent()).toMatch(
      /^Sources?: .*[Pp]ublication dates? not recorded/,
    );
    expect(await page.locator('button:has-text("Log scale")').first().isVisible()).toBe(false);
    expect(await page.locator('details.share').first().isVisible()).toBe(false);
  });

  test('the fact sheet says what the sources say: the reporter’s words, agreement and dates', async () => {
    const page = await home();
    const card = (title: string) =>
      page.locator('#app .card', { has: page.getByRole('heading', { name: title, exact: true }) });
    // A vague amount in the reporter's words, its convention a note.
    const militants = card('Islamic State militants in Libya (U.S. estimate)');
    expect(await militants.locator('.figure').textContent()).toBe('low thousands');
    expect(await militants.locator('.note').textContent()).toBe(
      'read as 1,000–3,000 by convention',
    );
    // Contested only where reports conflict; the comparison chart names them.
    expect(await page.locator('#app .card.contested .title').allTextContents()).toEqual([
      'People killed in the U.S. air strike on Sabratha',
    ]);
    expect(
      await card('People killed in the U.S. air strike on Sabratha')
        .locator('.agreement')
        .textContent(),
    ).toBe('Contested: 3 reports conflict');
    expect(
      await card('Children who died acting for Islamic State since January 2015')
        .locator('.agreement')
        .textContent(),
    ).toBe('3 reports agree');
    // Every card says when, or that it is not recorded.
    const dates = await page.locator('#app .card .meta').allTextContents();
    expect(dates.length).toBe(await page.locator('#app .card').count());
    for (const date of dates) expect(date).toMatch(/publication date not recorded$/i);
    // The comparison charts say whether their reports agree, conflicts first.
    const subtitles = await page
      .locator('#app figure:has([data-chart^="measure-"]) .chart-subtitle')
      .allTextContents();
    expect(subtitles[0]).toMatch(
      /^Reports conflict: “40 people” \(Reuters\) and “41 people” \(Hussein al-Thwadi, mayor of Sabratha\) cannot both be true/,
    );
    expect(subtitles.slice(1).every((s) => /^The \d reports agree: /.test(s))).toBe(true);
    expect(session.errors).toEqual([]);
  });

  test('Cite this chart labels the build date as compiled, and gives the figures’ dates', async () => {
    const page = await session.open();
    await page.goto(`${session.site.url}#/charts/measure-sabratha-strike-deaths`);
    await page.waitForSelector('#app figure svg a');
    await page.locator('details.share summary').click();
    const citation = await page.locator('details.share textarea').nth(1).inputValue();
    expect(citation).toMatch(
      /^“People killed in the U\.S\. air strike on Sabratha”\. Source: Reuters, 1 article\. Publication date not recorded\. Figures as reported\. Claims fact sheet, http/,
    );
    expect(citation).toMatch(
      /\(data version [^,]+, compiled \d{4}-\d{2}-\d{2}; accessed \d{4}-\d{2}-\d{2}\)\.$/,
    );
    expect(session.errors).toEqual([]);
  });

  test('the claims table and the claim view give the dates, or say they are not recorded', async () => {
    const page = await home('#/table?q=suicide missions');
    const rows = page.locator('.body [role="row"][aria-rowindex]');
    const row = rows.filter({ hasText: 'during January 2015' });
    expect((await row.locator('.date').textContent())!.trim()).toBe('Jan 2015');
    expect(await row.locator('.date').getAttribute('title')).toBe(
      'figure for Jan 2015; publication date not recorded',
    );
    const undated = rows.filter({ hasText: 'last month' });
    expect((await undated.locator('.date').textContent())!.trim()).toBe('not recorded');
    await page.goto(`${session.site.url}#/claims/tunis-sousse-attack-deaths-1`);
    await page.waitForSelector('.claim-fields');
    expect(await page.locator('#claim-figure').textContent()).toBe('dozens of tourists');
    const fields = page.locator('.claim-fields dl');
    expect(await fields.textContent()).toMatch(/Published\s*publication date not recorded/);
    expect(session.errors).toEqual([]);
  });

  test('the footer links data/measures.csv: each measure with whether its reports agree', async () => {
    const page = await home();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('footer a[href="data/measures.csv"]'),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).rows.map((r) => r.values);
    expect(header).toEqual([
      'id',
      'title',
      'category',
      'unit',
      'place',
      'period',
      'definition',
      'featured',
      'kind',
      'reports',
      'agreement',
      'agreed_low',
      'agreed_high',
    ]);
    const toll = rows.find((r) => r[0] === 'sabratha-strike-deaths')!;
    expect(toll.slice(8)).toEqual(['killed', '3', 'conflict', '', '']);
    const militants = rows.find((r) => r[0] === 'islamic-state-militants-in-libya')!;
    expect(militants.slice(8)).toEqual(['militants', '2', 'agree', '1000', '3000']);
  });

  test('a chart mark shows its tooltip on keyboard focus', async () => {
    const page = await home();
    const mark = page.locator('figure svg a[href^="#/claims/"]').first();
    await mark.focus();
    const tooltip = page.locator('[role="tooltip"]').first();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/\d/);
  });

  test('following a focused mark, or navigating away from it, throws nothing', async () => {
    const page = await home();
    const mark = page.locator('#app figure svg a[href^="#/claims/"]').first();
    await mark.focus();
    await page.locator('[role="tooltip"]').first().waitFor();
    // The chart, its focused mark and the tooltip go as the claim's page comes.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#app article mark');
    session.assertNoErrors();

    await page.goBack();
    await page.locator('#app figure svg a[href^="#/claims/"]').first().focus();
    await page.locator('[role="tooltip"]').first().waitFor();
    await page.evaluate(() => (location.hash = '#/table'));
    await page.waitForSelector('#app main [role="table"]');
    session.assertNoErrors();
  });
});
