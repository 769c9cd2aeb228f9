/**
 * Every view state lives in the URL hash, `#/<path>?<query>`, so reload, shared
 * links and back/forward restore it:
 *
 *   #/?category=casualties&q=killed      fact sheet, filtered
 *   #/table?sort=value&dir=desc          claims table
 *   #/claims/<claim-id>                  a claim on its sentence
 *   #/sources/<source-id>                an article
 *   #/charts/<chart-id>?log=1            one chart
 *
 * Pure functions: parse and format, no DOM.
 */
import { CATEGORIES, ID_PATTERN, QUALIFIERS } from '../../model/schema';
import type { Category, Qualifier } from '../../model/schema';
import { FILTER_KEYS } from '../../model/filter';
import type { ClaimFilters } from '../../model/filter';
import { SORT_KEYS } from '../../model/sort';
import type { SortKey } from '../../model/sort';

export type Route =
  | { view: 'home' }
  | { view: 'table' }
  | { view: 'claim'; id: string }
  | { view: 'source'; id: string }
  | { view: 'chart'; id: string }
  | { view: 'not-found'; path: string };

export type { SortKey } from '../../model/sort';
export { SORT_KEYS };

export interface ViewState {
  route: Route;
  filters: ClaimFilters;
  /** Log scale on: true, off: false, automatic: undefined. */
  log?: boolean | undefined;
  sort?: SortKey | undefined;
  dir?: 'asc' | 'desc' | undefined;
}

function parseRoute(path: string): Route {
  // Routes start with "/"; anything else is an in-page anchor, such as the
  // skip link's #main followed in the prerendered page before the app runs.
  if (!path.startsWith('/') || path === '/') return { view: 'home' };
  if (path === '/table') return { view: 'table' };
  const match = /^\/(claims|sources|charts)\/([^/]+)$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return { view: 'not-found', path };
    }
    // Malformed ids (`../x`, `%00`) are simply not found.
    if (!ID_PATTERN.test(id)) return { view: 'not-found', path };
    const view = match[1] === 'claims' ? 'claim' : match[1] === 'sources' ? 'source' : 'chart';
    return { view, id };
  }
  return { view: 'not-found', path };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function parseHash(hash: string): ViewState {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const text = (key: string) => params.get(key) || undefined;
  const log = params.get('log');
  return {
    route: parseRoute(path),
    filters: {
      category: oneOf<Category>(params.get('category'), CATEGORIES),
      place: text('place'),
      source: text('source'),
      qualifier: oneOf<Qualifier>(params.get('qualifier'), QUALIFIERS),
      q: text('q'),
    },
    log: log === '1' ? true : log === '0' ? false : undefined,
    sort: oneOf(params.get('sort'), SORT_KEYS),
    dir: oneOf(params.get('dir'), ['asc', 'desc'] as const),
  };
}

export function routePath(route: Route): string {
  switch (route.view) {
    case 'home':
      return '/';
    case 'table':
      return '/table';
    case 'claim':
      return `/claims/${encodeURIComponent(route.id)}`;
    case 'source':
      return `/sources/${encodeURIComponent(route.id)}`;
    case 'chart':
      return `/charts/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return route.path;
  }
}

/** The hash for a state; empty values are left out so links stay short. */
export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (state.log !== undefined) params.set('log', state.log ? '1' : '0');
  if (state.sort) params.set('sort', state.sort);
  if (state.dir) params.set('dir', state.dir);
  const query = params.toString();
  return `#${routePath(state.route)}${query ? `?${query}` : ''}`;
}

export { chartHref, claimHref, sourceHref } from '../../model/links';
