/**
 * The chart as a file that stands alone (src/embed/standalone-svg.ts), the
 * embed snippet and its message checks (src/embed/code.ts), and the embed
 * page's HTML (src/embed/page.ts), in Node with jsdom.
 *
 * Golden files: test/output/standalone/<chart-id>.svg, the standalone SVG of
 * every chart of claims/claims.csv, one element per line (as the chart goldens
 * in test/output/charts/) so a diff points at what changed. Each is itself a
 * standalone SVG: open it to look at it.
 */
import { execFile } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { chartsFor } from '../../src/charts/catalogue';
import type { ChartMedium } from '../../src/charts/frame';
import type { ChartSpec } from '../../src/charts/types';
import { loadDatasetInput } from '../../src/node/claims-folder';
import {
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  clampHeight,
  embedCode,
  isHeightMessage,
} from '../../src/embed/code';
import { embedPage } from '../../src/embed/page';
import {
  FILE_MARGIN,
  serializeSvg,
  standaloneSvg,
  standaloneFiles,
} from '../../src/embed/standalone-svg';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim, Source } from '../../src/model/claim';
import { normaliseSvg } from '../charts/svg';
import { claim, reference } from '../charts/synthetic';
import { assertGolden } from '../support/golden';
import { hasRsvg, requireRsvg, RSVG_HINT, RSVG_NOTE, skipWithoutRsvg } from '../support/rsvg';
import { RAW_CONTROL } from '../support/characters';

const { window } = new JSDOM('');
const serializer = new window.XMLSerializer();

const OPTIONS = {
  document: window.document,
  width: 640,
  dashboard: '../index.html',
  dataVersion: '0.0.0+test',
  compiled: '2026-11-30',
};

/** The file exactly as the build writes it (dist/charts/<id>.svg). */
function fileOf(
  spec: ChartSpec,
  options: Partial<typeof OPTIONS> & { medium?: ChartMedium } = {},
): string {
  return serializeSvg(standaloneSvg(spec, { ...OPTIONS, ...options }), serializer);
}

function parseSvg(text: string): Document {
  return new window.DOMParser().parseFromString(text, 'image/svg+xml');
}

/** The XML parser's complaint, or undefined when the text is well-formed. */
function xmlError(text: string): string | undefined {
  const doc = parseSvg(text);
  const error = doc.querySelector('parsererror');
  if (error) return error.textContent ?? 'parsererror';
  if (doc.documentElement.localName !== 'svg') return `root is <${doc.documentElement.localName}>`;
  return undefined;
}

/** Every href and xlink:href value in the file. */
function hrefs(text: string): string[] {
  const doc = parseSvg(text);
  return [...doc.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter((a) => a.localName === 'href').map((a) => a.value),
  );
}

/** A link is relative (no scheme at all) or http(s). */
function safeLink(href: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href);
  return scheme === null || /^https?$/i.test(scheme[1]!);
}

const corpus = checkDataset(loadDatasetInput('claims'));
const specs = chartsFor(corpus.claims, corpus);
const files = new Map(specs.map((spec) => [spec.id, fileOf(spec)]));

describe('the standalone SVG of every chart of claims/claims.csv', () => {
  test('a file has margins: no text or mark within FILE_MARGIN of an edge, the title not at x = 0', () => {
    for (const spec of specs) {
      const root = parseSvg(files.get(spec.id)!).documentElement;
      const groups = [...root.children].filter((c) => c.localName === 'g');
      expect(groups.length, spec.id).toBe(3);
      for (const g of groups) {
        expect(g.getAttribute('transform'), spec.id).toMatch(
          new RegExp(`^translate\\(${FILE_MARGIN},0\\)`),
        );
      }
      const [title] = root.querySelectorAll('text');
      expect(Number(title!.getAttribute('y'))).toBeGreaterThanOrEqual(FILE_MARGIN);
      const height = Number(root.getAttribute('height'));
      const last = [...root.querySelectorAll(':scope > g:last-of-type text')].at(-1)!;
      expect(height - Number(last.getAttribute('y'))).toBeGreaterThanOrEqual(FILE_MARGIN);
    }
  });

  test('a PNG promises only what a picture can do: no links, no pointing', () => {
    for (const spec of specs) {
      const svg = fileOf(spec, { medium: 'png' });
      const words = [...parseSvg(svg).querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(words, spec.id).not.toMatch(/links? to|tap|point at|click|hover/i);
      expect(words, spec.id).toContain('Every figure’s sentence is on the fact sheet.');
      // The SVG file, whose marks are links, says so.
      const file = [...parseSvg(files.get(spec.id)!).querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' ');
      expect(file).toContain('Each mark links to its sentence on the fact sheet.');
    }
  });

  test('drawn once for several media, each is the file drawn for that medium alone', () => {
    for (const spec of specs) {
      for (const media of [
        ['svg', 'png', 'embed', 'page'],
        ['png', 'svg'],
      ] as ChartMedium[][]) {
        expect(standaloneFiles(spec, OPTIONS, media, serializer), spec.id).toEqual(
          media.map((medium) => fileOf(spec, { medium })),
        );
      }
    }
  });

  test('the corpus is valid and has charts', () => {
    expect(corpus.problems).toEqual([]);
    expect(specs.length).toBeGreaterThan(5);
  });

  for (const spec of specs) {
    describe(spec.id, () => {
      const text = files.get(spec.id)!;

      test('matches its golden file', () => {
        expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
        const root = parseSvg(text).documentElement;
        assertGolden(
          `standalone/${spec.id}.svg`,
          `<?xml version="1.0" encoding="UTF-8"?>\n${normaliseSvg(root)}`,
        );
      });

      test('is well-formed XML', () => {
        expect(xmlError(text)).toBeUndefined();
      });

      test('holds no stylesheet, CSS variable, script, font or external reference', () => {
        for (const forbidden of [
          '<style',
          'var(--',
          '<script',
          '@font-face',
          'url(',
          '@import',
          '<image',
          '<foreignObject',
        ]) {
          expect(text, forbidden).not.toContain(forbidden);
        }
        expect(text).not.toMatch(/\son[a-z]+=/i); // no event handler attributes
      });

      test('has its title, description, size and one link per claim, all to the dashboard', () => {
        const doc = parseSvg(text);
        const root = doc.documentElement;
        expect(root.getAttribute('width')).toBe('640');
        expect(Number(root.getAttribute('height'))).toBeGreaterThan(100);
        expect(root.getAttribute('viewBox')).toBe(`0 0 640 ${root.getAttribute('height')}`);
        expect(root.querySelector(':scope > title')?.textContent).toBe(spec.title);
        expect(root.querySelector(':scope > desc')?.textContent).toBe(spec.description);
        // The build's date is labelled as such; the figures' dates are in the source line.
        expect(text).toContain('Compiled 2026-11-30 from data version 0.0.0+test.');
        const footer = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ');
        expect(footer).toMatch(/[Pp]ublication dates? not recorded/);
        const linked = new Set<string>();
        for (const a of root.querySelectorAll('a')) {
          const href = a.getAttribute('href')!;
          // SVG 1.1 readers (librsvg) need xlink:href; SVG 2 readers read href.
          expect(a.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(href);
          expect(href).toMatch(/^\.\.\/index\.html#\/claims\/[a-z0-9-]+$/);
          linked.add(href.slice('../index.html#/claims/'.length));
        }
        expect([...linked].sort()).toEqual(spec.claims.map((c) => c.id).sort());
        expect(hrefs(text).every(safeLink)).toBe(true);
      });
    });
  }
});

// rsvg-convert (librsvg, the renderer behind many document tools) must read
// every file. CI installs it (.ci/run); elsewhere the test is skipped, saying so.

if (!hasRsvg && process.env.CI !== 'true') console.warn(`librsvg test skipped: ${RSVG_HINT}`);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) {
    throw new Error('not a PNG: bad signature');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR')
    throw new Error('not a PNG: no IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** rsvg-convert's PNG of `svg`, its exit status and what it said on standard error. */
function rsvgConvert(svg: string): Promise<{ status: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'rsvg-convert',
      ['--format=png'],
      { encoding: 'buffer', maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        resolve({
          status: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr: String(stderr),
        }),
    );
    child.stdin!.end(svg);
  });
}

describe('librsvg', () => {
  test.skipIf(skipWithoutRsvg)(
    `rsvg-convert renders every standalone SVG to PNG${RSVG_NOTE}`,
    async () => {
      requireRsvg();
      // One rsvg-convert per file, all at once: the machine's cores share them.
      const rendered = await Promise.all(
        [...files].map(([id, text]) => rsvgConvert(text).then((out) => ({ id, text, ...out }))),
      );
      for (const { id, text, status, stdout, stderr } of rendered) {
        expect(status, `${id}: ${stderr}`).toBe(0);
        expect(stderr, id).toBe('');
        const height = Number(parseSvg(text).documentElement.getAttribute('height'));
        expect(pngSize(stdout), id).toEqual({ width: 640, height });
        expect(stdout.length, id).toBeGreaterThan(5000);
      }
    },
  );
});

const HOSTILE = '</text><script>alert(1)</script>&';

const HOSTILE_SOURCES: Source[] = [
  {
    id: 'hostile-source',
    title: `Title ${HOSTILE}`,
    publisher: `Publisher ${HOSTILE}`,
    dateline: '',
    published: '',
    url: 'javascript:alert(1)',
    credits: '',
  },
  {
    id: 'hostile-unpublished',
    title: `Unpublished ${HOSTILE}`,
    publisher: '',
    dateline: '',
    published: '',
    url: 'data:text/html,<script>alert(1)</script>',
    credits: '',
  },
];

/** Two disagreeing reports of one measure: a comparison chart titled by the subject. */
const HOSTILE_CLAIMS: Claim[] = [
  claim(
    'hostile-1',
    'exact',
    { value: 41 },
    {
      measure: 'hostile',
      subject: `Killed ${HOSTILE}`,
      attributed_to: `The mayor ${HOSTILE}`,
      source_id: 'hostile-source',
      quote: `He said 41 ${HOSTILE} were killed.`,
      place: HOSTILE,
    },
  ),
  claim(
    'hostile-2',
    'more_than',
    { low: 40 },
    {
      measure: 'hostile',
      subject: `Killed ${HOSTILE}`,
      source_id: 'hostile-unpublished',
      quote: `More than 40 ]]> <![CDATA[ <!-- ${HOSTILE}`,
      note: HOSTILE,
    },
  ),
];

describe('text from the data is only ever text', () => {
  const hostileSpecs = chartsFor(HOSTILE_CLAIMS, reference(HOSTILE_CLAIMS, HOSTILE_SOURCES));
  const comparison = hostileSpecs.find((s) => s.id === 'measure-hostile')!;

  test('the comparison chart is titled by the hostile subject', () => {
    expect(comparison.title).toBe(`Killed ${HOSTILE}`);
    expect(comparison.sourceLine).toContain(`Publisher ${HOSTILE}`);
  });

  for (const spec of hostileSpecs) {
    test(`${spec.id}: well-formed, escaped, no script, only safe links`, () => {
      const text = fileOf(spec);
      expect(xmlError(text)).toBeUndefined();
      expect(text).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toContain('javascript:');
      expect(text).not.toContain('data:');
      const doc = parseSvg(text);
      expect(doc.getElementsByTagNameNS('*', 'script')).toHaveLength(0);
      // The text reads back exactly as given.
      expect(doc.documentElement.querySelector(':scope > title')?.textContent).toBe(spec.title);
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
      expect(texts).toContain(HOSTILE);
      const links = hrefs(text);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(safeLink(href), href).toBe(true);
    });
  }

  test('links stay safe with an absolute dashboard URL and link attributes', () => {
    const text = serializeSvg(
      standaloneSvg(comparison, {
        ...OPTIONS,
        dashboard: 'https://example.org/facts/',
        linkAttributes: { target: '_blank', rel: 'noopener' },
      }),
      serializer,
    );
    expect(xmlError(text)).toBeUndefined();
    const links = hrefs(text);
    expect(links).toContain('https://example.org/facts/#/claims/hostile-1');
    for (const href of links) expect(href).toMatch(/^https:\/\/example\.org\/facts\/#\/claims\//);
    const anchors = [...parseSvg(text).querySelectorAll('a')];
    expect(anchors.every((a) => a.getAttribute('target') === '_blank')).toBe(true);
    expect(anchors.every((a) => a.getAttribute('rel') === 'noopener')).toBe(true);
  });

  test('characters XML forbids (control characters, lone surrogates) do not break the file', () => {
    // Text pasted from PDFs and word processors brings such characters along,
    // and claims check does not reject them.
    const odd = 'Killed\u0001 in \u000bthe\u000c strike \uD800 \uFFFE \u{1F4A5}';
    const claims = HOSTILE_CLAIMS.map((c) => ({ ...c, subject: odd, quote: `${odd}.` }));
    const spec = chartsFor(claims, reference(claims, HOSTILE_SOURCES)).find(
      (s) => s.id === 'measure-hostile',
    )!;
    const text = fileOf(spec);
    expect(xmlError(text)).toBeUndefined();
    // Each forbidden character becomes U+FFFD, in text and in attributes alike.
    const shown = 'Killed\uFFFD in \uFFFDthe\uFFFD strike \uFFFD \uFFFD \u{1F4A5}';
    const root = parseSvg(text).documentElement;
    expect(root.querySelector(':scope > title')?.textContent).toBe(shown);
    expect(root.getAttribute('aria-label')).toBe(shown);
    expect(text).toContain('\u{1F4A5}'); // a valid astral character is kept
    // The footer written again for a PNG is cleaned as the first was.
    const sources = HOSTILE_SOURCES.map((s) => ({ ...s, publisher: odd }));
    const fromSources = chartsFor(claims, reference(claims, sources)).find(
      (s) => s.id === 'measure-hostile',
    )!;
    const [, png] = standaloneFiles(fromSources, OPTIONS, ['svg', 'png'], serializer);
    expect(xmlError(png!)).toBeUndefined();
    expect(png).toContain('Killed\uFFFD in');
    expect(png).toBe(fileOf(fromSources, { medium: 'png' }));
  });

  test('an embed page with a hostile title and tooltip', () => {
    const spec = {
      ...comparison,
      rows: comparison.rows.map((r) => ({
        ...r,
        tooltip: `${r.tooltip}</script><script>alert(1)</script><!--<script>`,
      })),
    };
    const html = embedPage({
      spec,
      wideSvg: fileOf(spec).replace(/^<\?xml[^>]*>\n/, ''),
      narrowSvg: '<svg></svg>',
      dashboardChart: '../index.html#/charts/measure-hostile',
      dataVersion: `1 ${HOSTILE}`,
      compiled: '2026-11-30',
      script: '../assets/embed.js',
    });
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(html).toContain(
      `<title>Killed &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</title>`,
    );

    const { document } = new JSDOM(html).window;
    expect(document.title).toBe(spec.title);
    // Two scripts only: the tooltips and the embed script.
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', 'module']);
    expect(scripts[1]!.getAttribute('src')).toBe('../assets/embed.js');
    const tooltips = JSON.parse(document.getElementById('tooltips')!.textContent!) as Record<
      string,
      string
    >;
    expect(tooltips).toEqual(Object.fromEntries(spec.rows.map((r) => [r.claim.id, r.tooltip])));
    expect(tooltips['hostile-1']).toContain('</script><script>alert(1)</script><!--<script>');
    expect(document.querySelector('figcaption')!.textContent).toContain(
      `Compiled 2026-11-30 from data version 1 ${HOSTILE}`,
    );
    expect(document.querySelector('figure')!.getAttribute('data-chart')).toBe('measure-hostile');
    // The inline SVG parses as SVG, with its text as text.
    const svg = document.querySelector('.wide svg')!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).toBe(spec.title);
  });

  test('an embed page carries no control character raw in its title and tooltips: NUL and escape sequences show as text', () => {
    const odd = 'Killed\u0000 in \u001b]0;owned\u0007the strike\u009b';
    const spec = {
      ...comparison,
      title: odd,
      rows: comparison.rows.map((r) => ({ ...r, tooltip: odd })),
    };
    const html = embedPage({
      spec,
      wideSvg: '<svg></svg>',
      narrowSvg: '<svg></svg>',
      dashboardChart: '../index.html#/charts/measure-hostile',
      dataVersion: '1',
      compiled: '2026-11-30',
      script: '../assets/embed.js',
    });
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain(
      '<title>Killed\\u0000 in \\u001b]0;owned\\u0007the strike\\u009b</title>',
    );
    const { document } = new JSDOM(html).window;
    const tooltips = JSON.parse(document.getElementById('tooltips')!.textContent!) as Record<
      string,
      string
    >;
    // In the JSON the escapes stand for the characters themselves.
    expect(Object.values(tooltips)).toContain(odd);
  });
});

describe('embedCode', () => {
  const title = `Say "hi" <b>&</b> 'bye'`;
  const src = 'https://example.org/facts/embed/x.html?a=1&b="2"';
  const code = embedCode({ src, id: 'oil-output-percent', title });

  test('escapes src and title into the attributes', () => {
    expect(code).toContain(
      `<iframe src="https://example.org/facts/embed/x.html?a=1&amp;b=&quot;2&quot;" ` +
        `title="Say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt; 'bye'" data-chart="oil-output-percent" loading="lazy"`,
    );
  });

  test('parses back to one iframe with the exact src and title, then the resize script', () => {
    const { document } = new JSDOM(`<!doctype html><body>${code}</body>`).window;
    const children = [...document.body.children];
    expect(children.map((c) => c.tagName)).toEqual(['IFRAME', 'SCRIPT']);
    const iframe = children[0]!;
    expect(iframe.getAttribute('src')).toBe(src);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(iframe.getAttribute('data-chart')).toBe('oil-output-percent');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('height')).toBe('480');
  });

  test('the initial height is clamped', () => {
    expect(embedCode({ src, id: 'x', title, height: 10 })).toContain(`height="${MIN_HEIGHT}"`);
    expect(embedCode({ src, id: 'x', title, height: 1e9 })).toContain(`height="${MAX_HEIGHT}"`);
    expect(embedCode({ src, id: 'x', title, height: 300.2 })).toContain('height:301px');
  });
});

const GOOD = { type: HEIGHT_MESSAGE, id: 'troops-people', height: 500 };

const MESSAGES: [string, unknown, boolean][] = [
  ['the right shape', GOOD, true],
  ['extra properties', { ...GOOD, extra: 1, nested: { a: 1 } }, true],
  ['a fractional height', { ...GOOD, height: 333.3 }, true],
  ['a huge height (clamped later)', { ...GOOD, height: 1e9 }, true],
  ['a negative height (clamped later)', { ...GOOD, height: -5 }, true],
  ['null', null, false],
  ['undefined', undefined, false],
  ['a string', JSON.stringify(GOOD), false],
  ['a number', 500, false],
  ['an array', [HEIGHT_MESSAGE, 'troops-people', 500], false],
  ['an empty array', [], false],
  ['the wrong type', { ...GOOD, type: 'claims-embed:width' }, false],
  ['no type', { id: GOOD.id, height: 500 }, false],
  ['no id', { type: HEIGHT_MESSAGE, height: 500 }, false],
  ['a numeric id', { ...GOOD, id: 7 }, false],
  ['no height', { type: HEIGHT_MESSAGE, id: GOOD.id }, false],
  ['a NaN height', { ...GOOD, height: NaN }, false],
  ['an Infinity height', { ...GOOD, height: Infinity }, false],
  ['a -Infinity height', { ...GOOD, height: -Infinity }, false],
  ['a string height', { ...GOOD, height: '500' }, false],
  ['a string height "x"', { ...GOOD, height: 'x' }, false],
  ['a null height', { ...GOOD, height: null }, false],
  ['a boxed number height', { ...GOOD, height: Object(500) as unknown }, false],
];

describe('isHeightMessage', () => {
  test.each(MESSAGES)('%s', (_name, data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });
});

describe('clampHeight', () => {
  test.each([
    [500, 500],
    [500.01, 501],
    [MIN_HEIGHT, MIN_HEIGHT],
    [MIN_HEIGHT - 1, MIN_HEIGHT],
    [0, MIN_HEIGHT],
    [-100, MIN_HEIGHT],
    [-Infinity, MIN_HEIGHT],
    [NaN, MIN_HEIGHT],
    [MAX_HEIGHT, MAX_HEIGHT],
    [MAX_HEIGHT + 0.5, MAX_HEIGHT],
    [99999, MAX_HEIGHT],
    [Infinity, MAX_HEIGHT],
  ])('%d → %d', (height, expected) => {
    expect(clampHeight(height)).toBe(expected);
  });
});

describe('the resize script of the embed code (run in jsdom)', () => {
  // The script is written out by hand: it must accept exactly what
  // isHeightMessage accepts (with the iframe's own id) and clamp like clampHeight.
  const FRAME_ORIGIN = 'https://charts.example';
  const { window: host } = new JSDOM(
    `<!doctype html><body><p>Report</p>${embedCode({
      src: `${FRAME_ORIGIN}/embed/troops-people.html`,
      id: 'troops-people',
      title: 'Troops',
    })}</body>`,
    { runScripts: 'dangerously', url: 'https://news.example/story.html' },
  );
  const iframe = host.document.querySelector('iframe')!;

  function post(data: unknown, { origin = FRAME_ORIGIN, fromFrame = true } = {}): string {
    iframe.style.height = '480px';
    // jsdom's window type is not the DOM's Window, but it is what jsdom expects here.
    const source = (fromFrame ? iframe.contentWindow : host) as unknown as Window;
    host.dispatchEvent(new host.MessageEvent('message', { data, origin, source }));
    return iframe.style.height;
  }

  test.each(MESSAGES)('%s', (_name, data, accepted) => {
    const expected = accepted ? `${clampHeight((data as { height: number }).height)}px` : '480px';
    expect(post(data)).toBe(expected);
  });

  test('a message for another chart is ignored', () => {
    expect(post({ ...GOOD, id: 'oil-output-percent', height: 700 })).toBe('480px');
  });

  test('a message from another window or another origin is ignored', () => {
    expect(post({ ...GOOD, height: 700 })).toBe('700px');
    expect(post({ ...GOOD, height: 700 }, { fromFrame: false })).toBe('480px');
    expect(post({ ...GOOD, height: 700 }, { origin: 'https://evil.example' })).toBe('480px');
    expect(post({ ...GOOD, height: 700 }, { origin: 'null' })).toBe('480px');
  });
});
