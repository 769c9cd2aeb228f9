/**
 * The build's plugins share one load and check of the claims folder
 * (SiteSource): a build reads it once, the dev server again only when a
 * file in it changed.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimsData } from '../../src/build/claims-data-plugin';
import { chartEmbeds } from '../../src/build/embeds-plugin';
import { SiteSource } from '../../src/build/site-data';
import type { SiteData } from '../../src/build/site-data';

/** A SiteSource that counts how often it reads the folder. */
class CountingSource extends SiteSource {
  loads = 0;

  override load(): SiteData {
    this.loads++;
    return super.load();
  }
}

describe('SiteSource', () => {
  let root: string;
  let dir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'claims-site-source-'));
    dir = join(root, 'claims');
    cpSync('claims', dir, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a build loads and checks the folder once, however many plugins ask', () => {
    const site = new CountingSource(dir);
    site.setRoot(root);
    const first = site.get();
    expect(site.get()).toBe(first);
    expect(site.current()).toBe(first); // unchanged folder: the same load
    expect(site.loads).toBe(1);
    expect(first.dataset.claims.length).toBeGreaterThan(0);
  });

  test('the dev server loads again only when a file changed; a released build loads anew', () => {
    const site = new CountingSource(dir);
    site.setRoot(root);
    const before = site.current();
    writeFileSync(join(dir, 'skipped.csv'), 'candidate,kind,reason\n');
    const after = site.current();
    expect(after).not.toBe(before);
    expect(site.get()).toBe(after);
    expect(site.loads).toBe(2);
    site.release();
    site.get();
    expect(site.loads).toBe(3);
  });

  test('the data and embeds plugins ask the shared source, not the folder', () => {
    const site = new CountingSource(dir);
    // Vite's config hook runs before configResolved gives the root: the project is the folder's parent here.
    site.setRoot(root);
    const data = claimsData(site);
    const embeds = chartEmbeds(site);
    // The hooks a build calls first, in Vite's order.
    const config = embeds.config as (c: object, env: object) => unknown;
    config({}, { command: 'build', mode: 'production', isPreview: false });
    (data.configResolved as (c: object) => void)({ root, command: 'build' });
    const warnings: string[] = [];
    (data.buildStart as (this: object) => void).call({ warn: (m: string) => warnings.push(m) });
    expect(site.loads).toBe(1);
    expect(warnings).toEqual([]);
  });
});
