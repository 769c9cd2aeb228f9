/** What the charts must do, asserted on the rendered SVG rather than on golden files. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chartFrame } from '../../src/charts/frame';
import { chartsFor } from '../../src/charts/catalogue';
import { standaloneSvg } from '../../src/embed/standalone-svg';
import type { ChartOptions, ChartSpec } from '../../src/charts/types';
import { ARROW_SHARE, logByDefault, xScaleFor } from '../../src/charts/scale';
import { RADIUS } from '../../src/charts/theme';
import type { Claim } from '../../src/model/claim';
import { MAX_OVERVIEW_ROWS, MIN_OVERVIEW_MEASURES } from '../../src/model/fact-sheet';
import { corpus, document, normaliseSvg, svgOf } from './svg';
import { EVERY_QUALIFIER, SOURCES, SPREAD, claim, reference } from './synthetic';

const { claims, sources, measures } = corpus();
const specs = chartsFor(claims, { sources, measures });

function chart(list: Claim[], id = 'measure-strike-toll'): ChartSpec {
  const spec = chartsFor(list, reference(list)).find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
}

/** The x position Plot gives a number, read from the rendered chart's own scale. */
function xOf(svg: SVGSVGElement): (n: number) => number {
  const scale = (svg as unknown as { scale(name: 'x'): { apply(n: number): number } }).scale('x');
  return (n) => scale.apply(n);
}

/** The elements drawn for one claim: the children of its links. */
function marksOf(svg: Element, id: string): Element[] {
  return [...svg.querySelectorAll(`a[data-claim="${id}"]`)].map((a) => a.firstElementChild!);
}

/** "M562.3,51L585.926,51M…" → the shaft's start and end points. */
function shaft(path: Element): { x1: number; y1: number; x2: number; y2: number } {
  const match = /^M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)M/.exec(path.getAttribute('d')!);
  expect(match).not.toBeNull();
  const [x1, y1, x2, y2] = match!.slice(1).map(Number) as [number, number, number, number];
  return { x1, y1, x2, y2 };
}

function translateY(element: Element): number {
  const g = element.closest('g[transform]');
  const match = /translate\([-\d.]+,([-\d.]+)\)/.exec(g?.getAttribute('transform') ?? '');
  return match ? Number(match[1]) : 0;
}

describe('links', () => {
  test('every mark of every corpus chart is a link to the sentence of a real claim', () => {
    const ids = new Set(claims.map((c) => c.id));
    for (const spec of specs) {
      const svg = svgOf(spec);
      const groups = svg.querySelectorAll('g[class^="claim-"]');
      expect(groups.length, spec.id).toBeGreaterThan(0);
      for (const g of groups) {
        for (const mark of g.children) {
          expect(mark.tagName, `${spec.id}: ${g.getAttribute('class')}`).toBe('a');
          const href = mark.getAttribute('href')!;
          const id = decodeURIComponent(/^#\/claims\/(.+)$/.exec(href)![1]!);
          expect(ids.has(id), href).toBe(true);
          expect(mark.getAttribute('data-claim')).toBe(id);
          expect(spec.claims.some((c) => c.id === id)).toBe(true);
          // Each drawn element has its tooltip.
          expect(mark.firstElementChild!.querySelector('title')!.textContent).toContain(
            spec.rows.find((r) => r.claim.id === id)!.figure,
          );
        }
      }
    }
  });

  test('one keyboard stop per claim, named for screen readers', () => {
    for (const spec of specs) {
      const stops = [...svgOf(spec).querySelectorAll('a[href]:not([tabindex="-1"])')];
      expect(stops.map((a) => a.getAttribute('data-claim')).sort(), spec.id).toEqual(
        spec.claims.map((c) => c.id).sort(),
      );
      for (const a of stops) expect(a.getAttribute('aria-label')).toMatch(/Opens the sentence\.$/);
    }
  });

  test('links use plain href (SVG 2), not xlink:href', () => {
    const svg = svgOf(specs[0]!);
    expect(svg.querySelector('a')!.hasAttribute('href')).toBe(true);
    expect(normaliseSvg(svg)).not.toContain('xlink');
  });

  test('the href option changes where marks link', () => {
    const svg = svgOf(chart(EVERY_QUALIFIER), { href: (c) => `https://example.org/#${c.id}` });
    const hrefs = [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/#more-than-40');
    expect(svg.querySelector('a[data-claim="more-than-40"]')).not.toBeNull();
  });
});

describe('uncertainty is drawn as the sentence states it', () => {
  const spec = chart(EVERY_QUALIFIER);
  const svg = svgOf(spec);
  const x = xOf(svg);
  const xDomain = spec.plot().x!.domain as [number, number];

  test('more than: an open circle at low and an arrow pointing right, starting there', () => {
    const [arrow, circle] = marksOf(svg, 'more-than-40');
    expect(circle!.tagName).toBe('circle');
    expect(Number(circle!.getAttribute('cx'))).toBeCloseTo(x(40), 1);
    // Open: filled with the background, outlined in colour.
    expect(circle!.closest('g')!.getAttribute('fill')).toBe('var(--plot-background)');
    expect(circle!.closest('g')!.getAttribute('stroke')).toBe('#D55E00');
    expect(arrow!.tagName).toBe('path');
    const { x1, y1, x2, y2 } = shaft(arrow!);
    expect(x1).toBeCloseTo(x(40) + RADIUS + 1, 1);
    expect(x2).toBeGreaterThan(x1);
    expect(y1).toBe(y2);
    expect(y1 + translateY(arrow!)).toBeCloseTo(
      Number(circle!.getAttribute('cy')) + translateY(circle!),
      5,
    );
    // To the plot's edge: open-ended, not a second value.
    expect(x2).toBeCloseTo(x(xDomain[1]), 1);
  });

  test('at least: a filled circle at low and an arrow pointing right', () => {
    const [arrow, circle] = marksOf(svg, 'at-least-30');
    expect(Number(circle!.getAttribute('cx'))).toBeCloseTo(x(30), 1);
    expect(circle!.closest('g')!.getAttribute('fill')).toBe('#D55E00');
    const { x1, x2 } = shaft(arrow!);
    expect(x1).toBeCloseTo(x(30) + RADIUS + 1, 1);
    expect(x2).toBeGreaterThan(x1);
  });

  test('at most ("as many as 40"): a filled circle at high and an arrow pointing left', () => {
    const [arrow, circle] = marksOf(svg, 'at-most-45');
    expect(Number(circle!.getAttribute('cx'))).toBeCloseTo(x(45), 1);
    expect(circle!.closest('g')!.getAttribute('fill')).toBe('#009E73');
    const { x1, x2 } = shaft(arrow!);
    expect(x1).toBeCloseTo(x(45) - RADIUS - 1, 1);
    expect(x2).toBeLessThan(x1);
  });

  test('less than: an open circle at high and an arrow pointing left', () => {
    const [arrow, circle] = marksOf(svg, 'less-than-50');
    expect(Number(circle!.getAttribute('cx'))).toBeCloseTo(x(50), 1);
    expect(circle!.closest('g')!.getAttribute('fill')).toBe('var(--plot-background)');
    const { x1, x2 } = shaft(arrow!);
    expect(x2).toBeLessThan(x1);
  });

  test('no mark of a bound is a bar', () => {
    for (const id of ['more-than-40', 'at-least-30', 'at-most-45', 'less-than-50']) {
      const tags = marksOf(svg, id).map((m) => m.tagName);
      expect(tags.sort(), id).toEqual(['circle', 'path']);
    }
    for (const spec of specs) {
      const corpusSvg = svgOf(spec);
      for (const c of spec.claims.filter((c) =>
        /^(at_most|more_than|at_least|less_than)$/.test(c.qualifier),
      )) {
        expect(
          marksOf(corpusSvg, c.id).map((m) => m.tagName),
          c.id,
        ).not.toContain('rect');
      }
    }
  });

  test('every arrow ends at an edge of the plot, right for lower bounds, left for upper ones', () => {
    const end = (id: string) => shaft(marksOf(svg, id)[0]!).x2;
    expect(end('more-than-40')).toBeCloseTo(x(xDomain[1]), 1);
    expect(end('at-least-30')).toBeCloseTo(x(xDomain[1]), 1);
    expect(end('at-most-45')).toBeCloseTo(x(xDomain[0]), 1);
    expect(end('less-than-50')).toBeCloseTo(x(xDomain[0]), 1);
    // And each has a length to be seen.
    expect(end('more-than-40') - x(40)).toBeGreaterThan(15);
  });

  test('range: an interval from low to high with ticks at both ends', () => {
    const marks = marksOf(svg, 'range-36-42');
    const rule = marks.find((m) => m.closest('g')!.getAttribute('class') === 'claim-range')!;
    expect(rule.tagName).toBe('line');
    expect(Number(rule.getAttribute('x1'))).toBeCloseTo(x(36), 1);
    expect(Number(rule.getAttribute('x2'))).toBeCloseTo(x(42), 1);
    const ticks = marks
      .filter((m) => /^claim-range-(low|high)$/.test(m.closest('g')!.getAttribute('class')!))
      .map((m) => Number(m.getAttribute('x1')));
    expect(ticks).toHaveLength(2);
    expect(ticks[0]).toBeCloseTo(x(36), 1);
    expect(ticks[1]).toBeCloseTo(x(42), 1);
  });

  test('vague: a translucent band from low to high with rounded ends', () => {
    const [band] = marksOf(svg, 'vague-24-60');
    expect(band!.tagName).toBe('rect');
    expect(Number(band!.getAttribute('x'))).toBeCloseTo(x(24), 1);
    expect(Number(band!.getAttribute('x')) + Number(band!.getAttribute('width'))).toBeCloseTo(
      x(60),
      1,
    );
    const g = band!.closest('g')!;
    expect(Number(g.getAttribute('fill-opacity'))).toBeLessThan(0.5);
    expect(Number(g.getAttribute('rx') ?? band!.getAttribute('rx'))).toBeGreaterThan(0);
  });

  test('exact is a filled dot; approx a dashed ring, which looks different', () => {
    const [dot] = marksOf(svg, 'exact-41');
    expect(dot!.tagName).toBe('circle');
    expect(dot!.closest('g')!.getAttribute('fill')).toBe('#0072B2');
    const [ring, centre] = marksOf(svg, 'approx-35');
    expect(ring!.closest('g')!.getAttribute('stroke-dasharray')).toBe('2.5,2');
    expect(ring!.closest('g')!.getAttribute('fill')).toBe('var(--plot-background)');
    expect(Number(centre!.getAttribute('r'))).toBeLessThan(Number(dot!.getAttribute('r')));
  });

  test('the legend has one entry per kind of figure present', () => {
    const entries = [...svg.querySelectorAll('.chart-legend [role="listitem"]')];
    expect(entries).toHaveLength(8);
    const sabratha = svgOf(specs.find((s) => s.id === 'measure-sabratha-strike-deaths')!);
    expect(
      [...sabratha.querySelectorAll('.chart-legend [role="listitem"] text')].map(
        (t) => t.textContent,
      ),
    ).toEqual(['exact figure', 'up to, as many as (bound included)']);
    expect(sabratha.querySelector('.chart-note')!.textContent).toMatch(
      /run to the edge of the chart and end at no value/,
    );
  });
});

describe('data stays text', () => {
  const evil = '</text><script>alert(1)</script>&';
  const claims = EVERY_QUALIFIER.map((c) => ({
    ...c,
    subject: evil,
    quote: evil,
    attributed_to: evil,
  }));
  const sources = SOURCES.map((s) => ({ ...s, title: evil, publisher: evil }));
  const specs = chartsFor(claims, reference(claims, sources));

  test('markup in claims and sources is escaped, never parsed', () => {
    for (const spec of specs) {
      const figure = standaloneSvg(spec, {
        document,
        width: 640,
        dashboard: '../index.html',
        dataVersion: 'v1',
        compiled: '2026-11-30',
      });
      expect(figure.querySelector('script')).toBeNull();
      const html = figure.outerHTML;
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
      expect(figure.querySelector(':scope > title')!.textContent).toBe(spec.title);
      const titles = [...figure.querySelectorAll('title')].map((t) => t.textContent);
      expect(titles.some((t) => t!.includes(evil))).toBe(true);
      expect(normaliseSvg(figure)).not.toContain('<script>');
    }
  });
});

describe('catalogue', () => {
  test('sources may come as a map by id', () => {
    const bySource = new Map(sources.map((s) => [s.id, s]));
    expect(
      chartsFor(claims, { sources: bySource, measures }).map((s) => [
        s.id,
        s.sourceLine,
        s.description,
      ]),
    ).toEqual(specs.map((s) => [s.id, s.sourceLine, s.description]));
  });

  test('an overview sets side by side only measures of one category, unit and kind, three or more, each once', () => {
    const kindOf = new Map(measures.map((m) => [m.id, m.kind]));
    const overviews = specs.filter((s) => s.kind === 'category');
    for (const spec of overviews) {
      const ids = spec.claims.map((c) => c.measure);
      expect(new Set(ids).size, spec.id).toBe(ids.length);
      expect(ids.length, spec.id).toBeGreaterThanOrEqual(MIN_OVERVIEW_MEASURES);
      expect(new Set(spec.claims.map((c) => c.unit)).size).toBe(1);
      expect(new Set(spec.claims.map((c) => c.category)).size).toBe(1);
      expect(new Set(ids.map((id) => kindOf.get(id))).size).toBe(1);
      expect(kindOf.get(ids[0]!)).not.toBe('');
    }
    // Every such group of measures has its overview, and no other measure is in one.
    const groups = new Map<string, Set<string>>();
    for (const c of claims) {
      const kind = kindOf.get(c.measure);
      if (!kind) continue;
      const key = `${c.category}-${c.unit}-${kind}`.replace(/_/g, '-');
      groups.set(key, (groups.get(key) ?? new Set()).add(c.measure));
    }
    const expected = [...groups].filter(([, ids]) => ids.size >= MIN_OVERVIEW_MEASURES);
    expect(overviews.map((s) => s.id).sort()).toEqual(expected.map(([key]) => key).sort());
    // Killed is never charted with wounded.
    const killed = overviews.find((s) => s.id === 'casualties-people-killed')!;
    expect(killed.claims.map((c) => c.measure)).not.toContain('sabratha-strike-wounded');
  });

  test('a comparison chart for the Sabratha strike toll: its measure’s title, its 3 reports, their conflict', () => {
    const spec = specs.find((s) => s.id === 'measure-sabratha-strike-deaths')!;
    expect(spec.kind).toBe('measure');
    expect(spec.title).toBe('People killed in the U.S. air strike on Sabratha');
    expect(spec.claims.map((c) => c.id)).toEqual([
      'sabratha-strike-deaths-2',
      'sabratha-strike-deaths-3',
      'sabratha-strike-deaths-4',
    ]);
    expect(spec.agreement!.status).toBe('conflict');
    expect(spec.subtitle).toBe(
      'Reports conflict: “40 people” (Reuters) and “41 people” (Hussein al-Thwadi, mayor of Sabratha) cannot both be true. 3 reports',
    );
    expect(spec.sourceLine).toBe(
      'Source: Reuters, 1 article. Publication date not recorded. Figures as reported.',
    );
    expect(spec.rows.map((r) => r.label.split('\n')[0])).toEqual(['40', 'up to 40', '41']);
    expect(spec.rows[2]!.who).toBe('Hussein al-Thwadi, mayor of Sabratha');
    expect(spec.rows[2]!.tooltip).toMatch(/\nPublication date not recorded$/);
    expect(spec.description).toMatch(
      /^Dot chart of 3 figures about “People killed in the U\.S\. air strike on Sabratha”, one row each: 40, Reuters, “U\.S\. strikes.*; up to 40, .*; 41, according to Hussein al-Thwadi, mayor of Sabratha, in Reuters, “U\.S\. strikes/,
    );
  });

  test('a comparison chart of reports that agree says so, and is not contested', () => {
    const spec = specs.find((s) => s.id === 'measure-islamic-state-child-soldier-deaths')!;
    expect(spec.title).toBe('Children who died acting for Islamic State since January 2015');
    expect(spec.agreement!.status).toBe('agree');
    expect(spec.subtitle).toBe('The 3 reports agree: all allow 89. 3 reports');
    expect(spec.sourceLine).toMatch(/figures since 1 Jan 2015/);
  });

  test('a vague amount is the reporter’s words in every label, tooltip and description', () => {
    const vague = specs.flatMap((s) =>
      s.rows.filter((r) => r.claim.qualifier === 'vague').map((r) => [s, r] as const),
    );
    expect(vague.length).toBeGreaterThan(2);
    for (const [spec, row] of vague) {
      const words = row.claim.mention;
      expect(row.figure).toBe(words);
      expect(row.label).toContain(words);
      expect(row.tooltip.startsWith(`${words} (read as `)).toBe(true);
      expect(row.ariaLabel).toContain(`${words} (read as `);
      expect(spec.description).toContain(words);
      // Never the conventional range standing alone as the figure.
      expect(row.label).not.toMatch(/^\$?[\d,.]+( [a-z]+)?–/m);
    }
  });

  test('measures whose claims state one figure the same way get no comparison chart', () => {
    const ids = specs.filter((s) => s.kind === 'measure').map((s) => s.id);
    expect(ids).toEqual([
      'measure-sabratha-strike-deaths',
      'measure-islamic-state-militants-in-libya',
      'measure-islamic-state-child-soldier-deaths',
    ]);
  });

  test('ids are stable, unique, routable slugs', () => {
    const ids = specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids).toEqual([
      'oil-output-barrels-per-day-oil-production',
      'casualties-people-killed',
      'casualties-percent-share-by-manner-of-death',
      'troops-people-troops',
      'other-percent-share-by-age',
      'other-countries-member-countries',
      'measure-sabratha-strike-deaths',
      'measure-islamic-state-militants-in-libya',
      'measure-islamic-state-child-soldier-deaths',
    ]);
    // The order of the rows in claims.csv does not change the ids.
    expect(
      chartsFor([...claims].reverse(), { sources, measures })
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  test('an article without a publisher is named by its title, not credited to anyone', () => {
    const spec = specs.find((s) => s.id === 'casualties-percent-share-by-manner-of-death')!;
    expect(spec.sourceLine).toBe(
      'Source: “Study finds Islamic State using more child soldiers, 89 die in 13 months” (no publisher named). Publication date not recorded; figures since 1 Jan 2015. Figures as reported.',
    );
  });
});

describe('scale', () => {
  test('log by default when the positive figures span a factor of 100 or more', () => {
    expect(logByDefault(SPREAD)).toBe(true);
    expect(logByDefault(EVERY_QUALIFIER)).toBe(false);
    expect(
      logByDefault([claim('a', 'exact', { value: 1 }), claim('b', 'exact', { value: 99 })]),
    ).toBe(false);
    expect(
      logByDefault([claim('a', 'exact', { value: 1 }), claim('b', 'exact', { value: 100 })]),
    ).toBe(true);
    // Zero does not count: it has no place on a log scale.
    expect(
      logByDefault([claim('a', 'exact', { value: 0 }), claim('b', 'exact', { value: 5 })]),
    ).toBe(false);
    expect(specs.find((s) => s.id === 'troops-people-troops')!.logByDefault).toBe(true);
  });

  test('options.log overrides the default', () => {
    const spec = chart(SPREAD, 'casualties-people-killed');
    const type = (options: ChartOptions) =>
      (svgOf(spec, options) as unknown as { scale(n: 'x'): { type: string } }).scale('x').type;
    expect(type({})).toBe('log');
    expect(type({ log: false })).toBe('linear');
    expect(type({ log: true })).toBe('log');
    expect(type({ log: undefined })).toBe('log');
  });

  test('a log scale leaves out figures of 0 or less, and says so', () => {
    const list = [...SPREAD, claim('zero', 'exact', { value: 0 }, { measure: 'e' })];
    const spec = chart(list, 'casualties-people-killed');
    const svg = svgOf(spec, { log: true });
    expect(svg.querySelector('a[data-claim="zero"]')).toBeNull();
    expect(svg.querySelector('a[data-claim="spread-5"]')).not.toBeNull();
    expect(svg.querySelector('.chart-note:last-of-type')!.textContent).toBe(
      'Not shown on the log scale: 1 figure of 0 or less (see the table).',
    );
    expect(normaliseSvg(svg)).not.toMatch(/NaN|Infinity/);
    // Linear, it is there.
    expect(svgOf(spec, { log: false }).querySelector('a[data-claim="zero"]')).not.toBeNull();
  });

  test('a log scale with nothing above 0 falls back to linear, and says so', () => {
    const spec = chart(
      [
        claim('z', 'exact', { value: 0 }),
        claim('y', 'exact', { value: 0 }, { measure: 'b' }),
        claim('x', 'exact', { value: 0 }, { measure: 'c' }),
      ],
      'casualties-people-killed',
    );
    const svg = svgOf(spec, { log: true });
    expect(svg.querySelectorAll('a[data-claim]')).toHaveLength(3);
    expect(svg.textContent).toContain('A log scale needs figures above 0');
  });

  test('arrows run to the edge of the plot, which leaves them room beyond each bound', () => {
    const scale = xScaleFor(EVERY_QUALIFIER, false);
    const [low, high] = scale.domain;
    expect(scale.arrowTip(40, 1)).toBe(high);
    expect(scale.arrowTip(30, 1)).toBe(high);
    expect(scale.arrowTip(45, -1)).toBe(low);
    expect(low).toBe(0);
    // Room beyond the highest lower bound (more than 40) for its arrow.
    expect(high).toBeGreaterThanOrEqual(40 + ARROW_SHARE * 60);
    const log = xScaleFor(SPREAD, true);
    expect(log.arrowTip(300, 1)).toBe(log.domain[1]);
    expect(log.arrowTip(2000, -1)).toBe(log.domain[0]);
    expect(log.domain[0]).toBeLessThanOrEqual(5);
    expect(log.domain[1]).toBeGreaterThanOrEqual(50000);
    // Drawn: every arrow of the chart ends at the same x, the plot's edge.
    const svg = svgOf(chart(EVERY_QUALIFIER));
    const ends = [
      ...svg.querySelectorAll('.claim-more-than-arrow path, .claim-at-least-arrow path'),
    ].map((p) => shaft(p).x2);
    expect(ends.length).toBe(2);
    expect(ends[0]).toBeCloseTo(xOf(svg)(high));
    expect(ends[1]).toBeCloseTo(ends[0]!);
  });
});

describe('rendering', () => {
  test('is deterministic: two renders are identical, before any normalising', () => {
    for (const spec of specs) {
      expect(svgOf(spec).outerHTML).toBe(svgOf(spec).outerHTML);
    }
  });

  test('has no generated ids to vary between runs', () => {
    for (const spec of specs) expect(svgOf(spec).querySelector('[id]')).toBeNull();
  });

  test('the chart frame says what the marks offer, as the medium allows', () => {
    const spec = specs[0]!;
    expect(chartFrame(spec, 'page')).toMatchObject({
      title: spec.title,
      subtitle: spec.subtitle,
      source: spec.sourceLine,
    });
    expect(chartFrame(spec, 'page').marks).toMatch(/tap a mark/);
    expect(chartFrame(spec, 'svg').marks).toMatch(/links to its sentence/);
    expect(chartFrame(spec, 'png').marks).not.toMatch(/link|tap|point|click/i);
    const svg = svgOf(spec);
    expect(svg.getAttribute('aria-label')).toBe(spec.title);
    expect(svg.getAttribute('aria-description')).toBe(spec.description);
  });

  test('height() is the height plot() lays out, at any width and scale', () => {
    const options: ChartOptions[] = [
      {},
      { width: 300 },
      { width: 1200, log: true },
      { log: false },
    ];
    for (const spec of [
      ...specs,
      chart(EVERY_QUALIFIER),
      chart(SPREAD, 'casualties-people-killed'),
    ]) {
      for (const o of options) expect(spec.height(o)).toBe(spec.plot(o).height);
    }
  });

  test('labels are never cut: at a phone’s width they stand above their rows, and the plot keeps 60% of the width', () => {
    for (const spec of specs) {
      for (const width of [358, 720, 1120]) {
        const svg = svgOf(spec, { width });
        expect(svg.getAttribute('width')).toBe(String(width));
        expect(svg.getAttribute('font-size'), 'text of 12 px').toBe('12');
        const texts = [...svg.querySelectorAll('text, tspan')].map((t) => t.textContent ?? '');
        expect(
          texts.filter((t) => t.endsWith('…')),
          `${spec.id} at ${width}`,
        ).toEqual([]);
        const [low, high] = spec.plot({ width }).x!.domain as [number, number];
        const x = xOf(svg);
        expect(x(high) - x(low), `${spec.id} at ${width}`).toBeGreaterThanOrEqual(0.6 * width - 40);
      }
    }
    // On a phone, the overview of killed stands its labels above the rows: no y axis of labels.
    const killed = specs.find((s) => s.id === 'casualties-people-killed')!;
    const narrow = svgOf(killed, { width: 358 });
    expect(narrow.querySelector('g[aria-label="y-axis tick label"]')).toBeNull();
    expect(narrow.querySelectorAll('.row-label text')).toHaveLength(killed.rows.length);
    // A chart of short labels keeps them beside its rows.
    const beside = svgOf(chart(EVERY_QUALIFIER), { width: 1120 });
    expect(beside.querySelector('g[aria-label="y-axis tick label"]')).not.toBeNull();
  });
});

describe('chartsFor at scale', () => {
  test('chartsFor keeps an overview to the measures with the largest figures and says how many there are', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      claim(`c-${i}`, 'exact', { value: i + 1 }, { measure: `m-${i}` }),
    );
    const [chart] = chartsFor(many, reference(many));
    expect(chart!.rows).toHaveLength(MAX_OVERVIEW_ROWS);
    expect(chart!.rows[0]!.claim.value).toBe(100);
    expect(chart!.subtitle).toMatch(/^The 20 largest of 100 measures \(all are in the table\)/);
  });

  test('the rows kept are those of a full sort: one per measure, by its leading report’s largest figure, ties the most reported first', () => {
    // The reference: each measure's first report (none is dated), sorted (stable) by its
    // largest figure, ties the most reported first, the first MAX_OVERVIEW_ROWS.
    const fullSort = (claims: Claim[]) => {
      const first = new Map<string, Claim>();
      const count = new Map<string, number>();
      for (const c of claims) {
        if (!first.has(c.measure)) first.set(c.measure, c);
        count.set(c.measure, (count.get(c.measure) ?? 0) + 1);
      }
      const largest = (c: Claim) =>
        Math.max(...[c.low, c.value, c.high].filter((n) => n !== undefined));
      return [...first.values()]
        .sort((a, b) => count.get(b.measure)! - count.get(a.measure)!)
        .sort((a, b) => largest(b) - largest(a))
        .slice(0, MAX_OVERVIEW_ROWS)
        .map((c) => c.id);
    };
    const claimArbitrary = fc.record({
      measure: fc.integer({ min: 0, max: 60 }),
      value: fc.integer({ min: 0, max: 30 }),
      range: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(claimArbitrary, { minLength: 1, maxLength: 200 }), (drawn) => {
        const claims = drawn.map(({ measure, value, range }, i) =>
          range
            ? claim(`c-${i}`, 'range', { low: value, high: value + 5 }, { measure: `m-${measure}` })
            : claim(`c-${i}`, 'exact', { value }, { measure: `m-${measure}` }),
        );
        const overview = chartsFor(claims, reference(claims)).find((s) => s.kind === 'category');
        const measureCount = new Set(claims.map((c) => c.measure)).size;
        if (measureCount < MIN_OVERVIEW_MEASURES) expect(overview).toBeUndefined();
        else expect(overview!.rows.map((r) => r.claim.id)).toEqual(fullSort(claims));
      }),
    );
  });
});

describe('chartsFor with maxMeasureCharts', () => {
  test('chartsFor keeps the comparison charts of the measures with the most reports', () => {
    const contested = (measure: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        claim(`${measure}-${i}`, 'exact', { value: 10 + i }, { measure }),
      );
    const claims = [...contested('small', 2), ...contested('big', 5), ...contested('mid', 3)];
    const ids = (max?: number) =>
      chartsFor(claims, reference(claims), max === undefined ? {} : { maxMeasureCharts: max })
        .filter((c) => c.kind === 'measure')
        .map((c) => c.id);
    expect(ids()).toEqual(['measure-small', 'measure-big', 'measure-mid']);
    expect(ids(2)).toEqual(['measure-big', 'measure-mid']);
  });
});
