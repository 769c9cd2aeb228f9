import { describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import PlotFigure from '../../src/app/components/PlotFigure.svelte';
import { chartsFor } from '../../src/charts/catalogue';
import type { ChartSpec } from '../../src/charts/types';
import { EVERY_QUALIFIER, reference } from '../charts/synthetic';
import { render } from './render';

/** Tooltips follow focus and pointer events a microtask later (see PlotFigure). */
async function settle(): Promise<void> {
  await Promise.resolve();
  flushSync();
}

function spec(): ChartSpec {
  return chartsFor(EVERY_QUALIFIER, reference(EVERY_QUALIFIER)).find(
    (s) => s.id === 'measure-strike-toll',
  )!;
}

describe('PlotFigure', () => {
  test('shows the title, subtitle and source line around the chart', () => {
    const root = render(PlotFigure, { spec: spec() });
    expect(root.querySelector('h3')!.textContent).toBe('People killed in the strike');
    expect(root.querySelector('.chart-subtitle')!.textContent).toBe(
      'Reports conflict: “exact-41” (the mayor) and “approx-35” (Wire) cannot both be true. 8 reports. Point at, focus or tap a mark for its details and its sentence.',
    );
    expect(root.querySelector('.chart-source')!.textContent).toBe(
      'Sources: Wire, 1 article; “A study without a publisher” (no publisher named). Publication dates not recorded. Figures as reported.',
    );
    expect(root.querySelectorAll('svg a[data-claim]').length).toBeGreaterThanOrEqual(8);
  });

  test('has a legend with an entry for each kind of figure shown', () => {
    const root = render(PlotFigure, { spec: spec() });
    const entries = [...root.querySelectorAll('svg .chart-legend [role="listitem"]')];
    expect(entries.map((e) => e.textContent)).toEqual([
      'exact figure',
      'about, approximately',
      'at least (bound included)',
      'more than (bound excluded)',
      'up to, as many as (bound included)',
      'less than (bound excluded)',
      'range, low to high',
      'vague amount, read as a conventional range',
    ]);
  });

  test('has the chart as a table, built when opened, with the text description', async () => {
    const root = render(PlotFigure, { spec: spec() });
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Table');
    expect(details.querySelector('table')).toBeNull();
    details.querySelector('summary')!.click();
    await vi.waitFor(() => expect(details.querySelector('table')).not.toBeNull());
    const rows = [...details.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(8);
    const cells = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual([
      '41',
      'People killed in the strike',
      'according to the mayor, in Wire, “Strike kills dozens”',
      'publication date not recorded',
      'Read the sentence',
    ]);
    // A vague amount: the reporter's words, the convention as a note.
    const vague = rows.find(
      (r) => r.querySelector('a')!.getAttribute('href') === '#/claims/vague-24-60',
    )!;
    expect(vague.querySelector('.figure-cell')!.textContent).toBe(
      'dozensread as 24–60 by convention',
    );
    expect(vague.querySelector('.cell-note')!.textContent).toBe('read as 24–60 by convention');
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('#/claims/exact-41');
    const description = details.querySelector('.chart-description')!;
    expect(description.textContent).toMatch(/^Dot chart of 8 figures about “People killed/);
    // The figure is described by it, for screen readers.
    expect(root.querySelector('figure')!.getAttribute('aria-describedby')).toBe(description.id);
  });

  test('focusing a mark shows its tooltip; Esc hides it', async () => {
    const root = render(PlotFigure, { spec: spec() });
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
    const mark = root.querySelector<SVGAElement>(
      'svg a[data-claim="more-than-40"]:not([tabindex])',
    )!;
    mark.focus();
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    const tooltip = root.querySelector('[role="tooltip"]')!;
    expect(tooltip.querySelector('.tip-figure')!.textContent).toBe(
      'more than 40 People killed in the strike',
    );
    expect(tooltip.querySelector('.tip-quote')!.textContent).toBe(
      '“The strike killed more-than-40.”',
    );
    expect(tooltip.querySelector('.tip-source')!.textContent!.trim()).toBe(
      'Wire, “Strike kills dozens”',
    );
    expect(tooltip.querySelector('.tip-date')!.textContent).toBe('publication date not recorded');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
  });

  test('moving the focus from one mark to the next shows the next one’s tooltip', async () => {
    const root = render(PlotFigure, { spec: spec() });
    const mark = (id: string) =>
      root.querySelector<SVGAElement>(`svg a[data-claim="${id}"]:not([tabindex])`)!;
    mark('exact-41').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    // As a browser orders them: focusout from the old mark, then focusin on the new.
    mark('exact-41').dispatchEvent(
      new FocusEvent('focusout', { bubbles: true, relatedTarget: mark('more-than-40') }),
    );
    mark('more-than-40').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(root.querySelector('[role="tooltip"] .tip-figure')!.textContent).toMatch(
      /^more than 40/,
    );
    mark('more-than-40').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await settle();
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
  });

  test('hovering a mark shows its tooltip, as text', async () => {
    const evil = EVERY_QUALIFIER.map((c) => ({
      ...c,
      quote: '</p><img src=x onerror="alert(1)">',
    }));
    const chart = chartsFor(evil, reference(evil)).find((s) => s.id === 'measure-strike-toll')!;
    const root = render(PlotFigure, { spec: chart });
    const mark = root.querySelector('svg a[data-claim="exact-41"]')!;
    mark.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    const tooltip = root.querySelector('[role="tooltip"]')!;
    expect(tooltip.querySelector('.tip-quote')!.textContent).toBe(
      '“</p><img src=x onerror="alert(1)">”',
    );
    expect(tooltip.querySelector('img')).toBeNull();
    expect(tooltip.querySelector('.tip-source')!.textContent!.trim()).toBe(
      'according to the mayor, in Wire, “Strike kills dozens”',
    );
  });

  test('a vague amount’s tooltip gives the reporter’s words first, the convention as a note', async () => {
    const root = render(PlotFigure, { spec: spec() });
    const mark = root.querySelector('svg a[data-claim="vague-24-60"]')!;
    mark.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await settle();
    const tooltip = root.querySelector('[role="tooltip"]')!;
    expect(tooltip.querySelector('.tip-figure strong')!.textContent).toBe('dozens');
    expect(tooltip.querySelector('.tip-note')!.textContent).toBe('read as 24–60 by convention');
  });

  test('the scale toggle calls onlog and the chart follows the log prop', () => {
    const onlog = vi.fn();
    const root = render(PlotFigure, { spec: spec(), onlog });
    const toggle = root.querySelector<HTMLButtonElement>('button.log-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('svg')!.textContent).not.toContain('log scale');
    toggle.click();
    expect(onlog).toHaveBeenCalledWith(true);

    const logged = render(PlotFigure, { spec: spec(), log: true, onlog });
    expect(logged.querySelector('button.log-toggle')!.getAttribute('aria-pressed')).toBe('true');
    expect(logged.querySelector('svg')!.textContent).toContain('People (log scale)');
  });

  test('"Download data" calls ondownload with the chart', () => {
    const ondownload = vi.fn();
    const chart = spec();
    const root = render(PlotFigure, { spec: chart, ondownload });
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Download data',
    )!;
    button.click();
    expect(ondownload).toHaveBeenCalledWith(chart);
  });
});
