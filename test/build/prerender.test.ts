/**
 * The fact sheet the build puts into dist/index.html (src/build/prerender-plugin.ts),
 * read from the built dist/ (`npm test` builds it first), and rendered again
 * from hostile data: every text stays text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test, vi } from 'vitest';
import { loadDataset } from '../../src/app/data/load';
import { DRAWN_CHARTS, renderSnapshot } from '../../src/build/prerender-plugin';
import { chartsFor } from '../../src/charts/catalogue';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim, Source } from '../../src/model/claim';
import type { Dataset } from '../../src/model/check/dataset';
import { featuredMeasures } from '../../src/model/measures';
import { claim, measuresOf } from '../charts/synthetic';
import { CLAIM_ROW, claimsCsv, datasetInput } from '../support/dataset';
import { RAW_CONTROL } from '../support/characters';

const INDEX = 'dist/index.html';

/** A checked dataset of these claims and sources, with no texts and no problems. */
function datasetOf(claims: Claim[], sources: Source[]): Dataset {
  return {
    claims,
    sources,
    measures: measuresOf(claims),
    texts: new Map(),
    skipped: new Map(),
    problems: [],
    warnings: [],
  };
}

function builtPage(): Document {
  if (!existsSync(INDEX)) throw new Error(`${INDEX} is missing: run npm run build first`);
  return new JSDOM(readFileSync(INDEX, 'utf8')).window.document;
}

describe('dist/index.html', () => {
  const document = builtPage();
  const snapshot = document.getElementById('prerendered')!;
  const dataset = checkDataset(loadDatasetInput('claims'));

  test('holds the fact sheet before the app, and the script that drops it for other views', () => {
    expect(snapshot).not.toBeNull();
    const app = document.getElementById('app')!;
    expect(snapshot.compareDocumentPosition(app) & 4).toBeTruthy(); // the app follows
    const script = snapshot.nextElementSibling!;
    expect(script.tagName).toBe('SCRIPT');
    expect(script.textContent).toContain("getElementById('prerendered').remove()");
    expect(snapshot.querySelector('h1')!.textContent).toBe('Claims fact sheet');
    expect(snapshot.querySelector('.summary')!.textContent).toContain(
      `${dataset.claims.length} of ${dataset.claims.length} claims`,
    );
  });

  test('has every key figure of the fact sheet, linked to its claim, and the scope line', () => {
    const expected = featuredMeasures(dataset.measures).map((m) => m.id);
    const cards = [...snapshot.querySelectorAll('.key .card')];
    expect(cards.map((c) => c.getAttribute('data-measure'))).toEqual(expected);
    for (const card of cards) {
      const href = card.querySelector('.figure a')!.getAttribute('href')!;
      const id = /^#\/claims\/(.+)$/.exec(href)![1]!;
      expect(dataset.claims.find((c) => c.id === id)!.measure).toBe(
        card.getAttribute('data-measure'),
      );
    }
    expect(snapshot.querySelector('.scope')!.textContent).toMatch(/^63 figures from 10 articles/);
  });

  test('draws its charts, at a phone’s width and a desktop’s, every mark a link to its claim', () => {
    const areas = [...snapshot.querySelectorAll<HTMLElement>('.chart-svg[data-chart]')];
    const charts = new Map(chartsFor(dataset.claims, dataset).map((s) => [s.id, s]));
    // Every chart of the shipped fact sheet is drawn: an overview's measures are nowhere else.
    expect(areas.length).toBeGreaterThan(2);
    expect(areas.length).toBeLessThanOrEqual(DRAWN_CHARTS);
    const [first] = areas;
    for (const area of areas) {
      const spec = charts.get(area.dataset.chart!)!;
      const svgs = [...area.querySelectorAll('svg')];
      expect(svgs.map((s) => s.getAttribute('class'))).toEqual([
        expect.stringContaining('snapshot-wide'),
        expect.stringContaining('snapshot-narrow'),
      ]);
      expect(Number(svgs[0]!.getAttribute('width'))).toBeGreaterThan(
        Number(svgs[1]!.getAttribute('width')),
      );
      for (const svg of svgs) {
        const links = [...svg.querySelectorAll('a[data-claim]:not([tabindex])')];
        expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
          spec.claims.map((c) => `#/claims/${c.id}`).sort(),
        );
      }
      expect(area.style.minHeight).toBe('');
    }
    // The first chart is the first category's: on a phone's first screen.
    expect(first!.closest('section.category')).toBe(snapshot.querySelector('section.category'));
  });
});

const HOSTILE = '</p><script>alert(1)</script><img src=x onerror=alert(2)>&';

describe('the data index.html asks for first', () => {
  test('is what the dashboard loads, preloaded as its fetch() requests it', async () => {
    const links = [...builtPage().querySelectorAll<HTMLLinkElement>('head link[rel="preload"]')];
    for (const link of links) {
      expect(link.getAttribute('as')).toBe('fetch');
      // No credentials mode of its own: the same-origin one of fetch().
      expect(link.getAttribute('crossorigin')).toBe('');
    }
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(readFileSync(`dist/${url}`));
    });
    try {
      await loadDataset();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(links.map((l) => l.getAttribute('href')).sort()).toEqual(fetched.sort());
  });
});

describe('the prerendered fact sheet from hostile data', () => {
  const sources: Source[] = [
    {
      id: 'hostile-source',
      title: `Title ${HOSTILE}`,
      publisher: `Publisher ${HOSTILE}`,
      dateline: '',
      published: '',
      url: 'javascript:alert(3)',
      credits: '',
    },
  ];
  const claims: Claim[] = ['41', '45'].map((value, i) =>
    claim(
      `hostile-${i}`,
      'exact',
      { value: Number(value) },
      {
        measure: 'hostile',
        subject: `Killed ${HOSTILE}`,
        attributed_to: `The mayor ${HOSTILE}`,
        place: HOSTILE,
        source_id: 'hostile-source',
        quote: `He said ${value} ${HOSTILE} were killed.`,
      },
    ),
  );
  const dataset = datasetOf(claims, sources);

  test('shows every text as text: no script and no element from the data', async () => {
    const html = await renderSnapshot(process.cwd(), dataset);
    const { document } = new JSDOM(`<body>${html}`).window;
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('.measure .what')!.textContent).toBe(`Killed ${HOSTILE}`);
    // The comparison chart of the two reports is drawn, its labels as text.
    const svg = document.querySelector('.chart-svg svg')!;
    expect(svg.querySelectorAll('a[data-claim]:not([tabindex])')).toHaveLength(2);
    expect(svg.textContent).toContain('</p><script>');
  }, 30_000);
});

describe('the fact sheet with more figures to compare than it charts', () => {
  test('charts the 12 most reported and says how many more there are', async () => {
    // 14 measures whose reports state them differently; measure m-i has i + 2 reports.
    const claims: Claim[] = Array.from({ length: 14 }, (_, m) =>
      Array.from({ length: m + 2 }, (_, r) =>
        claim(`c-${m}-${r}`, 'exact', { value: 10 + r }, { measure: `m-${m}` }),
      ),
    ).flat();
    const dataset = datasetOf(claims, []);
    const html = await renderSnapshot(process.cwd(), dataset);
    const { document } = new JSDOM(`<body>${html}`).window;
    const charted = [...document.querySelectorAll('[data-chart^="measure-"]')].map((c) =>
      c.getAttribute('data-chart'),
    );
    expect(charted).toEqual(Array.from({ length: 12 }, (_, i) => `measure-m-${13 - i}`));
    expect(document.querySelector('main')!.textContent).toMatch(
      /2 more measures with differing reports are not charted here/,
    );
  }, 30_000);
});

describe('the prerendered fact sheet of thousands of articles', () => {
  test('holds the source menu as the browser first shows it, not an option per article', async () => {
    const template = checkDataset(loadDatasetInput('claims')).sources[0]!;
    const sources: Source[] = Array.from({ length: 3000 }, (_, i) => ({
      ...template,
      id: `article-${i}`,
      title: `Article number ${i}`,
    }));
    const claims = sources.map((s, i) =>
      claim(`c-${i}`, 'exact', { value: i + 1 }, { measure: `m-${i % 50}`, source_id: s.id }),
    );
    const dataset = datasetOf(claims, sources);
    const html = await renderSnapshot(process.cwd(), dataset);
    const { document } = new JSDOM(`<body>${html}`).window;
    const menu = document.querySelector('select[name="source"]')!;
    expect([...menu.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All sources']);
    expect(html).not.toContain('Article number 2999');
  }, 60_000);
});

describe('the prerendered fact sheet from oversized and unprintable data', () => {
  test('80,000 rejected rows and a 50 MB cell give a short notice', async () => {
    // The hostile cell first, so the notice lists its problem.
    const [header, huge] = claimsCsv({ ...CLAIM_ROW, category: 'y'.repeat(50_000_000) }).split(
      '\n',
    );
    const claims = `${header}\n${huge}\n${'x\n'.repeat(80_000)}`;
    const dataset = checkDataset(datasetInput({ claims }));
    expect(dataset.problems.length).toBe(160_000);
    const html = await renderSnapshot(process.cwd(), dataset);
    expect(html.length).toBeLessThan(200_000);
    const { document } = new JSDOM(`<body>${html}`).window;
    const notice = document.querySelector('[aria-labelledby="problems-title"]')!;
    expect(notice.querySelector('h2')!.textContent).toMatch(
      new RegExp(`^\\s*${dataset.problems.length.toLocaleString('en-US')} problems in the data`),
    );
    expect(notice.querySelectorAll('li')).toHaveLength(20);
    expect(notice.querySelector('li')!.textContent).toMatch(
      /constraint-error: category "y{100}…" \(50,000,000 characters\) is not one of/,
    );
  }, 60_000);

  test('control characters in the data or its problems never reach the HTML raw', async () => {
    const odd = 'Killed\u0000 in \u001b[2Kthe\u0007 strike\u009b';
    const claims = ['41', '45'].map((value, i) =>
      claim(`odd-${i}`, 'exact', { value: Number(value) }, { measure: 'odd', subject: odd }),
    );
    const problems = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, qualifier: odd }) }),
    ).problems;
    expect(problems).toHaveLength(1);
    const dataset = { ...datasetOf(claims, []), problems };
    const html = await renderSnapshot(process.cwd(), dataset);
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain('Killed\\u0000 in \\u001b[2Kthe\\u0007 strike\\u009b');
  }, 30_000);
});
