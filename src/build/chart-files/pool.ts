/**
 * Draws the build's charts on worker threads (worker.ts), one per core as
 * memory allows (`chartThreads`): the charts are independent, and each costs
 * a few hundred milliseconds of jsdom and resvg, so they take every core
 * there is. The main thread only
 * hands out recipes. At most two charts per worker wait at a time: the
 * recipes queued never pile up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartFilesSite } from './files';
import type { ChartReply, ChartRequest, ChartWorkerData } from './messages';
import type { ChartRecipe } from './recipe';

const WORKER = new URL('./worker.js', import.meta.url);
const QUEUED_PER_WORKER = 2;
/** Four threads at most: more cores than that draw the charts little faster, at 300 MB each. */
const MAX_WORKERS = 4;
const MB = 1024 * 1024;
/** What a whole build may take (issue 11: 450,000 claims within 2 GB). */
const BUILD_MEMORY = 2048 * MB;
/**
 * What a chart thread takes at most: its own jsdom, Plot and resvg (about
 * 180 MB with its heap), and the native memory of the charts it drew since
 * its last collection (worker.ts); measured on 90-report charts.
 */
const THREAD_MEMORY = 320 * MB;

/**
 * How many chart threads to start: one per core, four at most, and no more
 * than fit beside what the build holds already (`used` bytes, its resident
 * memory), so a large dataset on a many-core machine stays within
 * BUILD_MEMORY; always one.
 */
export function chartThreads(cores: number, used: number): number {
  const room = Math.floor((BUILD_MEMORY - used) / THREAD_MEMORY);
  return Math.max(1, Math.min(cores, MAX_WORKERS, room));
}

export class ChartPool {
  private readonly workers: Worker[] = [];
  /** The threads' font subsets (png.ts), removed with the threads. */
  private readonly fonts = mkdtempSync(join(tmpdir(), 'chart-fonts-'));
  /** Per queued chart: what to call with its height, and its worker. */
  private readonly pending = new Map<number, { done: (height: number) => void; worker: number }>();
  /** Charts queued per worker: each goes to the least busy, as charts differ in size. */
  private readonly queued: number[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  /** `site`: what every chart's files share; by default as many workers as `chartThreads` allows. */
  constructor(
    site: ChartFilesSite,
    size = chartThreads(availableParallelism(), process.memoryUsage().rss),
  ) {
    for (let k = 0; k < Math.max(1, size); k++) {
      const workerData: ChartWorkerData = { site, fonts: this.fonts };
      const worker = new Worker(WORKER, { workerData });
      worker.on('message', (reply: ChartReply) => this.receive(reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing)
          this.fail(new Error(`a chart worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.queued.push(0);
    }
  }

  /**
   * Queues the chart of `recipe` and calls `done` with its iframe height
   * once its files are written; waits first while the queue is full.
   * Resolves once queued, not once drawn.
   */
  async add(recipe: ChartRecipe, done: (height: number) => void): Promise<void> {
    while (this.pending.size >= this.workers.length * QUEUED_PER_WORKER && !this.failure) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    const worker = this.queued.indexOf(Math.min(...this.queued));
    this.queued[worker]!++;
    this.pending.set(id, { done, worker });
    this.workers[worker]!.postMessage({ id, recipe } satisfies ChartRequest);
  }

  /** How many threads draw. */
  get threads(): number {
    return this.workers.length;
  }

  /** Waits for every queued chart, then stops the workers. The first failure is thrown. */
  async close(): Promise<void> {
    while (this.pending.size > 0 && !this.failure) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    await this.terminate();
    if (this.failure) throw this.failure;
  }

  /** Stops the workers at once, dropping what is queued. */
  async terminate(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    rmSync(this.fonts, { recursive: true, force: true });
  }

  private receive(reply: ChartReply): void {
    const chart = this.pending.get(reply.id);
    if (!chart) return;
    this.pending.delete(reply.id);
    this.queued[chart.worker]!--;
    if ('error' in reply) {
      this.fail(new Error(`a chart's files could not be written: ${reply.error}`));
      return;
    }
    try {
      chart.done(reply.height);
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    this.wake();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  /** Lets whoever waits for room (add) or for the end (close) look again. */
  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
