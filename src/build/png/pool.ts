/**
 * Renders the build's PNGs on worker threads (worker.ts), so that drawing
 * the next chart's SVGs on the main thread overlaps rasterising this one's,
 * and the PNGs' native memory stays in threads that free it. At most two
 * renders per worker wait at a time: the SVGs queued never pile up.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PngReply, PngRequest } from './messages';

const WORKER = new URL('./worker.js', import.meta.url);
const QUEUED_PER_WORKER = 2;

export class PngPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (png: Uint8Array) => void>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  /** One worker per core but the main thread's, at least one. */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(WORKER);
      worker.on('message', (reply: PngReply) => this.receive(reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a PNG worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  /**
   * Queues `svg` and calls `done` with its PNG when it is ready; waits first
   * while the queue is full. Resolves once queued, not once rendered.
   */
  async add(svg: string, done: (png: Uint8Array) => void): Promise<void> {
    while (this.pending.size >= this.workers.length * QUEUED_PER_WORKER && !this.failure) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length]!;
    this.pending.set(id, done);
    worker.postMessage({ id, svg } satisfies PngRequest);
  }

  /** Waits for every queued PNG, then stops the workers. The first failure is thrown. */
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
  }

  private receive(reply: PngReply): void {
    const done = this.pending.get(reply.id);
    if (!done) return;
    this.pending.delete(reply.id);
    if ('error' in reply) {
      this.fail(new Error(`a chart's PNG could not be rendered: ${reply.error}`));
      return;
    }
    try {
      done(reply.png);
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
