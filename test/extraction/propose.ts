/**
 * The extractor as users run it: `claims extract DIR --json` in a child
 * process, over a folder holding one file per sentence, so the figures measure
 * exactly what the CLI proposes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Proposal } from './score';

const CLI = new URL('../../bin/claims.js', import.meta.url).pathname;

/** The proposals for each sentence, by sentence text. */
export function proposeAll(texts: readonly string[]): Map<string, Proposal[]> {
  const dir = mkdtempSync(join(tmpdir(), 'claims-devset-'));
  try {
    const ids = texts.map((_, k) => `s${String(k).padStart(5, '0')}`);
    texts.forEach((text, k) => writeFileSync(join(dir, `${ids[k]}.txt`), text));
    const run = spawnSync(process.execPath, [CLI, 'extract', dir, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) {
      throw new Error(`claims extract failed (exit ${run.status}): ${run.stderr || run.error}`);
    }
    const byId = new Map<string, Proposal[]>(ids.map((id) => [id, []]));
    for (const line of run.stdout.split('\n')) {
      if (line.trim() === '') continue;
      const json = JSON.parse(line) as Proposal & { source_id: string };
      // `--json` writes null for an empty number; the scorer reads only numbers.
      byId.get(json.source_id)?.push(json);
    }
    return new Map(texts.map((text, k) => [text, byId.get(ids[k]!) ?? []]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
