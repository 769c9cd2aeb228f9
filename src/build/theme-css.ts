/**
 * The dashboard's CSS variables (`--text`, `--muted`, `--accent`…), written
 * from the one theme (src/charts/theme.ts) as the module `virtual:theme.css`,
 * which main.ts imports: the page, its charts, the embed pages and the files
 * then share each colour and font, defined once.
 */
import type { Plugin } from 'vite';
import { INK, OPACITY, PAGE_FONT_FAMILY } from '../charts/theme';

const ID = 'virtual:theme.css';
// Ends in .css, so Vite treats the module as a stylesheet.
const RESOLVED = '\0virtual:theme.css';

function variables(ink: Record<string, string>): string {
  return Object.entries(ink)
    .map(([name, colour]) => `--${name}:${colour};`)
    .join('');
}

export function themeCss(): string {
  return [
    // The page's base text colour and background too: the dashboard and the workbench share them.
    `:root{color-scheme:light dark;font-family:${PAGE_FONT_FAMILY};line-height:1.5;color:var(--text);background:var(--bg);${variables(INK.light)}--band-opacity:${OPACITY.band}}`,
    `@media (prefers-color-scheme:dark){:root{${variables(INK.dark)}--band-opacity:${OPACITY.bandDark}}}`,
  ].join('\n');
}

export function themeStylesheet(): Plugin {
  return {
    name: 'theme-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? themeCss() : undefined),
  };
}
