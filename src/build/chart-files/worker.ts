/**
 * Draws charts for pool.ts, one message at a time: makes each chart again
 * from its recipe, renders its SVGs with Plot in this thread's own jsdom,
 * rasterises its PNG with resvg and writes its files (files.ts).
 *
 * Each PNG leaves resvg's tree and pixmap in native memory (tens of
 * megabytes for a chart of 90 reports), freed only when V8 collects the
 * small objects that hold them. V8 does not see that memory, and a thread
 * whose JavaScript heap grows slowly collects rarely: 300 charts held 3 GB.
 * Collecting the whole heap after every chart would cost a third more CPU;
 * but those objects are still young when the PNG is made, so a collection
 * of the young generation there (a millisecond or two) frees them, and the
 * whole heap is collected every few charts. At 450,000 claims this took the
 * two threads' memory beyond their heaps from 1.3 GB to 0.7 GB.
 */
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import { collectGarbage } from '../gc';
import { writeChartFiles } from './files';
import type { ChartDrawing } from './files';
import type { ChartReply, ChartRequest, ChartWorkerData } from './messages';
import { PngRasteriser } from './png';
import { chartOfRecipe } from './recipe';
import { svgSerializer } from './svg-serializer';

const COLLECT_EVERY = 8;

const { site, fonts } = workerData as ChartWorkerData;
const { window } = new JSDOM('');
const png = new PngRasteriser(join(fonts, String(threadId)));
const drawing: ChartDrawing = {
  document: window.document,
  serializer: svgSerializer(new window.XMLSerializer()),
  rasterise: (svg) => {
    const bytes = png.rasterise(svg);
    collectGarbage({ type: 'minor' });
    return bytes;
  },
};

// Requests are handled in turn from this queue rather than in the message
// handler: finalizers run only once the thread is back in its event loop,
// after the collection, and the port may hand over several messages at once.
const queue: ChartRequest[] = [];
let running = false;
let drawn = 0;

parentPort!.on('message', (request: ChartRequest) => {
  queue.push(request);
  if (!running) void run();
});

async function run(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    parentPort!.postMessage(draw(request));
    if (++drawn % COLLECT_EVERY === 0) collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  running = false;
}

function draw({ id, recipe }: ChartRequest): ChartReply {
  try {
    return { id, height: writeChartFiles(chartOfRecipe(recipe), site, drawing) };
  } catch (e) {
    return { id, error: `${recipe.id}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
