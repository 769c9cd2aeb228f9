/**
 * The chart embeds of the built site in Chromium: the iframe snippet of
 * dist/charts/index.json in a page of another origin (it grows to its chart,
 * with no inner scrollbar, and ignores stray messages), the embed page with
 * and without JavaScript and in print, the 404 page, and the standalone SVG
 * drawn by Chromium and by librsvg.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT } from '../../src/embed/code';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { Session } from './support/site';
import { hasRsvg, requireRsvg, RSVG_HINT, RSVG_NOTE, skipWithoutRsvg } from '../support/rsvg';

interface Entry {
  id: string;
  title: string;
  embed: string;
  embedCode: string;
}

let session: Session;

const CHARTS = ['measure-sabratha-strike-deaths', 'casualties-people'];

if (!hasRsvg && !noChromium && process.env.CI !== 'true') {
  console.warn(`Chromium/librsvg comparison skipped: ${RSVG_HINT}`);
}

describe.skipIf(noChromium)('chart embeds in Chromium', () => {
  let catalogue: Entry[];
  /**
   * The host pages, served on another port: another origin than the site, as
   * a news site is. (A page made up by page.route would count as public, and
   * Chromium's local network access checks would block its iframe.)
   */
  const hostPages = new Map<string, string>();
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    host = createServer((req, res) => {
      const body = hostPages.get(req.url ?? '');
      if (body === undefined) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    session = await startSession();
    catalogue = (JSON.parse(readFileSync('dist/charts/index.json', 'utf8')) as { charts: Entry[] })
      .charts;
  });
  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => host?.close(resolve));
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  const entry = (id: string): Entry => {
    const found = catalogue.find((c) => c.id === id);
    if (!found) throw new Error(`no chart ${id} in dist/charts/index.json`);
    return found;
  };

  /** The embed page's absolute URL: index.json's URLs are relative to dist/charts/. */
  const embedUrl = (id: string): string =>
    new URL(entry(id).embed, `${session.site.url}charts/`).href;

  /** The snippet of index.json, with its src made absolute as on a public site. */
  function snippet(id: string): string {
    const { embed, embedCode } = entry(id);
    const code = embedCode.replace(`src="${embed}"`, `src="${embedUrl(id)}"`);
    expect(code).not.toBe(embedCode);
    return code;
  }

  /** A page of another origin holding only the embed codes of `ids`. */
  async function hostPage(ids: string[], width = 900): Promise<Page> {
    const path = `/report-${hostPages.size}.html`;
    hostPages.set(
      path,
      '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        // A news site has its icon: a missing one is a 404 in the console.
        '<link rel="icon" href="data:,"><title>Report</title></head>' +
        `<body>${ids.map(snippet).join('\n')}</body></html>`,
    );
    const page = await session.open({ width });
    // Records every message the host page receives, before any of its scripts run.
    await page.addInitScript(() => {
      const w = window as unknown as { received: unknown[] };
      w.received = [];
      addEventListener('message', (e) => w.received.push(e.data));
    });
    await page.goto(`${hostUrl}${path}`);
    expect(new URL(hostUrl).origin).not.toBe(new URL(session.site.url).origin);
    // Every frame reports its height at least once (on load).
    for (const id of ids) {
      await expect
        .poll(() => received(page).then((all) => all.some((d) => d.id === id)), {
          timeout: 15_000,
        })
        .toBe(true);
    }
    return page;
  }

  const received = (page: Page) =>
    page.evaluate(() => (window as unknown as { received: { id?: unknown }[] }).received);

  const frameHeight = (page: Page, id: string) =>
    page.locator(`iframe[data-chart="${id}"]`).evaluate((f: HTMLIFrameElement) => f.style.height);

  async function frameOf(page: Page, id: string): Promise<Frame> {
    const frame = await page.locator(`iframe[data-chart="${id}"]`).elementHandle();
    const content = await frame!.contentFrame();
    if (!content) throw new Error(`iframe ${id} has no frame`);
    await content.waitForSelector('figure svg', { state: 'attached' });
    return content;
  }

  /**
   * Waits until no message has arrived for a while: the frame settles after a
   * scrollbar comes and goes.
   */
  async function settled(page: Page): Promise<void> {
    let last = -1;
    for (let i = 0; i < 50; i++) {
      await page.waitForTimeout(150);
      const now = (await received(page)).length;
      if (now === last) return;
      last = now;
    }
    throw new Error('the embed keeps posting heights: a resize loop?');
  }

  for (const width of [320, 900]) {
    test(`at ${width} px the iframe grows to its chart, with no inner scrollbar`, async () => {
      const page = await hostPage(CHARTS, width);
      await settled(page);
      for (const id of CHARTS) {
        const frame = await frameOf(page, id);
        const inner = await frame.evaluate(() => ({
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          contentHeight: document.documentElement.getBoundingClientRect().height,
          innerHeight,
          innerWidth,
          svgHeight: [...document.querySelectorAll('figure svg')]
            .map((svg) => svg.getBoundingClientRect().height)
            .find((h) => h > 0)!,
        }));
        const iframe = await page
          .locator(`iframe[data-chart="${id}"]`)
          .evaluate((f: HTMLIFrameElement) => ({
            clientHeight: f.clientHeight,
            clientWidth: f.clientWidth,
          }));
        expect(inner.svgHeight, id).toBeGreaterThan(150);
        expect(inner.scrollHeight, `${id}: vertical scrollbar`).toBeLessThanOrEqual(
          inner.innerHeight + 1,
        );
        expect(
          Math.abs(iframe.clientHeight - inner.contentHeight),
          `${id}: height`,
        ).toBeLessThanOrEqual(2);
        expect(inner.scrollWidth, `${id}: horizontal overflow`).toBeLessThanOrEqual(
          inner.innerWidth,
        );
        expect(iframe.clientWidth).toBeLessThanOrEqual(width);
      }
      // Nor does the host page scroll sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(session.errors).toEqual([]);
    });
  }

  test('in a narrow frame, the tooltip of the bottom mark stays inside the frame', async () => {
    const id = 'measure-sabratha-strike-deaths';
    const page = await hostPage([id], 320);
    await settled(page);
    const frame = await frameOf(page, id);
    // The last row: just above the axis, with little room below it.
    await frame
      .locator('.chart.narrow a[data-claim="sabratha-strike-deaths-4"]:not([tabindex="-1"])')
      .hover();
    const tooltip = frame.locator('[role=tooltip]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const inside = await frame.evaluate(() => {
      const box = document.querySelector('[role=tooltip]')!.getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        innerHeight,
        scrollHeight: document.documentElement.scrollHeight,
      };
    });
    expect(inside.top).toBeGreaterThanOrEqual(0);
    expect(inside.bottom).toBeLessThanOrEqual(inside.innerHeight);
    expect(inside.scrollHeight).toBeLessThanOrEqual(inside.innerHeight + 1);
    expect(await tooltip.textContent()).toContain('He said 41 people had been killed');
    expect(session.errors).toEqual([]);
  });

  test('the resize script ignores messages from elsewhere and of the wrong shape, and clamps', async () => {
    const [id] = CHARTS as [string];
    const page = await hostPage([id]);
    await settled(page);
    const before = await frameHeight(page, id);
    expect(before).toMatch(/^\d+px$/);

    /** Posts `data` from `from` and waits until the host page has received it. */
    async function post(from: Page | Frame, data: object): Promise<void> {
      const seen = page.evaluate(
        (marker) =>
          new Promise<void>((resolve) => {
            addEventListener('message', function listener(e: MessageEvent) {
              if ((e.data as { marker?: string })?.marker === marker) {
                removeEventListener('message', listener);
                resolve();
              }
            });
          }),
        (data as { marker: string }).marker,
      );
      await from.evaluate((message) => (window.parent ?? window).postMessage(message, '*'), data);
      await seen;
    }

    // A message the host page posts to itself: not from the iframe.
    await post(page, { type: HEIGHT_MESSAGE, id, height: 99999, marker: 'self' });
    expect(await frameHeight(page, id)).toBe(before);

    const frame = await frameOf(page, id);
    // From the iframe, but of the wrong shape or for another chart.
    await post(frame, { type: HEIGHT_MESSAGE, id, height: 'x', marker: 'string-height' });
    await post(frame, { type: HEIGHT_MESSAGE, height: 700, marker: 'no-id' });
    await post(frame, {
      type: HEIGHT_MESSAGE,
      id: 'troops-people',
      height: 700,
      marker: 'other-id',
    });
    await post(frame, { type: 'claims-embed:width', id, height: 700, marker: 'other-type' });
    expect(await frameHeight(page, id)).toBe(before);

    // The right shape from the iframe: obeyed, within bounds.
    await post(frame, { type: HEIGHT_MESSAGE, id, height: 99999, marker: 'huge' });
    expect(await frameHeight(page, id)).toBe(`${MAX_HEIGHT}px`);
    await post(frame, { type: HEIGHT_MESSAGE, id, height: -5, marker: 'negative' });
    expect(await frameHeight(page, id)).toBe(`${MIN_HEIGHT}px`);
    expect(session.errors).toEqual([]);
  });

  test('with JavaScript off, the embed page shows the chart, its title and its links', async () => {
    const id = 'measure-sabratha-strike-deaths';
    const page = await session.open({ javaScriptEnabled: false });
    await page.goto(embedUrl(id));
    const svg = page.locator('.chart.wide svg');
    const box = await svg.boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    expect(await page.locator('.chart.narrow svg').isVisible()).toBe(false);
    const title = page.locator('.chart.wide svg text', { hasText: entry(id).title }).first();
    expect(await title.isVisible()).toBe(true);
    const links = page.locator('.chart.wide a[href*="#/claims/"]');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener');
    }
    expect(await page.locator('figcaption').textContent()).toMatch(
      /^Compiled \d{4}-\d{2}-\d{2} from data version .+ · Sources and data/,
    );
    // The figures' dates, not the build's, are in the chart's source line.
    expect(await page.locator('.chart.wide svg').textContent()).toContain(
      'Publication date not recorded',
    );
    expect(await page.locator('[role=tooltip]').count()).toBe(0); // the script did not run
    expect(session.errors).toEqual([]);
  });

  test('hovering or focusing a mark shows its tooltip with the quote', async () => {
    const id = 'measure-sabratha-strike-deaths';
    const page = await session.open();
    await page.goto(embedUrl(id));
    const tooltip = page.locator('[role=tooltip]');
    await page.waitForSelector('[role=tooltip]', { state: 'attached' });
    expect(await tooltip.isVisible()).toBe(false);

    const mark = page.locator(
      '.chart.wide a[data-claim="sabratha-strike-deaths-4"]:not([tabindex="-1"])',
    );
    await mark.hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(
      'He said 41 people had been killed and six wounded.',
    );
    expect(await mark.getAttribute('aria-describedby')).toBe('chart-tooltip');

    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    const other = page.locator(
      '.chart.wide a[data-claim="sabratha-strike-deaths-3"]:not([tabindex="-1"])',
    );
    await other.focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('killing as many as 40 people');
    expect(await tooltip.textContent()).toContain('Publication date not recorded');
    expect(session.errors).toEqual([]);
  });

  test('a mark of the embed opens its sentence on the dashboard, in a new tab', async () => {
    const page = await session.open();
    await page.goto(embedUrl('measure-sabratha-strike-deaths'));
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .locator('.chart.wide a[data-claim="sabratha-strike-deaths-4"]:not([tabindex="-1"])')
        .click(),
    ]);
    await tab.waitForSelector('article mark');
    expect(tab.url()).toBe(`${session.site.url}index.html#/claims/sabratha-strike-deaths-4`);
    expect(await tab.locator('article mark').textContent()).toBe(
      'He said 41 people had been killed and six wounded.',
    );
    expect(session.errors).toEqual([]);
  });

  test('"Sources and data" opens the chart on the dashboard', async () => {
    const id = 'oil-output-barrels-per-day';
    const page = await session.open();
    await page.goto(embedUrl(id));
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('figcaption a', { hasText: 'Sources and data' }).click(),
    ]);
    await tab.waitForSelector('#app main figure');
    expect(tab.url()).toBe(`${session.site.url}index.html#/charts/${id}`);
    expect(await tab.locator('#app main').textContent()).toContain(entry(id).title);
    expect(session.errors).toEqual([]);
  });

  test('404.html and unknown chart ids say "not found"', async () => {
    const page = await session.open();
    const response = await page.goto(`${session.site.url}404.html`);
    expect(response!.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toMatch(/not found/i);
    expect(await page.locator('body').textContent()).toMatch(/chart not found/i);
    // The dashboard's chart view, for ids an embed link could carry.
    for (const hash of ['#/charts/%00', '#/charts/nope%3Cscript%3E', '#/charts/']) {
      const dashboard = await session.open();
      await dashboard.goto(`${session.site.url}${hash}`);
      await dashboard.waitForSelector('#app main :is(.notice, .card)');
      expect(await dashboard.locator('#app main').textContent(), hash).toMatch(/not found/i);
    }
    expect(session.errors).toEqual([]);
  });

  test('in print, the chart fits the width of an A4 page and keeps its data line', async () => {
    // Chromium lays a printed page out at the paper's width: A4 (210 mm) less
    // the 12 mm margins of the page's @page rule is 186 mm, 703 px at 96 dpi.
    const printable = Math.floor((186 / 25.4) * 96);
    const page = await session.open({ width: printable });
    await page.goto(embedUrl('troops-people'));
    await page.emulateMedia({ media: 'print' });
    const box = (await page.locator('.chart.wide svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(printable);
    expect(box.width).toBeLessThanOrEqual(720);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.height).toBeGreaterThan(100);
    // 250 mm at most, so chart and caption share one page.
    expect(box.height).toBeLessThanOrEqual((250 / 25.4) * 96 + 1);
    const caption = page.locator('figcaption');
    expect(await caption.isVisible()).toBe(true);
    expect(await caption.textContent()).toMatch(
      /Compiled .+ from data version .+ · Sources and data/,
    );
    // And printed for real, it is one A4 page.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    const [, w, h] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    // A4 is 595.28 × 841.89 pt.
    expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1);
  });

  // Two measures of the difference, per pixel, over the whole image:
  // - differing: some channel differs by more than 64 (of 255). Skia and
  //   Cairo/Pango anti-alias and hint glyphs differently and may set text half
  //   a pixel apart, so the edges of every glyph differ: measured 1.4–2.2%.
  //   Threshold 4%, about twice that.
  // - displaced: differs by more than 64 from every pixel within 1 px in the
  //   other image (either way round), which forgives those glyph edges but not
  //   a mark, line or word drawn elsewhere, in another colour or size, or
  //   missing: measured 0.08–0.31%. Threshold 1%.
  // Neither is vacuous: each chart has more ink (pixels more than 64 from
  // white) than the thresholds, so a blank rendering would fail both.
  const DIFFERING = 0.04;
  const DISPLACED = 0.01;
  const COMPARED = [
    'measure-sabratha-strike-deaths',
    'troops-people',
    'oil-output-barrels-per-day',
  ];

  test.skipIf(skipWithoutRsvg)(
    `the standalone SVG looks the same in Chromium and in librsvg${RSVG_NOTE}`,
    async () => {
      requireRsvg();
      const page = await session.open({ width: 640 });
      // An SVG opened on its own cannot name an icon, so the browser asks the
      // host for /favicon.ico, which a real host has.
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      const results: Record<string, { differing: number; displaced: number; ink: number }> = {};
      for (const id of COMPARED) {
        const file = `dist/charts/${id}.svg`;
        const text = readFileSync(file, 'utf8');
        const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
        const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);
        // At 1x: one SVG pixel, one PNG pixel.
        const librsvg = spawnSync('rsvg-convert', ['--format=png', file], { maxBuffer: 1 << 26 });
        expect(librsvg.status, String(librsvg.stderr)).toBe(0);

        await page.setViewportSize({ width, height });
        await page.goto(`${session.site.url}charts/${id}.svg`);
        const chromium = await page.screenshot({ clip: { x: 0, y: 0, width, height } });

        await page.goto('about:blank');
        results[id] = await page.evaluate(
          async ({ a, b, width, height }) => {
            async function pixels(src: string): Promise<Uint8ClampedArray> {
              const image = new Image();
              image.src = src;
              await image.decode();
              if (image.naturalWidth !== width || image.naturalHeight !== height) {
                throw new Error(
                  `image is ${image.naturalWidth}×${image.naturalHeight}, not ${width}×${height}`,
                );
              }
              const canvas = document.createElement('canvas');
              canvas.width = width;
              canvas.height = height;
              const context = canvas.getContext('2d')!;
              context.fillStyle = '#fff';
              context.fillRect(0, 0, width, height);
              context.drawImage(image, 0, 0);
              return context.getImageData(0, 0, width, height).data;
            }
            const [pa, pb] = [await pixels(a), await pixels(b)];
            function close(
              p: Uint8ClampedArray,
              i: number,
              q: Uint8ClampedArray,
              j: number,
            ): boolean {
              for (let c = 0; c < 3; c++) if (Math.abs(p[i + c]! - q[j + c]!) > 64) return false;
              return true;
            }
            /** Pixel (x, y) of p has a close pixel within 1 px in q. */
            function matched(
              p: Uint8ClampedArray,
              q: Uint8ClampedArray,
              x: number,
              y: number,
            ): boolean {
              const i = (y * width + x) * 4;
              for (let dy = -1; dy <= 1; dy++) {
                for (let dx = -1; dx <= 1; dx++) {
                  const [xx, yy] = [x + dx, y + dy];
                  if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
                  if (close(p, i, q, (yy * width + xx) * 4)) return true;
                }
              }
              return false;
            }
            let differing = 0;
            let displaced = 0;
            let ink = 0;
            for (let y = 0; y < height; y++) {
              for (let x = 0; x < width; x++) {
                const i = (y * width + x) * 4;
                if (!close(pa, i, pb, i)) differing++;
                if (!matched(pa, pb, x, y) || !matched(pb, pa, x, y)) displaced++;
                if (Math.min(pb[i]!, pb[i + 1]!, pb[i + 2]!) < 255 - 64) ink++;
              }
            }
            const n = width * height;
            return { differing: differing / n, displaced: displaced / n, ink: ink / n };
          },
          {
            a: `data:image/png;base64,${librsvg.stdout.toString('base64')}`,
            b: `data:image/png;base64,${chromium.toString('base64')}`,
            width,
            height,
          },
        );
      }
      const percent = (share: number) => `${(100 * share).toFixed(2)}%`;
      console.info(
        'Chromium vs librsvg (differing / displaced / ink): ' +
          Object.entries(results)
            .map(
              ([id, r]) =>
                `${id} ${percent(r.differing)} / ${percent(r.displaced)} / ${percent(r.ink)}`,
            )
            .join('; '),
      );
      for (const [id, { differing, displaced, ink }] of Object.entries(results)) {
        expect(differing, `${id}: pixels differing`).toBeLessThan(DIFFERING);
        expect(displaced, `${id}: pixels displaced`).toBeLessThan(DISPLACED);
        expect(ink, `${id}: ink`).toBeGreaterThan(DIFFERING);
      }
    },
  );
});
