import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { Session } from './support/site';

let session: Session;

const claimsCsv = readFileSync('claims/claims.csv', 'utf8');
const sourcesCsv = readFileSync('claims/sources.csv', 'utf8');
const [header, first, ...rest] = claimsCsv.trimEnd().split('\n');
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';

/** Serves other claims.csv / sources.csv contents to the page. */
async function withData(page: Page, claims: string, sources = sourcesCsv): Promise<void> {
  await page.route('**/data/canonical/claims.csv', (route) =>
    route.fulfill({ body: claims, contentType: 'text/csv' }),
  );
  await page.route('**/data/canonical/sources.csv', (route) =>
    route.fulfill({ body: sources, contentType: 'text/csv' }),
  );
}

describe.skipIf(noChromium)('the dashboard with hostile or broken data', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  test('markup in the data shows as text and runs nothing', async () => {
    const page = await session.open();
    // The hostile text goes where the schema allows any text: subject, place and attribution.
    const hostile = first!
      .replace('Islamic State fighters killed in U.S. air raid on Sabratha', `${SCRIPT} ${IMG}`)
      .replace('"Sabratha, Libya"', `"${IMG.replace(/"/g, '""')}"`);
    const sources = sourcesCsv.replace(
      'Signs grow of new Western urgency to stop Islamic State in Libya',
      `"${IMG.replace(/"/g, '""')} title"`,
    );
    await withData(page, [header, hostile, ...rest, ''].join('\n'), sources);
    await page.goto(session.site.url);
    // The app's cards, from this data: the prerendered ones are from the build's.
    await page.waitForSelector('#app .card');
    expect(await page.locator('body').textContent()).toContain(SCRIPT);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    await page.goto(`${session.site.url}#/claims/sabratha-strike-deaths-1`);
    await page.waitForSelector('article mark');
    await page.goto(`${session.site.url}#/table`);
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(session.errors).toEqual([]);
  });

  test('invalid rows are left out and listed with the messages of claims check', async () => {
    const page = await session.open();
    const broken = first!.replace(',more_than,', ',more_then,');
    await withData(page, [header, broken, ...rest, ''].join('\n'));
    await page.goto(session.site.url);
    await page.waitForSelector('#app .card');
    const notice = page.locator('[aria-labelledby="problems-title"]');
    expect(await notice.locator('h2').textContent()).toMatch(/1 problem in the data/);
    expect(await notice.locator('li').textContent()).toMatch(
      /^claims\/claims\.csv:2:\d+: constraint-error: qualifier "more_then" is not one of/,
    );
    expect(await page.locator('.summary').textContent()).toMatch(
      new RegExp(`^\\s*${rest.length} of ${rest.length} claims`),
    );
  });

  test('80,000 broken lines among the claims give a short notice, and the valid claims', async () => {
    const page = await session.open();
    // Every claim, so that every measure is cited.
    const valid = [first!, ...rest];
    await withData(page, [header, ...valid, ...Array<string>(80_000).fill('x'), ''].join('\n'));
    await page.goto(session.site.url);
    // Each line lacks cells and reuses the id "x": 159,999 problems.
    const notice = page.locator('#app [aria-labelledby="problems-title"]');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toMatch(/^\s*159,999 problems in the data/);
    expect(await notice.locator('li').count()).toBe(20);
    expect(await notice.locator('.more button').textContent()).toBe(
      'Download all 159,999 (problems.txt)',
    );
    // The notice takes less than a screen; the claims follow it.
    expect((await notice.boundingBox())!.height).toBeLessThan(900);
    await page.waitForSelector('#app .card');
    expect(await page.locator('.summary').textContent()).toMatch(
      new RegExp(`^\\s*${valid.length} of ${valid.length} claims`),
    );
  });

  test('a claims.csv that is not CSV at all still gives a page with the problem', async () => {
    const page = await session.open();
    await withData(page, '\u0000\u0001 not, "a csv\n');
    await page.goto(session.site.url);
    await page.waitForSelector('[aria-labelledby="problems-title"]');
    expect(await page.locator('.summary').textContent()).toMatch(/0 of 0 claims/);
    expect(session.errors).toEqual([]);
  });
});
