/**
 * The current view state, read from the URL hash and kept in step with it:
 * navigation writes the hash (a new history entry, or a replaced one while
 * typing), and back/forward re-read it.
 */
import { formatHash, parseHash } from './url';
import type { ViewState } from './url';

export class View {
  // Raw: a state is always replaced whole (go, update), never changed in place.
  state: ViewState;

  /** `hash`: where to start; the page's own by default (the build's prerender has none). */
  constructor(hash: string = location.hash) {
    this.state = $state.raw(parseHash(hash));
    $effect(() => {
      const update = () => (this.state = parseHash(location.hash));
      // Links change the hash (hashchange); back/forward over pushState entries fire popstate.
      addEventListener('hashchange', update);
      addEventListener('popstate', update);
      return () => {
        removeEventListener('hashchange', update);
        removeEventListener('popstate', update);
      };
    });
  }

  /** Moves to a new state. `replace` for keystrokes, so back skips them. */
  go(next: ViewState, options: { replace?: boolean } = {}): void {
    const hash = formatHash(next);
    if (hash === location.hash) return;
    if (options.replace) history.replaceState(history.state, '', hash);
    else history.pushState(history.state, '', hash);
    this.state = next;
  }

  /** Same view, other filters or options. */
  update(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
    this.go({ ...this.state, ...patch }, options);
  }
}
