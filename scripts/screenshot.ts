/**
 * Refreshes docs/screenshot.png from the built site (run `npm run build`
 * first): the README's picture is the dashboard as it really renders.
 */
import { launchChromium } from '../test/browser/support/chromium';
import { serveStatic } from '../test/browser/support/static-server';

const [path = '', out = 'docs/screenshot.png'] = process.argv.slice(2);
const site = await serveStatic('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  // The live app, not the prerendered fact sheet it replaces.
  await page.waitForSelector('#app main :is(ul, article, section)');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
