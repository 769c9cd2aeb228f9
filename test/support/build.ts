/** `vite build` of the site into another folder, in its own process, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';

export function buildSite(
  outDir: string,
  env: Record<string, string>,
  timeout = 300_000,
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--configLoader',
      'runner',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { encoding: 'utf8', env: { ...process.env, ...env }, timeout },
  );
}
