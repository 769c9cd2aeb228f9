/**
 * The home page as a reader meets it, in Chromium: a fact sheet within a
 * budget of screens with its key figures on the first, and charts readable
 * on a 390 px phone and usable by touch.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { OpenOptions, Session } from './support/site';

let session: Session;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(noChromium)('the fact sheet in Chromium', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  /** The home page, once the app has taken over and every chart shown unfolded is drawn. */
  async function home(options: OpenOptions): Promise<Page> {
    const page = await session.open(options);
    await page.goto(session.site.url);
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await page.waitForSelector('#app .key .card');
    const figures = page.locator('#app figure.plot-figure:visible');
    await expect.poll(() => figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await figures.nth(i).locator('.chart-svg svg').waitFor();
    }
    await page.evaluate(() => scrollTo(0, 0));
    return page;
  }

  const screens = (page: Page, height: number) =>
    page.evaluate((h) => document.documentElement.scrollHeight / h, height);

  test('the home page fits in 5 screens at 1280×900 and 10 at 390×844, the key figures on the first', async () => {
    for (const [viewport, budget] of [
      [DESKTOP, 5],
      [PHONE, 10],
    ] as const) {
      const page = await home(viewport);
      const measured = await screens(page, viewport.height);
      expect(
        measured,
        `${viewport.width}px wide: ${measured.toFixed(2)} screens`,
      ).toBeLessThanOrEqual(budget);
      // The key figures start on the first screen, the first of them whole.
      const heading = await page.locator('#key-figures').boundingBox();
      const card = await page.locator('#app .key .card').first().boundingBox();
      expect(heading!.y).toBeLessThan(viewport.height);
      expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
      // Nothing is expanded to get there: "Other figures" is folded.
      expect(await page.locator('#app details.category').getAttribute('open')).toBeNull();
    }
    expect(session.errors).toEqual([]);
  });

  test('no chart shows a single figure, and no overview mixes measures of different kinds', async () => {
    const page = await home(DESKTOP);
    const measures = await page.evaluate(async () => {
      const text = await (await fetch('data/canonical/measures.csv')).text();
      return text;
    });
    const kindOf = new Map(
      measures
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => [line.split(',')[0]!, line.split(',').at(-1)!]),
    );
    // Those shown unfolded: a folded comparison is drawn when opened.
    const charts = await page.locator('#app .chart-svg[data-chart]:visible').evaluateAll((areas) =>
      areas.map((area) => ({
        id: area.getAttribute('data-chart')!,
        claims: [
          ...new Set(
            [...area.querySelectorAll('a[data-claim]')].map((a) => a.getAttribute('data-claim')!),
          ),
        ],
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    const claims = await page.evaluate(async () =>
      (await fetch('data/canonical/claims.csv')).text(),
    );
    const measureOf = new Map(
      [...claims.matchAll(/^([a-z0-9-]+),[a-z_]+,(?:"[^"]*"|[^,]*),([a-z0-9-]+),/gm)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    for (const chart of charts) {
      expect(chart.claims.length, chart.id).toBeGreaterThan(1);
      if (chart.id.startsWith('measure-')) continue;
      const kinds = new Set(chart.claims.map((c) => kindOf.get(measureOf.get(c)!)));
      expect([...kinds], chart.id).toHaveLength(1);
      expect(new Set(chart.claims.map((c) => measureOf.get(c))).size, chart.id).toBe(
        chart.claims.length,
      );
    }
    expect(session.errors).toEqual([]);
  });

  test('at 390 px every chart’s text is 12 px or more as rendered, none is cut or leaves its chart, and the plot keeps 60% of the width', async () => {
    const page = await home(PHONE);
    const charts = await page.locator('#app .chart-svg svg').evaluateAll((svgs) =>
      svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const scale = box.width / Number(svg.getAttribute('width'));
          const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
          // Plot hands the drawn SVG its scales: the x range is the plot area, in pixels.
          const [left, right] = (
            svg as unknown as { scale(name: 'x'): { range: [number, number] } }
          ).scale('x').range;
          return {
            id: svg.closest('[data-chart]')!.getAttribute('data-chart'),
            smallest: Math.min(
              ...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            ),
            cut: texts.map((t) => t.textContent!).filter((t) => t.endsWith('…')),
            outside: texts
              .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
              .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
              .map(({ text }) => text),
            plotShare: (right - left) / Number(svg.getAttribute('width')),
          };
        }),
    );
    expect(charts.length).toBeGreaterThan(2);
    for (const chart of charts) {
      expect(chart.smallest, chart.id!).toBeGreaterThanOrEqual(12);
      expect(chart.cut, chart.id!).toEqual([]);
      expect(chart.outside, chart.id!).toEqual([]);
      expect(chart.plotShare, chart.id!).toBeGreaterThanOrEqual(0.6);
    }
    expect(session.errors).toEqual([]);
  });

  test('a count’s axis has whole-number ticks, written as every figure is', async () => {
    const page = await home(DESKTOP);
    const ticks = await page
      .locator(
        '#app .chart-svg[data-chart="casualties-people-killed"] [aria-label="x-axis tick label"] text',
      )
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick).toMatch(/^\d{1,3}(,\d{3})*$/);
    const oil = await page
      .locator(
        '#app .chart-svg[data-chart^="oil-output-barrels-per-day"] [aria-label="x-axis tick label"] text',
      )
      .allTextContents();
    // Millions in words, as on the cards ("1.6 million bpd"), never "1.6M".
    expect(oil.some((t) => /million$/.test(t))).toBe(true);
    expect(oil.some((t) => /[KMB]$/.test(t))).toBe(false);
    expect(session.errors).toEqual([]);
  });

  test('on a touch screen the first tap on a mark shows its details with a link to the sentence; following it opens the sentence', async () => {
    const page = await home({ ...PHONE, hasTouch: true });
    const mark = page.locator('#app svg a[href="#/claims/sabratha-strike-deaths-4"]').first();
    await mark.scrollIntoViewIfNeeded();
    const before = page.url();
    await mark.tap();
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    const text = await tooltip.textContent();
    expect(text).toContain('41');
    expect(text).toContain('He said 41 people had been killed and six wounded.');
    expect(text).toContain('Hussein al-Thwadi, mayor of Sabratha');
    expect(text).toMatch(/publication date not recorded/i);
    // Within the screen: a phone has no room to spare.
    const box = await tooltip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    // A tap elsewhere hides it; a tap on its link opens the sentence.
    await page.locator('#app .scope').tap();
    await expect.poll(() => tooltip.count()).toBe(0);
    await mark.tap();
    await tooltip.getByRole('link', { name: 'Open the sentence' }).tap();
    await page.waitForSelector('article mark');
    expect(page.url()).toMatch(/#\/claims\/sabratha-strike-deaths-4$/);
    expect(session.errors).toEqual([]);
  });
});
