/**
 * Layout reads gathered into one batch.
 *
 * A chart that mounts wants to know, before the next paint, whether it is on
 * screen (the IntersectionObserver's first report comes a frame late). Read
 * in each chart's mount effect, every read forced its own style and layout
 * pass over the whole page, because the charts mounted before it had changed
 * the DOM: a keystroke that replaced a dozen charts paid for a dozen passes.
 * Gathered into one microtask, after Svelte has applied the update, the reads
 * share one pass, and what they set is drawn in the same task, before the
 * browser paints.
 */

const reads = new Set<() => void>();
let scheduled = false;

/**
 * Runs `read` soon, with the other reads asked for meanwhile and before any
 * of them changes the page. Returns a function that cancels it.
 */
export function readBeforePaint(read: () => void): () => void {
  reads.add(read);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(runReads);
  }
  return () => reads.delete(read);
}

function runReads(): void {
  scheduled = false;
  const due = [...reads];
  reads.clear();
  for (const read of due) read();
}
