/**
 * Puts the fact sheet into dist/index.html at build time, so a reader sees
 * the figures, and the first charts drawn, before any JavaScript has run.
 *
 * The HTML is the App component's own, rendered by Svelte on the server
 * (render-home.ts, through a Vite module runner that compiles it); the first
 * charts' SVGs are drawn by the same renderer the browser uses, in jsdom,
 * at a phone's width and a desktop's, and CSS shows the one that fits.
 * main.ts replaces the snapshot with the live app once the data and the
 * chart code have loaded; an inline script drops it at once when the URL
 * asks for another view (#/table, a claim, a filter).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { JSDOM } from 'jsdom';
import { createServer, createServerModuleRunner } from 'vite';
import type { Plugin } from 'vite';
import { chartsFor } from '../charts/catalogue';
import { renderSvg } from '../charts/render';
import type { Dataset } from '../model/check/dataset';
import { MAX_COMPARED } from '../model/measures';
import type { SiteSource } from './site-data';
import { themeStylesheet } from './theme-css';
import { escapeControls } from '../model/text/hidden';
import type { renderHome } from './prerender/render-home';

/**
 * Charts drawn into the snapshot, in the order of the page: a measure an
 * overview charts is one of its rows and nowhere else, so a reader without
 * JavaScript needs them drawn; a dozen is every chart of a fact sheet the
 * size of the shipped one, and bounds index.html for a large one.
 */
export const DRAWN_CHARTS = 12;
/** The chart area's width on a 412 px phone and in the widest layout (72rem less padding). */
const NARROW = 380;
const WIDE = 1120;
/** The layout's own breakpoint (styles.css). */
const NARROW_UP_TO = '52rem';

const SNAPSHOT_STYLE = `
#prerendered .snapshot-wide{display:block;max-width:100%;height:auto}
#prerendered .snapshot-narrow{display:none;max-width:100%;height:auto}
@media (max-width:${NARROW_UP_TO}){#prerendered .snapshot-wide{display:none}#prerendered .snapshot-narrow{display:block}}
`.trim();

// Runs before the app's script: a deep link shows its own view, not the fact sheet.
const DEEP_LINK_SCRIPT = `if(!/^(#\\/?)?$/.test(location.hash))document.getElementById('prerendered').remove()`;

export function prerenderFactSheet(site: SiteSource): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-fact-sheet',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const marker = '<div id="app"></div>';
        if (!html.includes(marker)) {
          throw new Error(`index.html has no ${marker} to put the prerendered fact sheet before`);
        }
        const snapshot = await renderSnapshot(root, site.get().dataset);
        return html.replace(
          marker,
          `<div id="prerendered">${snapshot}</div>\n<script>${DEEP_LINK_SCRIPT}</script>\n${marker}`,
        );
      },
    },
  };
}

/** The fact sheet's HTML with its first charts drawn. */
export async function renderSnapshot(root: string, dataset: Dataset): Promise<string> {
  const { head, body } = await renderWithSvelte(root, dataset);
  const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
  const { document } = window;
  // The fact sheet's charts by id, as the app makes them (a spec does not
  // depend on which others are shown): not the thousands of the chart views.
  const home = chartsFor(dataset.claims, dataset, { maxMeasureCharts: MAX_COMPARED });
  const specs = new Map(home.map((s) => [s.id, s]));
  const areas = [...document.querySelectorAll<HTMLElement>('.chart-svg[data-chart]')];
  for (const area of areas.slice(0, DRAWN_CHARTS)) {
    const spec = specs.get(area.dataset.chart ?? '');
    if (!spec) continue;
    const drawing = (width: number, className: string) => {
      const svg = renderSvg(spec, { width, document });
      svg.classList.add(className);
      return svg;
    };
    area.replaceChildren(drawing(WIDE, 'snapshot-wide'), drawing(NARROW, 'snapshot-narrow'));
    area.style.removeProperty('min-height');
  }
  // Markup never holds a control character; data might (HTML cannot carry NUL).
  const html = escapeControls(`${head}<style>${SNAPSHOT_STYLE}</style>${document.body.innerHTML}`);
  window.close();
  return html;
}

/**
 * Svelte's server render of the App, compiled by a throwaway Vite server:
 * the components' styles come inline (the snapshot is removed with them).
 */
async function renderWithSvelte(
  root: string,
  dataset: Dataset,
): Promise<{ head: string; body: string }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // The theme's module too: Vite's scan of index.html meets main.ts's import of it.
    plugins: [
      svelte({ emitCss: false, compilerOptions: { css: 'injected', dev: false } }),
      themeStylesheet(),
    ],
    // SharePanel's citation reads these; it is built only when opened.
    define: { __DATA_VERSION__: '""', __COMPILED_DATE__: '""', __PUBLIC_URL__: '""' },
  });
  try {
    const runner = createServerModuleRunner(server.environments.ssr);
    const module = (await runner.import('/src/build/prerender/render-home.ts')) as {
      renderHome: typeof renderHome;
    };
    const rendered = module.renderHome(dataset);
    await runner.close();
    return rendered;
  } finally {
    await server.close();
  }
}
