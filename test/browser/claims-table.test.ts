/**
 * The claims table, the place filter and the search in Chromium: rows that
 * wrap and open on their quote, the page (not a box) scrolling through them,
 * countries that take in their places, and a measure whose card and chart
 * count the same reports under a search.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import { indexClaims } from '../../src/model/filter';
import { filterClaims } from '../support/filter-claims';
import { statesOneFigure } from '../../src/model/measures';
import { placeArea } from '../../src/model/places';
import { UNIT_LABELS } from '../../src/model/units';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { Session } from './support/site';

const corpus = checkDataset(loadDatasetInput('claims'));
const measures = new Map(corpus.measures.map((m) => [m.id, m]));
const index = indexClaims(corpus.claims, measures);

type Claim = (typeof corpus.claims)[number];

/** A claim and a word of one of its fields that its subject and quote do not hold. */
function wordOnlyIn(field: (c: Claim) => string): { claim: Claim; word: string } | undefined {
  for (const claim of corpus.claims) {
    const said = `${claim.subject} ${claim.quote}`.toLowerCase();
    const word = field(claim)
      .split(/[^\p{L}]+/u)
      .find((w) => w.length > 4 && !said.includes(w.toLowerCase()));
    if (word) return { claim, word };
  }
  return undefined;
}

let session: Session;

/** What a row of the table says, by column. */
interface Row {
  index: number;
  cells: string[];
}

describe.skipIf(noChromium)('the claims table, places and search in Chromium', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => session?.assertNoErrors());

  async function open(path: string, width = 1200): Promise<Page> {
    const page = await session.open({ width });
    await page.goto(`${session.site.url}${path}`);
    await page.waitForSelector('#app main :is(.card, [role="row"][aria-rowindex="2"], .notice)');
    return page;
  }

  const summaryCount = async (page: Page) =>
    Number(/^\s*(\d+) of/.exec((await page.locator('.summary').textContent())!)![1]);

  /**
   * Every row, read by scrolling the page a window at a time, and the most
   * rows that were ever in the page at once.
   */
  async function readAllRows(page: Page): Promise<{ rows: Row[]; mostRendered: number }> {
    const seen = new Map<number, Row>();
    let mostRendered = 0;
    for (let step = 0; step < 200; step++) {
      const batch = await page.evaluate(() =>
        [...document.querySelectorAll('.body [role="row"][aria-rowindex]')].map((row) => ({
          index: Number(row.getAttribute('aria-rowindex')) - 2,
          cells: [...row.querySelectorAll(':scope > [role="cell"]')].map((c) =>
            (c.textContent ?? '').replace(/[▸▾]/g, '').trim(),
          ),
        })),
      );
      mostRendered = Math.max(mostRendered, batch.length);
      for (const row of batch) seen.set(row.index, row);
      const atEnd = await page.evaluate(
        () => scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
      await page.evaluate(() => scrollBy(0, innerHeight * 0.8));
      // The rows follow the scroll in the next frames.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    return { rows: [...seen.values()].sort((a, b) => a.index - b.index), mostRendered };
  }

  test('the claims table scrolls with the page, renders only the rows near the viewport, and reaches every row', async () => {
    const page = await open('#/table');
    const total = await summaryCount(page);
    expect(total).toBe(corpus.claims.length);
    const initial = await page.locator('.body [role="row"]').count();
    expect(initial).toBeLessThan(total);
    const { rows, mostRendered } = await readAllRows(page);
    expect(rows.map((r) => r.index)).toEqual([...Array(total).keys()]);
    expect(mostRendered).toBeLessThan(total);
    // No box of its own scrolls: the page does.
    const boxes = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter((el) => {
          const style = getComputedStyle(el);
          return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        }).length,
    );
    expect(boxes).toBe(0);
    // The header stays at the top of the window.
    const header = await page.locator('.head').boundingBox();
    expect(Math.abs(header!.y)).toBeLessThanOrEqual(1);
  });

  test('the claims table wraps its text, cutting none, at desktop and phone width', async () => {
    for (const width of [1200, 390]) {
      const page = await open('#/table', width);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('[role="table"] [role="cell"], [role="columnheader"]')]
          .filter((cell) => {
            const style = getComputedStyle(cell);
            return (
              style.textOverflow === 'ellipsis' ||
              style.whiteSpace === 'nowrap' ||
              cell.scrollWidth > cell.clientWidth + 1
            );
          })
          .map((cell) => cell.textContent),
      );
      expect(cut).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('a row of the claims table opens on its quote from the keyboard, and closes again', async () => {
    const page = await open('#/table?q=41 people');
    const claim = filterClaims(index, { q: '41 people' })[0]!;
    const toggle = page.locator('.body [role="row"]').first().locator('button.toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await details.locator('blockquote').textContent()).toBe(`“${claim.quote}”`);
    expect(await details.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await details.count()).toBe(0);
  });

  test('sorting the claims table by figure groups the rows by unit', async () => {
    const page = await open('#/table?sort=figure&dir=desc');
    const { rows } = await readAllRows(page);
    const units = rows.map((r) => r.cells[1]!);
    const runs = units.filter((unit, i) => unit !== units[i - 1]);
    // Each unit in one run, except the figures with no number, which come last.
    expect(new Set(runs).size).toBe(runs.length);
    const names = new Set(corpus.claims.map((c) => UNIT_LABELS[c.unit].name));
    expect(new Set(units)).toEqual(names);
    expect(runs).toEqual([...runs].sort((a, b) => a.localeCompare(b)));
  });

  test('the place filter offers each country with its places, and a country takes in its places', async () => {
    const page = await open('#/');
    const libya = page.locator('select[name="place"] optgroup[label="Libya"] option');
    const options = await libya.allTextContents();
    const inLibya = corpus.claims.filter((c) => placeArea(c.place) === 'Libya');
    expect(options[0]).toBe(`All of Libya (${inLibya.length})`);
    const places = new Set(inLibya.map((c) => c.place).filter((p) => p !== 'Libya'));
    expect(options.slice(1).map((o) => o.replace(/ \(\d+\)$/, ''))).toEqual(
      [...places].sort((a, b) => a.localeCompare(b)),
    );
    await page.selectOption('select[name="place"]', 'Libya');
    await expect.poll(() => summaryCount(page)).toBe(inLibya.length);
    expect(page.url()).toContain('place=Libya');
    // One place of Libya: that place only.
    const one = [...places][0]!;
    await page.selectOption('select[name="place"]', one);
    await expect
      .poll(() => summaryCount(page))
      .toBe(corpus.claims.filter((c) => c.place === one).length);
  });

  test('search finds claims by place, attribution and measure title', async () => {
    const fields: [string, (c: Claim) => string][] = [
      ['place', (c) => c.place],
      ['attribution', (c) => c.attributed_to],
      ['measure title', (c) => measures.get(c.measure)?.title ?? ''],
    ];
    const page = await open('#/table');
    for (const [name, field] of fields) {
      const found = wordOnlyIn(field);
      expect(found, `a claim with a word only in its ${name}`).toBeDefined();
      const { claim, word } = found!;
      await page.fill('input[type="search"]', word);
      const expected = filterClaims(index, { q: word });
      expect(expected).toContain(claim);
      await expect.poll(() => summaryCount(page)).toBe(expected.length);
      await expect.poll(() => page.locator(`.body a[href="#/claims/${claim.id}"]`).count()).toBe(1);
    }
  });

  test('under a search, a measure’s card and its comparison chart count the same reports', async () => {
    const page = await open('#/');
    // A measure with reports stated differently, and a word that matches only some of them.
    const byMeasure = new Map<string, Claim[]>();
    for (const c of corpus.claims)
      byMeasure.set(c.measure, [...(byMeasure.get(c.measure) ?? []), c]);
    let found: { measure: string; word: string; matching: number; total: number } | undefined;
    for (const [measure, reports] of byMeasure) {
      // Reports stated in more than one way: compared in a chart.
      if (reports.length < 3 || statesOneFigure(reports)) continue;
      for (const word of reports.flatMap((c) => c.place.split(/[\s,]+/))) {
        if (word.length < 4) continue;
        const matching = filterClaims(index, { q: word }).filter((c) => c.measure === measure);
        if (matching.length > 0 && matching.length < reports.length) {
          found = { measure, word, matching: matching.length, total: reports.length };
          break;
        }
      }
      if (found) break;
    }
    expect(found).toBeDefined();
    const { measure, word, matching, total } = found!;
    await page.fill('input[type="search"]', word);
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(word)}`);
    const chart = page.locator(`[data-chart="measure-${measure}"]`).first();
    // Folded comparisons (reports that agree, "Other figures") open for the reader.
    await chart.evaluate((el) => {
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
        d.open = true;
      }
    });
    await chart.scrollIntoViewIfNeeded();
    // The chart draws every report of the measure, as the fact sheet counts them.
    await expect
      .poll(
        async () =>
          new Set(
            await chart
              .locator('svg a[href^="#/claims/"]')
              .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
          ).size,
      )
      .toBe(total);
    // Wherever the fact sheet lists the measure, it counts all its reports and says how many match.
    const listed = await page.locator(`[data-measure="${measure}"]`).allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    for (const text of listed) {
      expect(text).toContain(`${total} reports`);
      expect(text).toContain(`(${matching} shown)`);
    }
  });
});
