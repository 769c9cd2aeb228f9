/**
 * Draws charts for pool.ts, one message at a time: makes each chart again
 * from its recipe, renders its SVGs with Plot in this thread's own jsdom,
 * rasterises its PNG with resvg and writes its files (files.ts).
 *
 * Each PNG leaves a pixmap of several megabytes in native memory, freed
 * only when V8 collects the small object that holds it. V8 does not see that
 * memory, and a thread whose JavaScript heap grows slowly collects rarely:
 * 300 charts held 3 GB. So this thread collects its own heap every few
 * charts, and lets the finalizers run, which keeps it flat.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import { writeChartFiles } from './files';
import type { ChartDrawing } from './files';
import type { ChartReply, ChartRequest, ChartWorkerData } from './messages';
import { PngRasteriser } from './png';
import { chartOfRecipe } from './recipe';
import { svgSerializer } from './svg-serializer';

const COLLECT_EVERY = 8;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const { site, fonts } = workerData as ChartWorkerData;
const { window } = new JSDOM('');
const png = new PngRasteriser(join(fonts, String(threadId)));
const drawing: ChartDrawing = {
  document: window.document,
  serializer: svgSerializer(new window.XMLSerializer()),
  rasterise: (svg) => png.rasterise(svg),
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
    if (++drawn % COLLECT_EVERY === 0) {
      collect();
      await new Promise((resolve) => setImmediate(resolve));
    }
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
