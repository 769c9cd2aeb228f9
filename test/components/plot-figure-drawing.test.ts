/**
 * When PlotFigure draws: near the viewport only, and again only when what the
 * chart shows changes. A fact sheet of dozens of charts depends on both.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import PlotFigure from '../../src/app/components/PlotFigure.svelte';
import { chartsFor } from '../../src/charts/catalogue';
import type { ChartSpec } from '../../src/charts/types';
import type { Claim } from '../../src/model/claim';
import { EVERY_QUALIFIER, SPREAD, reference } from '../charts/synthetic';
import { reactiveProps } from './props.svelte';
import { render } from './render';

function specOf(claims: Claim[]): ChartSpec {
  return chartsFor(claims, reference(claims)).find((s) => s.id === 'measure-strike-toll')!;
}

/** An IntersectionObserver the test drives: `enter()` and `leave()` the viewport. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  readonly options: IntersectionObserverInit | undefined;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed.length = 0;
  }
  private fire(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }));
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
    flushSync();
  }
  enter() {
    this.fire(true);
  }
  leave() {
    this.fire(false);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.instances = [];
});

describe('PlotFigure drawing', () => {
  test('draws when the chart comes near the viewport, keeping its height until then', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const spec = specOf(EVERY_QUALIFIER);
    const root = render(PlotFigure, { spec });
    const area = root.querySelector<HTMLElement>('.chart-svg')!;
    expect(area.querySelector('svg')).toBeNull();
    // Room for the chart, so the page does not jump when it is drawn.
    const planned = spec.plot({ width: 640 }).height;
    expect(planned).toBeGreaterThan(100);
    expect(area.style.minHeight).toBe(`${planned}px`);
    // The title, the table and the share panel are there before the drawing.
    expect(root.querySelector('h3')!.textContent).toBe(spec.title);

    const [observer] = FakeIntersectionObserver.instances;
    expect(observer!.options?.rootMargin).toMatch(/%|px/);
    observer!.enter();
    const svg = area.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg!.querySelectorAll('a[data-claim]:not([tabindex])').length).toBe(spec.claims.length);
    expect(area.style.minHeight).toBe('');

    // Scrolled away, the drawing stays: scrolling back costs nothing.
    observer!.leave();
    expect(area.querySelector('svg')).toBe(svg);
  });

  test('a chart out of view is drawn again only when it comes back', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const props = reactiveProps({ spec: specOf(EVERY_QUALIFIER) });
    const target = document.body.appendChild(document.createElement('div'));
    const instance = mount(PlotFigure, { target, props });
    flushSync();
    const [observer] = FakeIntersectionObserver.instances;
    observer!.enter();
    const first = target.querySelector('.chart-svg svg');
    observer!.leave();

    const area = target.querySelector<HTMLElement>('.chart-svg')!;
    expect(area.inert).toBe(false);
    props.spec = specOf(EVERY_QUALIFIER.slice(0, 3));
    flushSync();
    expect(target.querySelector('.chart-svg svg')).toBe(first);
    // Out of date: out of the tab order and of what screen readers read.
    expect(area.inert).toBe(true);
    observer!.enter();
    const redrawn = target.querySelector('.chart-svg svg');
    expect(redrawn).not.toBe(first);
    expect(area.inert).toBe(false);
    expect(redrawn!.querySelectorAll('a[data-claim]:not([tabindex])')).toHaveLength(3);
    unmount(instance);
  });

  test('printing draws the charts that were never near the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const root = render(PlotFigure, { spec: specOf(EVERY_QUALIFIER) });
    expect(root.querySelector('.chart-svg svg')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelector('.chart-svg svg a[data-claim]')).not.toBeNull();
  });

  test('a new spec with the same claims keeps the drawing; new claims or scale redraw it', () => {
    // jsdom has no IntersectionObserver: every chart is drawn at once.
    const props = reactiveProps<{ spec: ChartSpec; log: boolean | undefined }>({
      spec: specOf(EVERY_QUALIFIER),
      log: undefined,
    });
    const target = document.body.appendChild(document.createElement('div'));
    const instance = mount(PlotFigure, { target, props });
    flushSync();
    const first = target.querySelector('.chart-svg svg');
    expect(first).not.toBeNull();

    // What a keystroke that leaves this chart's claims alone produces.
    props.spec = specOf(EVERY_QUALIFIER);
    flushSync();
    expect(target.querySelector('.chart-svg svg')).toBe(first);

    props.spec = specOf(EVERY_QUALIFIER.slice(1));
    flushSync();
    const second = target.querySelector('.chart-svg svg');
    expect(second).not.toBe(first);
    expect(second!.querySelector(`a[data-claim="${EVERY_QUALIFIER[0]!.id}"]`)).toBeNull();

    props.log = true;
    flushSync();
    const logged = target.querySelector('.chart-svg svg');
    expect(logged).not.toBe(second);
    expect(logged!.textContent).toContain('log scale');
    unmount(instance);
  });
  test('a figure handed another chart closes what was open for the last one', () => {
    const strikeToll = specOf(EVERY_QUALIFIER);
    const other = chartsFor(SPREAD, reference(SPREAD)).find((s) => s.id !== strikeToll.id)!;
    const props = reactiveProps<{ spec: ChartSpec }>({ spec: strikeToll });
    const target = document.body.appendChild(document.createElement('div'));
    const instance = mount(PlotFigure, { target, props });
    flushSync();
    const [table, share] = [...target.querySelectorAll('details')] as HTMLDetailsElement[];
    table!.open = true;
    share!.open = true;
    table!.dispatchEvent(new Event('toggle'));
    share!.dispatchEvent(new Event('toggle'));
    flushSync();
    expect(target.querySelector('.chart-table table')).not.toBeNull();
    expect(target.querySelector('.share-body')).not.toBeNull();

    // The same chart with other claims (a keystroke) keeps them open.
    props.spec = specOf(EVERY_QUALIFIER.slice(1));
    flushSync();
    expect(target.querySelector('.chart-table table')).not.toBeNull();
    expect(target.querySelector('.share-body')).not.toBeNull();

    props.spec = other;
    flushSync();
    expect(target.querySelector('h3')!.textContent).toBe(other.title);
    expect(target.querySelector('.chart-table table')).toBeNull();
    expect(target.querySelector('.share-body')).toBeNull();
    expect([...target.querySelectorAll('details')].map((d) => d.open)).toEqual([false, false]);
    unmount(instance);
  });
});
