/**
 * The workbench end to end, by keyboard alone: an article pasted in, its
 * candidates accepted with one key each where the proposal is right, one
 * field fixed, one candidate set aside; then `claims check` passes and the
 * dashboard, given the folder, shows the new claims.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writePublishedFiles } from '../../src/build/publish';
import { loadSiteData } from '../../src/build/site-data';
import { startWorkbench } from '../../src/curate/server/server';
import type { Workbench } from '../../src/curate/server/server';
import { ensureUiBuilt } from '../../src/curate/server/ui-build';
import { runCli } from '../support/cli';
import { NEW_ARTICLE, NEW_ID } from '../curate/folder';
import { launchChromium, noChromium } from './support/chromium';
import { serveStatic } from './support/static-server';

let dir: string;
let workbench: Workbench;
let browser: Browser;
const errors: string[] = [];

describe.skipIf(noChromium)('the curation workbench in Chromium', () => {
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'claims-workbench-')), 'claims');
    cpSync('claims', dir, { recursive: true });
    workbench = await startWorkbench({ dir, port: 0, ui: await ensureUiBuilt() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return page;
  }

  test('a pasted article is curated end to end by keyboard, one key per right proposal', async () => {
    const page = await open();
    await page.goto(workbench.url);
    await page.getByText('Nothing left to decide').waitFor();
    const claimsBefore = readFileSync(join(dir, 'claims.csv'), 'utf8');
    const measuresBefore = readFileSync(join(dir, 'measures.csv'), 'utf8');

    // Every key pressed, by the claim it went to.
    const keys: string[] = [];
    const press = async (key: string) => {
      keys.push(key);
      await page.keyboard.press(key);
    };
    const current = () => page.locator('.side h2 .key').textContent();
    const left = () => page.locator('.count strong').textContent();

    await press('i');
    await page.keyboard.insertText(NEW_ARTICLE);
    await press('Control+Enter');
    await expect.poll(current).toBe(`${NEW_ID}/s2/44 trucks`);
    expect(await page.locator('mark strong.mention').textContent()).toBe('44 trucks');
    expect(await left()).toBe('4');

    // Right as proposed: one key each.
    const perClaim: number[] = [];
    let from = keys.length;
    await press('Enter');
    perClaim.push(keys.length - from);
    await expect.poll(current).toBe(`${NEW_ID}/s3/About 40,000 people`);
    // Saved: the count is the server's.
    await expect.poll(left).toBe('3');
    from = keys.length;
    await press('Enter');
    perClaim.push(keys.length - from);
    await expect.poll(current).toBe(`${NEW_ID}/s3/at least 28 people`);

    // One field fixed: the subject, typed over the proposal.
    from = keys.length;
    await press('e');
    await page.keyboard.type('People who died of hunger in Madaya');
    keys.push('(typed subject)');
    await press('Enter');
    perClaim.push(keys.length - from);
    await expect.poll(current).toBe(`${NEW_ID}/s4/five days`);

    // Set aside, with its reason.
    await press('s');
    await page.keyboard.type('time reference, not a claim');
    await press('Enter');
    await page.getByText('Nothing left to decide').waitFor();
    await expect.poll(left).toBe('0');

    expect(perClaim).toEqual([1, 1, 3]);
    console.log(
      `workbench: ${perClaim.length} claims accepted with ${perClaim.join(', ')} keys (a typed field counts as one)`,
    );

    // Each decision added one row; nothing else changed.
    const claimsAfter = readFileSync(join(dir, 'claims.csv'), 'utf8');
    expect(claimsAfter.startsWith(claimsBefore)).toBe(true);
    const added = claimsAfter.slice(claimsBefore.length).trimEnd().split('\n');
    expect(added).toHaveLength(3);
    expect(added[2]).toContain('People who died of hunger in Madaya');
    expect(readFileSync(join(dir, 'skipped.csv'), 'utf8')).toContain(
      `${NEW_ID}/s4/five days,not_a_claim,"time reference, not a claim"`,
    );
    const check = await runCli('check', dir);
    expect(check.out).toMatch(/^ok: \d+ claims of \d+ measures in 11 sources/);
    // A proposal of a new measure wrote its row with the claim: each added
    // measure is cited by an added claim, and no other row changed.
    const measuresAfter = readFileSync(join(dir, 'measures.csv'), 'utf8');
    expect(measuresAfter.startsWith(measuresBefore)).toBe(true);
    for (const row of measuresAfter.slice(measuresBefore.length).trimEnd().split('\n')) {
      if (row === '') continue;
      const id = row.split(',', 1)[0]!;
      expect(added.some((claim) => claim.includes(`,${id},`))).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  test('undo brings the last decision back, and the file back to what it was', async () => {
    const page = await open();
    await page.goto(workbench.url);
    await page.getByText('Nothing left to decide').waitFor();
    const skipped = readFileSync(join(dir, 'skipped.csv'), 'utf8');
    await page.keyboard.press('u');
    await expect
      .poll(() => page.locator('.side h2 .key').textContent())
      .toBe(`${NEW_ID}/s4/five days`);
    expect(readFileSync(join(dir, 'skipped.csv'), 'utf8')).toBe(
      skipped.replace(`${NEW_ID}/s4/five days,not_a_claim,"time reference, not a claim"\n`, ''),
    );
    // And set aside again, for the dashboard test below.
    await page.keyboard.press('s');
    await page.keyboard.type('time reference');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing left to decide').waitFor();
    expect(errors).toEqual([]);
  });

  test('a row the checker refuses stays on screen with the message beside its field', async () => {
    const page = await open();
    await page.goto(workbench.url);
    await page.keyboard.press('i');
    await page.keyboard.insertText(
      'Ten trucks arrive\n\nTen trucks arrived with food for 3,000 people on Monday.',
    );
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.side h2 .key').textContent())
      .toBe('ten-trucks-arrive/s1/Ten trucks');
    await page.keyboard.press('e');
    await page.locator('#field-value').fill('11');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#field-value ~ .problem').textContent())
      .toContain('value-mismatch: the mention "Ten trucks" states exact 10, not 11');
    expect(await page.locator('.side h2 .key').textContent()).toBe(
      'ten-trucks-arrive/s1/Ten trucks',
    );
    expect(errors).toEqual([]);
  });

  test('"new measure" shows the new row’s fields, its refusal beside them, and writes it with the claim', async () => {
    const page = await open();
    await page.goto(workbench.url);
    await expect
      .poll(() => page.locator('.side h2 .key').textContent())
      .toBe('ten-trucks-arrive/s1/Ten trucks');
    // The third candidate (the headline's "Ten trucks" opens the next sentence too: its quote is ambiguous).
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect
      .poll(() => page.locator('.side h2 .key').textContent())
      .toBe('ten-trucks-arrive/s2/3,000 people');
    const claims = readFileSync(join(dir, 'claims.csv'), 'utf8');
    const measures = readFileSync(join(dir, 'measures.csv'), 'utf8');
    await page.keyboard.press('m');
    await page.keyboard.type('new');
    // The new measure's fields, its title following the subject until written.
    await page.locator('#field-measure-title').waitFor();
    const subject = await page.locator('#field-subject').inputValue();
    expect(await page.locator('#field-measure-title').getAttribute('placeholder')).toBe(
      subject.charAt(0).toUpperCase() + subject.slice(1),
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('People the trucks brought food for');
    await page.keyboard.press('Tab');
    await page.keyboard.type('People the food of the ten trucks was for.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2016-02-30');
    await page.keyboard.press('Enter');
    // The server's checker refuses the period: beside its field, nothing written.
    await expect
      .poll(() => page.locator('#field-measure-period ~ .problem').textContent())
      .toContain('constraint-error: period "2016-02-30" is not a real period');
    expect(readFileSync(join(dir, 'measures.csv'), 'utf8')).toBe(measures);
    // Chromium logs the server's refusal (422) as a console error: expected here, once.
    const refusal = errors.findIndex((e) => e.includes('status of 422'));
    expect(refusal).not.toBe(-1);
    errors.splice(refusal, 1);
    // What was typed is still there.
    expect(await page.locator('#field-measure-title').inputValue()).toBe(
      'People the trucks brought food for',
    );
    await page.locator('#field-measure-period').fill('');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.side h2 .key').textContent())
      .toBe('ten-trucks-arrive/s1/Ten trucks');
    await expect
      .poll(() => readFileSync(join(dir, 'measures.csv'), 'utf8').slice(measures.length))
      .toMatch(
        /^people-the-trucks-brought-food-for,People the trucks brought food for,\w+,people,,,People the food of the ten trucks was for\.,,\n$/,
      );
    expect(readFileSync(join(dir, 'claims.csv'), 'utf8').slice(claims.length)).toMatch(
      /^people-the-trucks-brought-food-for-1,\w+,.*,people-the-trucks-brought-food-for,3000,/,
    );
    // Undo takes out both rows.
    await page.keyboard.press('u');
    await expect.poll(() => readFileSync(join(dir, 'measures.csv'), 'utf8')).toBe(measures);
    expect(readFileSync(join(dir, 'claims.csv'), 'utf8')).toBe(claims);
    expect((await runCli('check', dir)).code).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a saved web page or a text file dropped on the box joins the queue', async () => {
    const page = await open();
    await page.goto(workbench.url);
    await page.locator('.ingest').waitFor();
    const drop = async (name: string, type: string, text: string) => {
      const dataTransfer = await page.evaluateHandle(
        ({ name, type, text }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type }));
          return transfer;
        },
        { name, type, text },
      );
      await page.dispatchEvent('.ingest', 'drop', { dataTransfer });
    };

    await drop(
      'madaya.html',
      'text/html',
      readFileSync('test/fixtures/pages/aid-convoy.html', 'utf8'),
    );
    // Read through Readability: the page's headline, publisher and date; none of its scripts ran.
    await expect
      .poll(() => page.locator('.article-title').textContent())
      .toBe('U.N. convoy of 44 trucks reaches besieged town of Madaya');
    expect(await page.locator('.article-meta').textContent()).toContain(
      'The Example Courier · 2016-01-14',
    );
    expect(await page.locator('.message').textContent()).toContain('1 article stored (1 new)');
    expect(await page.locator('#review').textContent()).not.toContain('Advertisement');
    const sources = readFileSync(join(dir, 'sources.csv'), 'utf8');
    expect(sources).toContain('https://courier.example.org/world/2016/01/14/madaya-convoy');

    await drop(
      'notes.txt',
      'text/plain',
      'Sixty families leave Zabadani\n\nSixty families left Zabadani on Sunday, a local council said.',
    );
    await expect
      .poll(() => page.locator('.article-title').textContent())
      .toBe('Sixty families leave Zabadani');
    expect(readFileSync(join(dir, 'sources', 'sixty-families-leave-zabadani.txt'), 'utf8')).toBe(
      'Sixty families leave Zabadani\n\nSixty families left Zabadani on Sunday, a local council said.',
    );
    // The lock of the ingest is gone once it is done.
    expect(existsSync(join(dir, '.ingest.lock'))).toBe(false);
    expect((await runCli('check', dir)).code).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the dashboard shows the new claims', async () => {
    // The folder published as the build publishes claims/ under data/.
    const data = mkdtempSync(join(tmpdir(), 'claims-workbench-data-'));
    writePublishedFiles(data, loadSiteData(dir, dirname(dir)));
    const site = await serveStatic('dist', '/', { data });
    try {
      const page = await open();
      await page.goto(`${site.url}#/table?q=Madaya`);
      await page.waitForSelector('#app main [role="table"]');
      await expect
        .poll(() => page.locator('#app main [role="table"]').textContent())
        .toContain('People who died of hunger in Madaya');
      expect(errors).toEqual([]);
    } finally {
      await site.close();
      rmSync(data, { recursive: true });
    }
  });
});
