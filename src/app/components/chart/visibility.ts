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
      // Measured before the first paint: the observer's first report comes a
      // frame later, and a chart on screen would flash empty meanwhile.
      cleanups.push(
        readBeforePaint(() => {
          const box = node.getBoundingClientRect();
          if (isWithin(box, DRAW_AHEAD)) {
            // The width too, or the first drawing would be at a fallback width and redrawn.
            report({ width: Math.round(box.width), near: true });
          }
        }),
      );
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
      comes.disconnect();
      goes.disconnect();
    };
  };
}
