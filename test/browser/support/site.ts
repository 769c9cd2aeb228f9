/**
 * One built site and one Chromium for a browser suite: serves dist/ from a
 * sub-path (as many static hosts do, so every URL must be relative) and
 * records page errors, console errors and dialogs, which every test expects
 * to stay empty: each suite calls `assertNoErrors` after each test.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';
import type { StaticSite } from './static-server';

export interface OpenOptions {
  width?: number;
  /** 900 by default. */
  height?: number;
  javaScriptEnabled?: boolean;
  /** A phone's touch screen: taps, and no hover. */
  hasTouch?: boolean;
}

export interface Session {
  site: StaticSite;
  browser: Browser;
  /** A fresh page in a fresh context; errors it throws or logs are collected in `errors`. */
  open(options?: OpenOptions): Promise<Page>;
  errors: string[];
  /** Throws, listing them, when a page threw or logged an error since the last call; clears the list. */
  assertNoErrors(): void;
  close(): Promise<void>;
}

/**
 * `data`: a published folder (`writePublishedFiles`) served under data/ in
 * place of the build's, for a site of other claims than the shipped ones.
 */
export async function startSession(options: { data?: string } = {}): Promise<Session> {
  // `npm test` builds dist/ before running the suites.
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first');
  const site = await serveStatic('dist', '/some/sub/path/', options);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    site,
    browser,
    errors,
    async open({ width = 1200, height = 900, javaScriptEnabled = true, hasTouch = false } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        javaScriptEnabled,
        hasTouch,
        isMobile: hasTouch,
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url } = message.location();
        errors.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('dialog', (d) => {
        errors.push(`dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      return page;
    },
    assertNoErrors() {
      const found = errors.splice(0);
      if (found.length > 0) throw new Error(`the page reported errors:\n${found.join('\n')}`);
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await site.close();
    },
  };
}
