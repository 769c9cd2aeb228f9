import { flushSync } from 'svelte';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import Filters from '../../src/app/components/Filters.svelte';
import type { ClaimFilters } from '../../src/model/filter';
import { render } from './render';

function sources(n: number) {
  return Array.from({ length: n }, (_, s) => ({ id: `source-${s}`, title: `Report ${s}` }));
}

/** The values the source menu offers. */
function sourceMenu(root: HTMLElement): string[] {
  const menu = root.querySelector<HTMLSelectElement>('select[name="source"]')!;
  return [...menu.options].map((o) => o.value);
}

function filters(list: { id: string; title: string }[], chosen: ClaimFilters): HTMLElement {
  return render(Filters, { filters: chosen, places: [], sources: list, onchange: () => {} });
}

describe('the source menu of a long corpus', () => {
  // Idle callbacks run when the test says so. (Kept until every menu is
  // unmounted, which cancels its callback.)
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('cancelIdleCallback', () => {});
  });
  afterAll(() => vi.unstubAllGlobals());
  // Over the 500 sources a menu takes in at once: two chunks.
  const LONG = 600;

  test('offers every source of a short list at once', () => {
    const root = filters(sources(12), {});
    expect(sourceMenu(root)).toEqual(['', ...sources(12).map((s) => s.id)]);
  });

  test('first holds only the source chosen, showing it, then takes in the others a chunk at a time when the browser is idle', () => {
    const all = sources(LONG);
    const root = filters(all, { source: 'source-550' });
    const menu = root.querySelector<HTMLSelectElement>('select[name="source"]')!;
    expect(sourceMenu(root)).toEqual(['', 'source-550']);
    expect(menu.value).toBe('source-550');
    // One chunk of 500 per idle callback: short tasks.
    expect(idle).toHaveLength(1);
    idle.shift()!();
    flushSync();
    expect(sourceMenu(root)).toEqual(['', ...all.slice(0, 500).map((s) => s.id), 'source-550']);
    expect(menu.value).toBe('source-550');
    expect(idle).toHaveLength(1);
    idle.shift()!();
    flushSync();
    expect(sourceMenu(root)).toEqual(['', ...all.map((s) => s.id)]);
    expect(menu.value).toBe('source-550');
    // Complete: nothing more to do.
    expect(idle).toEqual([]);
  });

  test.each(['focus', 'pointerdown'])(
    'takes in every source as soon as the reader reaches for it (%s)',
    (event) => {
      const all = sources(LONG);
      const root = filters(all, {});
      expect(sourceMenu(root)).toEqual(['']);
      root
        .querySelector('select[name="source"]')!
        .dispatchEvent(new Event(event, { bubbles: event !== 'focus' }));
      flushSync();
      expect(sourceMenu(root)).toEqual(['', ...all.map((s) => s.id)]);
    },
  );

  test('without idle callbacks (Safari), takes them in a moment at a time', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      vi.stubGlobal('cancelIdleCallback', undefined);
      const all = sources(LONG);
      const root = filters(all, {});
      expect(sourceMenu(root)).toEqual(['']);
      for (let moment = 0; moment < 5; moment++) {
        vi.advanceTimersByTime(100);
        flushSync();
      }
      expect(sourceMenu(root)).toHaveLength(LONG + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});
