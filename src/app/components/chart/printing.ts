/**
 * Whether the page is being printed. A print shows everything, near the
 * viewport or not. Components that are there when printing starts hear
 * `beforeprint`; those it makes appear (a fact-sheet section drawn for the
 * print, and its charts) mount after the event and ask here instead.
 */
let printing = false;

// Listening from the module's first import, before any component's own
// `beforeprint` listener: the flag is set when those run.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

export function isPrinting(): boolean {
  return printing;
}
