/**
 * The files the build writes for embedding charts (src/build/embeds-plugin.ts),
 * read from the built dist/ (`npm test` builds it first): for every chart an
 * embed page, a standalone SVG, a 2x PNG and a CSV, the catalogue
 * dist/charts/index.json and dist/404.html. And one build with
 * CLAIMS_PUBLIC_URL set, into a temporary folder, for the absolute URLs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { PUBLIC_URL_VARIABLE, publicUrl } from '../../src/build/embeds-plugin';
import { buildSite } from '../support/build';
import type { CatalogueEntry } from '../../src/build/embeds-plugin';
import { chartsFor } from '../../src/charts/catalogue';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { embedCode } from '../../src/embed/code';
import { embedFrameHeight } from '../../src/embed/page';
import { serializeSvg, standaloneSvg } from '../../src/embed/standalone-svg';
import { checkDataset } from '../../src/model/check/dataset';
import { parseCsv } from '../../src/model/csv/parse';
import { neutraliseFormula } from '../../src/model/csv/write';

const DIST = 'dist';

interface Catalogue {
  dataVersion: string;
  compiled: string;
  charts: CatalogueEntry[];
}

function readCatalogue(dir: string): Catalogue {
  const path = join(dir, 'charts/index.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run npm run build first (npm test does)`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

const catalogue = readCatalogue(DIST);
const dataset = checkDataset(loadDatasetInput('claims'));
const specs = chartsFor(dataset.claims, dataset);
const { window } = new JSDOM('');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) {
    throw new Error('not a PNG: bad signature');
  }
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR')
    throw new Error('not a PNG: no IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function parseSvg(text: string): Document {
  return new window.DOMParser().parseFromString(text, 'image/svg+xml');
}

/** claims/claims.csv as header + rows by id, cells as written. */
function claimsCsv(): { header: string[]; byId: Map<string, Record<string, string>> } {
  const text = readFileSync('claims/claims.csv', 'utf8').replace(/^\uFEFF/, '');
  const [head, ...rows] = parseCsv(text).rows.map((r) => r.values);
  const header = head!;
  const byId = new Map<string, Record<string, string>>();
  for (const values of rows) {
    const row = Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
    byId.set(row.id!, row);
  }
  return { header, byId };
}

describe('dist/charts/index.json', () => {
  test('lists the charts of the dashboard, in its order', () => {
    expect(dataset.problems).toEqual([]);
    expect(catalogue.charts.map((c) => c.id)).toEqual(specs.map((s) => s.id));
  });

  test('has a data version and the date it was compiled', () => {
    const { version } = JSON.parse(readFileSync('claims/datapackage.json', 'utf8')) as {
      version: string;
    };
    expect(catalogue.dataVersion).toMatch(
      new RegExp(`^${version.replace(/\./g, '\\.')}\\+[0-9a-f]{8}$`),
    );
    expect(catalogue.compiled).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalogue).not.toHaveProperty('date');
  });

  test('each entry has its title, description, relative file URLs and embed code', () => {
    for (const entry of catalogue.charts) {
      const spec = specs.find((s) => s.id === entry.id)!;
      expect(Object.keys(entry).sort()).toEqual(
        ['csv', 'description', 'embed', 'embedCode', 'height', 'id', 'png', 'svg', 'title'].sort(),
      );
      expect(entry.title).toBe(spec.title);
      expect(entry.description).toBe(spec.description);
      // Relative to dist/charts/, where index.json is: dist/ works at any address.
      expect(entry.embed).toBe(`../embed/${entry.id}.html`);
      expect(entry.svg).toBe(`../charts/${entry.id}.svg`);
      expect(entry.png).toBe(`../charts/${entry.id}.png`);
      expect(entry.csv).toBe(`../charts/${entry.id}.csv`);
      expect(entry.embedCode).toBe(
        embedCode({ src: entry.embed, id: entry.id, title: entry.title, height: entry.height }),
      );
      expect(entry.embedCode).toContain(`data-chart="${entry.id}"`);
      expect(entry.embedCode).toContain('loading="lazy"');
      // Without a public URL, no oEmbed: its embed code would need absolute URLs.
      expect(existsSync(join(DIST, 'embed', `${entry.id}.oembed.json`))).toBe(false);
    }
  });

  test("each chart's default iframe height is its wide chart with the page around it", () => {
    for (const entry of catalogue.charts) {
      const text = readFileSync(join(DIST, 'embed', `${entry.id}.html`), 'utf8');
      const wide = /<div class="chart wide"><svg[^>]* height="(\d+)"/.exec(text);
      expect(wide, entry.id).not.toBeNull();
      expect(entry.height).toBe(embedFrameHeight(Number(wide![1])));
      expect(entry.embedCode).toContain(`height="${entry.height}"`);
      expect(text).not.toContain('application/json+oembed');
    }
  });
});

describe('the files of every chart', () => {
  const csv = claimsCsv();
  const serializer = new window.XMLSerializer();

  for (const entry of catalogue.charts) {
    describe(entry.id, () => {
      const spec = specs.find((s) => s.id === entry.id)!;
      const file = (url: string) => resolve(DIST, 'charts', url);

      test('all four files exist', () => {
        for (const url of [entry.embed, entry.svg, entry.png, entry.csv]) {
          expect(existsSync(file(url)), url).toBe(true);
        }
      });

      test('the SVG is the standalone SVG of the unit tests, stamped with the data version', () => {
        const text = readFileSync(file(entry.svg), 'utf8');
        const expected = serializeSvg(
          standaloneSvg(spec, {
            document: window.document,
            width: 640,
            dashboard: '../index.html',
            dataVersion: catalogue.dataVersion,
            compiled: catalogue.compiled,
          }),
          serializer,
        );
        expect(text).toBe(expected);
        expect(parseSvg(text).querySelector('parsererror')).toBeNull();
      });

      test('the PNG is the SVG at twice its size', () => {
        const root = parseSvg(readFileSync(file(entry.svg), 'utf8')).documentElement;
        const width = Number(root.getAttribute('width'));
        const height = Number(root.getAttribute('height'));
        expect(width).toBe(640);
        const png = readFileSync(file(entry.png));
        expect(pngSize(png)).toEqual({ width: 2 * width, height: 2 * height });
        expect(png.length).toBeGreaterThan(10_000);
      });

      test("the CSV has claims.csv's header and one row per claim, numbers untouched", () => {
        const text = readFileSync(file(entry.csv), 'utf8');
        expect(text.startsWith('\uFEFF')).toBe(true);
        const { rows, errors } = parseCsv(text.slice(1));
        expect(errors).toEqual([]);
        const [header, ...body] = rows.map((r) => r.values);
        expect(header).toEqual(csv.header);
        expect(body.map((r) => r[0]).sort()).toEqual(spec.claims.map((c) => c.id).sort());
        for (const values of body) {
          const original = csv.byId.get(values[0]!)!;
          csv.header.forEach((column, i) => {
            const cell = original[column]!;
            const expected = ['value', 'low', 'high'].includes(column)
              ? cell
              : neutraliseFormula(cell);
            expect(values[i], `${values[0]} ${column}`).toBe(expected);
          });
        }
      });

      test('the embed page holds the chart, pre-rendered, with links that open a new tab', () => {
        const html = readFileSync(file(entry.embed), 'utf8');
        const { document } = new JSDOM(html).window;
        expect(document.title).toBe(spec.title);
        expect(document.querySelector('figure')!.getAttribute('data-chart')).toBe(entry.id);
        const svgs = document.querySelectorAll('figure svg');
        expect(svgs).toHaveLength(2); // wide and narrow
        const links = [...document.querySelectorAll('a')];
        expect(links.length).toBeGreaterThan(spec.claims.length);
        for (const a of links) {
          expect(a.getAttribute('target'), a.outerHTML).toBe('_blank');
          expect(a.getAttribute('rel'), a.outerHTML).toBe('noopener');
          expect(a.getAttribute('href')).toMatch(
            /^\.\.\/index\.html#\/(claims|charts)\/[a-z0-9-]+$/,
          );
        }
        const linked = new Set(
          [...document.querySelectorAll('svg a')].map((a) => a.getAttribute('data-claim')),
        );
        expect([...linked].sort()).toEqual(spec.claims.map((c) => c.id).sort());
        expect(document.querySelector('figcaption a')!.getAttribute('href')).toBe(
          `../index.html#/charts/${entry.id}`,
        );
        // The build's date is labelled as what it is; the figures' dates are in the chart.
        expect(document.querySelector('figcaption')!.textContent).toContain(
          `Compiled ${catalogue.compiled} from data version ${catalogue.dataVersion}`,
        );
        expect(document.querySelector('svg')!.textContent).toMatch(
          /[Pp]ublication dates? not recorded|[Pp]ublished \d/,
        );
        // The script exists; the tooltips are there for every claim.
        const script = document.querySelector('script[type="module"]')!.getAttribute('src')!;
        expect(existsSync(resolve(DIST, 'embed', script)), script).toBe(true);
        const tooltips = JSON.parse(document.getElementById('tooltips')!.textContent!) as object;
        expect(Object.keys(tooltips).sort()).toEqual(spec.claims.map((c) => c.id).sort());
      });
    });
  }
});

test('dist/404.html says not found', () => {
  const path = join(DIST, '404.html');
  expect(existsSync(path)).toBe(true);
  const { document } = new JSDOM(readFileSync(path, 'utf8')).window;
  expect(document.title).toMatch(/not found/i);
  expect(document.body.textContent).toMatch(/not found/i);
  // Served at any depth, it cannot link relatively: without a public URL, the root.
  expect(document.querySelector('a')!.getAttribute('href')).toBe('/');
});

describe('publicUrl', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  test(`is undefined when ${PUBLIC_URL_VARIABLE} is unset or empty`, () => {
    vi.stubEnv(PUBLIC_URL_VARIABLE, undefined);
    expect(publicUrl()).toBeUndefined();
    vi.stubEnv(PUBLIC_URL_VARIABLE, '');
    expect(publicUrl()).toBeUndefined();
    expect(publicUrl('')).toBeUndefined();
  });

  test('reads the environment and ends the URL with a slash', () => {
    vi.stubEnv(PUBLIC_URL_VARIABLE, 'https://example.org/facts');
    expect(publicUrl()).toBe('https://example.org/facts/');
    expect(publicUrl('https://example.org/facts/')).toBe('https://example.org/facts/');
    expect(publicUrl('http://example.org')).toBe('http://example.org/');
  });

  test.each([
    'javascript:alert(1)',
    'ftp://x',
    'data:text/html,x',
    'example.org/facts',
    '//example.org',
    'https://',
  ])('refuses %s with a clear message', (raw) => {
    expect(() => publicUrl(raw)).toThrow(
      `${PUBLIC_URL_VARIABLE}="${raw}" is not an http or https URL`,
    );
  });

  test.each(['https://example.org/facts?x=1', 'https://example.org/facts#top'])(
    'refuses %s: paths are appended to it',
    (raw) => {
      expect(() => publicUrl(raw)).toThrow(/must not have a query \(\?\) or fragment \(#\)/);
    },
  );
});

describe(`a build with ${PUBLIC_URL_VARIABLE}=https://example.org/facts`, () => {
  const BASE = 'https://example.org/facts/';
  let out: string;
  let built: Catalogue;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'claims-public-url-'));
    const run = buildSite(out, { [PUBLIC_URL_VARIABLE]: 'https://example.org/facts' }, 120_000);
    if (run.status !== 0)
      throw new Error(`vite build failed (${run.status}):\n${run.stderr}${run.stdout}`);
    built = readCatalogue(out);
  }, 120_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('index.json has absolute URLs and absolute embed code', () => {
    expect(built.charts.map((c) => c.id)).toEqual(specs.map((s) => s.id));
    for (const entry of built.charts) {
      expect(entry.embed).toBe(`${BASE}embed/${entry.id}.html`);
      expect(entry.svg).toBe(`${BASE}charts/${entry.id}.svg`);
      expect(entry.png).toBe(`${BASE}charts/${entry.id}.png`);
      expect(entry.csv).toBe(`${BASE}charts/${entry.id}.csv`);
      expect(entry.embedCode).toContain(`<iframe src="${BASE}embed/${entry.id}.html"`);
      expect(entry.embedCode).toBe(
        embedCode({ src: entry.embed, id: entry.id, title: entry.title, height: entry.height }),
      );
    }
  });

  test('each chart has an oEmbed response, found from its embed page, with only http(s) URLs', () => {
    for (const entry of built.charts) {
      expect(entry.oembed).toBe(`${BASE}embed/${entry.id}.oembed.json`);
      const text = readFileSync(join(out, 'embed', `${entry.id}.oembed.json`), 'utf8');
      // Markup in titles cannot end a <script> or open a tag if a host inlines it.
      expect(text).not.toMatch(/</);
      const response = JSON.parse(text) as Record<string, unknown>;
      expect(response).toEqual({
        version: '1.0',
        type: 'rich',
        title: entry.title,
        provider_name: 'Claims fact sheet',
        provider_url: BASE,
        html: entry.embedCode,
        width: 736,
        height: entry.height,
      });
      const { document } = new JSDOM(readFileSync(join(out, 'embed', `${entry.id}.html`), 'utf8'))
        .window;
      const link = document.querySelectorAll('link[rel="alternate"]');
      expect(link).toHaveLength(1);
      expect(link[0]!.getAttribute('type')).toBe('application/json+oembed');
      expect(link[0]!.getAttribute('href')).toBe(entry.oembed);
      expect(link[0]!.getAttribute('title')).toBe(entry.title);
      const iframe = new JSDOM(response.html as string).window.document.querySelector('iframe')!;
      expect(iframe.getAttribute('src')).toBe(`${BASE}embed/${entry.id}.html`);
      expect(iframe.getAttribute('height')).toBe(String(entry.height));
    }
  });

  test('SVG and embed page links go to the public dashboard', () => {
    for (const entry of built.charts) {
      const spec = specs.find((s) => s.id === entry.id)!;
      const svg = parseSvg(readFileSync(join(out, 'charts', `${entry.id}.svg`), 'utf8'));
      const hrefs = new Set([...svg.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      expect([...hrefs].sort()).toEqual(spec.claims.map((c) => `${BASE}#/claims/${c.id}`).sort());
      for (const a of svg.querySelectorAll('a')) {
        expect(a.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(
          a.getAttribute('href'),
        );
      }

      const { document } = new JSDOM(readFileSync(join(out, 'embed', `${entry.id}.html`), 'utf8'))
        .window;
      for (const a of document.querySelectorAll('svg a')) {
        expect(a.getAttribute('href')).toMatch(
          new RegExp(`^${BASE.replace(/[./]/g, '\\$&')}#/claims/`),
        );
      }
      expect(document.querySelector('figcaption a')!.getAttribute('href')).toBe(
        `${BASE}#/charts/${entry.id}`,
      );
    }
  });

  test('404.html links to the public fact sheet', () => {
    const { document } = new JSDOM(readFileSync(join(out, '404.html'), 'utf8')).window;
    expect(document.querySelector('a')!.getAttribute('href')).toBe(BASE);
  });

  test('the build leaves the relative dist/ alone', () => {
    expect(readCatalogue(DIST).charts[0]!.embed).toMatch(/^\.\.\//);
  });
});
