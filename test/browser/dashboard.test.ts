import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, noChromium } from './support/chromium';
import { serveStatic } from './support/static-server';
import type { StaticSite } from './support/static-server';

// `npm test` builds dist/ before running the suites.
const DIST = 'dist';

describe.skipIf(noChromium)('the built dashboard in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${DIST}/index.html`))
      throw new Error('dist/ is missing: run `npm run build` first');
    // Served from a sub-path, as on many static hosts: every URL must be relative.
    site = await serveStatic(DIST, '/some/sub/path/');
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the home page lists the claims, each linking to its sentence', async () => {
    await page.goto(site.url);
    const links = page.locator('.claims a.figure');
    await expect.poll(() => links.count()).toBeGreaterThan(3);
    const first = links.first();
    expect(await first.getAttribute('href')).toMatch(/^#\/claims\/[a-z0-9-]+$/);
    expect(errors).toEqual([]);
  });

  test('following a claim link shows its article with the quoted sentence in a <mark>', async () => {
    await page.goto(`${site.url}#/claims/sabratha-strike-deaths-4`);
    const mark = page.locator('article mark');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('He said 41 people had been killed and six wounded.');
    expect(await page.locator('aside.claim-fields').textContent()).toContain('Hussein al-Thwadi');
  });

  test('the data files are linked and served next to the page', async () => {
    const response = await page.request.get(`${site.url}data/claims.csv`);
    expect(response.ok()).toBe(true);
    expect((await response.text()).split('\n')[0]).toMatch(/^id,category,subject,measure,/);
  });
});
