/**
 * Rasterises SVGs to PNG with resvg, one message at a time, for pool.ts.
 *
 * Each render leaves a pixmap of several megabytes in native memory, freed
 * only when V8 collects the small object that holds it. V8 does not see that
 * memory, and a thread whose JavaScript heap barely grows never collects:
 * 300 charts held 3 GB. So this thread collects its own (tiny) heap every few
 * renders, and lets the finalizers run, which keeps it flat.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import type { PngReply, PngRequest } from './messages';

const COLLECT_EVERY = 8;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const OPTIONS = {
  fitTo: { mode: 'zoom', value: 2 },
  background: '#ffffff',
  font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
} as const;

// Requests are rendered in turn from this queue rather than in the message
// handler: finalizers run only once the thread is back in its event loop,
// after the collection, and the port may hand over several messages at once.
const queue: PngRequest[] = [];
let running = false;
let rendered = 0;

parentPort!.on('message', (request: PngRequest) => {
  queue.push(request);
  if (!running) void run();
});

async function run(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    const reply = render(request);
    parentPort!.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
    if (++rendered % COLLECT_EVERY === 0) {
      collect();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  running = false;
}

function render({ id, svg }: PngRequest): PngReply {
  try {
    // A copy on this thread's heap is what travels: resvg's own buffer stays
    // here, to be freed with the rest at the next collection.
    return { id, png: new Uint8Array(new Resvg(svg, OPTIONS).render().asPng()) };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}
