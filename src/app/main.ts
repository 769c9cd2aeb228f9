import { flushSync, mount } from 'svelte';
import type { ComponentProps } from 'svelte';
import { FILTER_KEYS } from '../model/filter';
import type { ClaimFilters } from '../model/filter';
import App from './App.svelte';
import { loadChartLibrary } from './data/charts';
import { loadDataset } from './data/load';
import { formatHash, parseHash } from './state/url';
import 'virtual:theme.css';
import './styles.css';

const target = document.getElementById('app')!;
// The fact sheet as the build rendered it (index.html), there to be read
// while the code loads; an inline script removes it when the URL asks for
// another view.
const prerendered = document.getElementById('prerendered');
let started = false;

function start(props: ComponentProps<typeof App> = {}): void {
  if (started) return;
  started = true;
  const focused = carryOver(prerendered);
  prerendered?.remove();
  mount(App, { target, props });
  if (focused) {
    flushSync();
    target.querySelector<HTMLElement>(`form [name="${CSS.escape(focused)}"]`)?.focus();
  }
}

/**
 * What a reader did on the prerendered page before the app took over:
 * filters set in its form go into the URL (where the app reads them), and the
 * name of the control that had the focus is returned, to focus its twin.
 */
function carryOver(page: HTMLElement | null): string | undefined {
  const form = page?.querySelector('form');
  if (!form) return undefined;
  const state = parseHash(location.hash);
  const filters: Record<string, string | undefined> = { ...state.filters };
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    if ((FILTER_KEYS as readonly string[]).includes(control.name)) {
      filters[control.name] = control.value || undefined;
    }
  }
  const next = formatHash({ ...state, filters: filters as ClaimFilters });
  if (next !== formatHash(state)) history.replaceState(history.state, '', next);
  const active = document.activeElement;
  return active instanceof HTMLElement && form.contains(active)
    ? (active.getAttribute('name') ?? undefined)
    : undefined;
}

if (prerendered) {
  // It stays until the app can show the same view complete, then is
  // replaced in one go: no "Loading…" in between, no chart missing a frame.
  Promise.all([loadDataset(), loadChartLibrary()]).then(
    ([dataset, charts]) => start({ preloaded: { dataset, charts } }),
    // The app tries again, and says what failed.
    () => start(),
  );
  // A link followed meanwhile leads elsewhere: the app takes over at once.
  addEventListener('hashchange', () => start(), { once: true });
} else {
  start();
}
