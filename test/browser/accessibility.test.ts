import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { noChromium } from './support/chromium';
import { startSession } from './support/site';
import type { Session } from './support/site';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let session: Session;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(noChromium)('accessibility (axe-core)', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  // Any page error, console error or dialog fails the test that caused it.
  afterEach(() => session?.assertNoErrors());

  test.each([
    // The app's fact sheet, not the prerendered one it replaces.
    ['the fact sheet', '', '#app .card'],
    ['the claims table', '#/table', 'main table, main [role="table"]'],
    ['a claim on its sentence', '#/claims/sabratha-strike-deaths-4', 'article mark'],
  ])('%s has no serious or critical violations', async (_name, path, ready) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.open();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${session.site.url}${path}`);
      await page.waitForSelector(ready);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
        ).axe;
        return (await axe.run()).violations;
      });
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${colorScheme}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')}`,
        );
      expect(serious).toEqual([]);
    }
  });
});
