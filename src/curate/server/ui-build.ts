/**
 * The workbench UI is built on demand, apart from the public dashboard (its
 * code never enters dist/): with Vite and the Svelte plugin, into
 * node_modules/.cache/claims-curate, again only when a source file is newer
 * than the last build.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const UI_SOURCE = join(REPO, 'src/curate/ui');
export const UI_BUILD = join(REPO, 'node_modules/.cache/claims-curate');

/** Builds the UI when it is missing or older than its sources; returns the folder it is in. */
export async function ensureUiBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const stamp = join(UI_BUILD, 'built-at');
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (
    builtAt > newest(join(REPO, 'src')) &&
    builtAt > statSync(join(REPO, 'package-lock.json')).mtimeMs
  ) {
    return UI_BUILD;
  }
  log('building the workbench UI…');
  const [{ build }, { svelte }, { themeStylesheet }] = await Promise.all([
    import('vite'),
    import('@sveltejs/vite-plugin-svelte'),
    // The dashboard's one theme: the workbench sets no colours of its own.
    import('../../build/theme-css'),
  ]);
  await build({
    configFile: false,
    root: UI_SOURCE,
    base: './',
    logLevel: 'warn',
    plugins: [svelte({ configFile: join(REPO, 'svelte.config.js') }), themeStylesheet()],
    build: { outDir: UI_BUILD, emptyOutDir: true },
  });
  writeFileSync(stamp, new Date().toISOString());
  return UI_BUILD;
}

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}
