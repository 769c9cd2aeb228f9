/**
 * The view state lives in the URL hash (`#/claims/<id>`, `#/sources/<id>`), so
 * reload, shared links and back/forward all restore it.
 */
export type Route =
  | { view: 'home' }
  | { view: 'claim'; id: string }
  | { view: 'source'; id: string }
  | { view: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { view: 'home' };
  const match = /^\/(claims|sources)\/([^/]+)$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return { view: 'not-found', path };
    }
    return { view: match[1] === 'claims' ? 'claim' : 'source', id };
  }
  return { view: 'not-found', path };
}

export function claimHref(id: string): string {
  return `#/claims/${encodeURIComponent(id)}`;
}

export function sourceHref(id: string): string {
  return `#/sources/${encodeURIComponent(id)}`;
}

/** The current route, updated on every hash change. */
export function currentRoute(): { readonly value: Route } {
  let route = $state(parseRoute(location.hash));
  $effect(() => {
    const update = () => (route = parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  });
  return {
    get value() {
      return route;
    },
  };
}
