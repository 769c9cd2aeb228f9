/**
 * The current view state, read from the URL hash and kept in step with it:
 * navigation writes the hash (a new history entry, or a replaced one while
 * typing), and back/forward re-read it.
 */
import { formatHash, parseHash } from './url';
import type { ViewState } from './url';

/**
 * How long typing must pause before the URL is replaced. `history.replaceState`
 * is a synchronous call to the browser process, 1 to 10 ms in Chromium: on
 * every keystroke that was up to a tenth of the time a keystroke may take to
 * update the page. The view follows each key at once; the URL, the pause.
 */
export const URL_PAUSE_MS = 300;

export class View {
  // Raw: a state is always replaced whole (go, update), never changed in place.
  state: ViewState;
  /** The hash a replace is waiting to write, and its timer. */
  #pending: { hash: string; timer: ReturnType<typeof setTimeout> } | undefined;

  /** `hash`: where to start; the page's own by default (the build's prerender has none). */
  constructor(hash: string = location.hash) {
    this.state = $state.raw(parseHash(hash));
    $effect(() => {
      const update = () => {
        // The URL moved on (a link, back, forward): a replace still waiting is stale.
        this.#cancel();
        this.state = parseHash(location.hash);
      };
      // A link followed pushes a new entry: the one it leaves must hold what
      // was typed, so a replace waiting is written first (click comes before
      // the link's navigation, for a mouse and for Enter alike). So is it
      // before the page goes away (a reload keeps the search).
      const flush = () => this.flush();
      // Links change the hash (hashchange); back/forward over pushState entries fire popstate.
      addEventListener('hashchange', update);
      addEventListener('popstate', update);
      addEventListener('click', flush, true);
      addEventListener('pagehide', flush);
      return () => {
        this.flush();
        removeEventListener('hashchange', update);
        removeEventListener('popstate', update);
        removeEventListener('click', flush, true);
        removeEventListener('pagehide', flush);
      };
    });
  }

  /**
   * Moves to a new state. `replace` for keystrokes, so back skips them: the
   * URL is then replaced once typing pauses (`URL_PAUSE_MS`).
   */
  go(next: ViewState, options: { replace?: boolean } = {}): void {
    const hash = formatHash(next);
    if (hash === (this.#pending?.hash ?? location.hash)) return;
    this.state = next;
    if (options.replace) {
      this.#cancel();
      const timer = setTimeout(() => this.flush(), URL_PAUSE_MS);
      this.#pending = { hash, timer };
    } else {
      this.flush();
      history.pushState(history.state, '', hash);
    }
  }

  /** Same view, other filters or options. */
  update(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
    this.go({ ...this.state, ...patch }, options);
  }

  /** Writes a replace still waiting into the URL now. */
  flush(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#cancel();
    if (pending.hash !== location.hash) history.replaceState(history.state, '', pending.hash);
  }

  #cancel(): void {
    if (this.#pending) clearTimeout(this.#pending.timer);
    this.#pending = undefined;
  }
}
