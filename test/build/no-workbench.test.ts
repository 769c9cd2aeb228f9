import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

describe('the public build', () => {
  test('dist/ carries none of the curation workbench', () => {
    // `npm test` builds dist/ before the suites run.
    const files = readdirSync('dist', { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files.filter((f) => /\.(html|js|css|json)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const marker of ['X-Claims-Token', 'Claims workbench', '/api/accept']) {
        expect(text.includes(marker), `${file} holds "${marker}"`).toBe(false);
      }
    }
  });
});
