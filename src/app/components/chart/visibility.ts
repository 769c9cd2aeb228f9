/**
 * Draw when visible: an attachment that tells a chart area its width and
 * whether it is near the viewport, so the chart is drawn as it comes near
 * (within half a viewport) and redrawn only when what it shows changes. A
 * fact sheet of dozens of charts then costs a keystroke in search no more
 * than the few charts on screen.
 */
import { readBeforePaint } from './before-paint';

/** Charts within half a viewport of the viewport are drawn: ready before they scroll in. */
const DRAW_AHEAD = 0.5;

/** The nearness check of every node watched, for `recheckNearness`. */
const checks = new Set<() => void>();

function runChecks(): void {
  for (const check of checks) check();
}

/**
 * Checks again, before the next paint, whether each watched node is near the
 * viewport. A search that shortens the page moves charts and sections into
 * view, and the IntersectionObserver says so only after a frame is painted:
 * each chart then drawn, and each section it brings near, cost the
 * keystroke another frame. Called after such an update, the charts and
 * sections it brings near are drawn in the same frame, after one layout.
 */
export function recheckNearness(): void {
  if (checks.size > 0) readBeforePaint(runChecks);
}

/** Adds a node's check to those `recheckNearness` runs, and returns its removal. */
function checkedOnRecheck(check: () => void): () => void {
  checks.add(check);
  return () => checks.delete(check);
}

export interface AreaReport {
  /** The area's width in pixels, when measured. */
  width?: number;
  /** Whether the area is near the viewport, when known. */
  near?: boolean;
}

/**
 * Reports the node's width as it changes and whether it is near the
 * viewport. Without the observers (jsdom, old browsers) it reports nothing,
 * and the caller draws at once.
 */
export function watchArea(report: (change: AreaReport) => void) {
  return (node: HTMLElement) => {
    const cleanups: (() => void)[] = [];
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(([entry]) => {
        const width = Math.round(entry?.contentRect.width ?? 0);
        // No width: hidden (a folded section, a page being captured), not narrow.
        // The chart keeps the drawing it has rather than one at a made-up width.
        if (width > 0) report({ width });
      });
      resize.observe(node);
      cleanups.push(() => resize.disconnect());
    }
    if (typeof IntersectionObserver !== 'undefined') {
      const check = (first: boolean) => {
        const box = node.getBoundingClientRect();
        const near = isWithin(box, DRAW_AHEAD);
        // The width too: else the first drawing would be at a fallback width
        // and redrawn, and the room kept for a chart not drawn yet would be
        // resized a frame later, when the ResizeObserver reports.
        const change: AreaReport = box.width > 0 ? { width: Math.round(box.width) } : {};
        // The observer says when a chart first seen far comes near; a recheck
        // says both ways at once.
        if (near || !first) change.near = near;
        report(change);
      };
      // Measured before the first paint: the observer's first report comes a
      // frame later, and a chart on screen would flash empty meanwhile.
      cleanups.push(readBeforePaint(() => check(true)));
      cleanups.push(checkedOnRecheck(() => check(false)));
      const intersection = new IntersectionObserver(
        (entries) => {
          // Reports can queue up while the page is busy: the last one holds.
          const entry = entries.at(-1);
          if (entry) report({ near: entry.isIntersecting });
        },
        { rootMargin: `${DRAW_AHEAD * 100}% 0px` },
      );
      intersection.observe(node);
      cleanups.push(() => intersection.disconnect());
    }
    return () => {
      for (const cleanup of cleanups) cleanup();
    };
  };
}

/** Whether a box is within `viewports` viewport heights of the viewport (and laid out). */
function isWithin(box: DOMRect, viewports: number): boolean {
  const margin = innerHeight * viewports;
  return box.bottom > -margin && box.top < innerHeight + margin && box.width > 0;
}

/**
 * Reports `true` as the node comes within `near` viewports of the viewport
 * (before the first paint, if it is there already), and `false` once it is
 * more than `far` away. Between the two it reports nothing: content that a
 * search moves back and forth across one line is not drawn and dropped on
 * each keystroke. Without IntersectionObserver it reports nothing.
 */
export function watchNearness(report: (near: boolean) => void, near = 1, far = 3) {
  return (node: HTMLElement) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const cancelRead = readBeforePaint(() => {
      if (isWithin(node.getBoundingClientRect(), near)) report(true);
    });
    const cancelCheck = checkedOnRecheck(() => {
      const box = node.getBoundingClientRect();
      if (isWithin(box, near)) report(true);
      else if (!isWithin(box, far)) report(false);
    });
    const observer = (viewports: number, on: (entry: IntersectionObserverEntry) => void) => {
      const observer = new IntersectionObserver((entries) => on(entries.at(-1)!), {
        rootMargin: `${viewports * 100}% 0px`,
      });
      observer.observe(node);
      return observer;
    };
    const comes = observer(near, (entry) => entry.isIntersecting && report(true));
    const goes = observer(far, (entry) => !entry.isIntersecting && report(false));
    return () => {
      cancelRead();
      cancelCheck();
      comes.disconnect();
      goes.disconnect();
    };
  };
}
