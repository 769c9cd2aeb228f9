/**
 * `claims extract`: proposes candidate claims from news text, as a readable
 * list or as JSON lines; with --uncurated, only what the curated claims and
 * skipped.csv leave open. A folder of many megabytes is read on threads
 * across the machine's cores (the main thread and workers); the output is the
 * same as on one thread.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatProblem } from '../../model/problem';
import { CliError } from '../../node/error';
import { entryProblem, folderEntries, loadDatasetInput } from '../../node/claims-folder';
import { printLines } from '../io';
import type { Io } from '../io';
import { extractBatch, extractLines } from './extract-job';
import type {
  Batch,
  BatchResult,
  CurationFilter,
  Input,
  JobOptions,
  JobResult,
} from './extract-job';
import type { WorkerSetup } from './extract-worker';

export interface ExtractOptions extends JobOptions {
  uncurated: boolean;
  /** Threads reading the inputs (1: the main thread only); by default one per core for PARALLEL_BYTES or more. */
  threads?: number;
}

/** Less text than this is read faster on the main thread than by starting workers (~0.5 s each). */
const PARALLEL_BYTES = 4_000_000;
/** Lines printed by one write. */
const PRINT_LINES = 256;
/** Inputs are sent to workers in batches of at most about this much text. */
const BATCH_BYTES = 512_000;

export async function extract(path: string, options: ExtractOptions, io: Io): Promise<number> {
  const inputs = listInputs(path, io);
  let filter: CurationFilter | undefined;
  if (options.uncurated) {
    const dir = path === '-' || !statSync(path).isDirectory() ? 'claims' : dirname(path);
    // The checker is loaded only for --uncurated: loading it is a good part of start-up.
    const [{ checkDataset }, { claimSpans }] = await Promise.all([
      import('../../model/check/dataset'),
      import('../../extract/coverage'),
    ]);
    const dataset = checkDataset(loadDatasetInput(dir));
    filter = { spans: claimSpans(dataset.claims, dataset.texts), skipped: dataset.skipped };
  }
  const job: JobOptions = { json: options.json, all: options.all };
  // Lines go out a few hundred at a time, those of small files together: one
  // write per line, or per file, would make the system calls a good part of
  // the work.
  const pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) printLines(io, pending);
    pending.length = 0;
  };
  const print = ({ lines, passedOver }: JobResult) => {
    // What is passed over is said in its place among the lines.
    if (passedOver.length > 0) flush();
    for (const problem of passedOver) io.err(problem);
    for (const line of lines) {
      pending.push(line);
      if (pending.length >= PRINT_LINES) flush();
    }
  };
  const onMainThread = () => {
    try {
      for (const input of inputs) print(extractLines(input, job, filter));
    } finally {
      // Before an unreadable file's error too: the lines of the files before it.
      flush();
    }
    return 0;
  };
  // Sizes are looked up only to share the files out: one thread needs none.
  if (options.threads === 1 || inputs.length <= 1) return onMainThread();
  const sized = inputs.map((input) => ({ ...input, bytes: size(input.path) }));
  const total = sized.reduce((n, input) => n + input.bytes, 0);
  const threads = options.threads ?? (total >= PARALLEL_BYTES ? availableParallelism() : 1);
  if (threads <= 1) return onMainThread();
  const setup: WorkerSetup = { options: job, ...(filter ? { filter } : {}) };
  // Batches small enough that each thread gets several, so none waits long for the last.
  const batches = batch(sized, Math.min(BATCH_BYTES, Math.ceil(total / (4 * threads))));
  await runInThreads(batches, Math.min(threads, batches.length), setup, (result) => {
    for (const input of result.results) print(input);
    flush();
  });
  return 0;
}

/**
 * The inputs of PATH in the order they are printed: in a folder, its `.txt`
 * entries by name, read as `claims check` reads them (only regular files);
 * every other entry is named on standard error and passed over.
 */
function listInputs(path: string, io: Io): Input[] {
  if (path === '-') return [{ path }];
  if (!existsSync(path)) throw new CliError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    const shown = path.replace(/\/+$/, '') || path;
    const names = folderEntries(path, shown);
    if (!Array.isArray(names)) {
      io.err(`${formatProblem(names)} (passed over)`);
      return [];
    }
    const inputs: Input[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (!name.endsWith('.txt')) {
        const problem = entryProblem(path, shown, name);
        if (problem) io.err(`${formatProblem(problem)} (passed over)`);
        continue;
      }
      inputs.push({
        path: join(path, name),
        sourceId: name.slice(0, -'.txt'.length),
        entry: { folder: path, name, shown },
      });
    }
    return inputs;
  }
  // A file inside a sources folder is a known source; any other file is not.
  const known = basename(dirname(path)) === 'sources' && path.endsWith('.txt');
  return [{ path, ...(known ? { sourceId: basename(path, '.txt') } : {}) }];
}

/** Bytes of a file, for batching; 0 for what is no regular file, which its job passes over. */
function size(path: string): number {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : 0;
}

function batch(inputs: (Input & { bytes: number })[], size: number): Batch[] {
  const batches: Batch[] = [];
  let current: Input[] = [];
  let bytes = 0;
  for (const { bytes: b, ...input } of inputs) {
    current.push(input);
    bytes += b;
    if (bytes >= size) {
      batches.push({ index: batches.length, inputs: current });
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push({ index: batches.length, inputs: current });
  return batches;
}

const WORKER = new URL('./extract-worker.js', import.meta.url);

/** Batches a worker holds at once: it starts the next while the main thread reads its last. */
const IN_FLIGHT = 2;

/**
 * Runs the batches on the main thread and `threads - 1` workers, and prints
 * the batches' lines in batch order as they are done: what one thread would
 * print, in the same order, a folder's entries that cannot be read passed
 * over at their turn. The main thread reads batches too, between the
 * workers' messages: each worker loads the grammar and has V8 compile it
 * again, so the main thread, which has done both, takes its share rather
 * than wait.
 */
function runInThreads(
  batches: Batch[],
  threads: number,
  setup: WorkerSetup,
  print: (batch: BatchResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Map<number, BatchResult>();
    const workers: Worker[] = [];
    let taken = 0;
    let printed = 0;
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const next = (): Batch | undefined => (taken < batches.length ? batches[taken++] : undefined);
    const receive = (result: BatchResult) => {
      done.set(result.index, result);
      for (let r = done.get(printed); r; r = done.get(printed)) {
        done.delete(printed++);
        print(r);
        if (r.error) return finish(new CliError(r.error.message, r.error.exitCode));
      }
      if (printed === batches.length) finish();
    };
    const guarded =
      <T>(f: (arg: T) => void) =>
      (arg: T) => {
        try {
          f(arg);
        } catch (e) {
          finish(e);
        }
      };
    // One batch per turn of the event loop, so the workers' results are
    // taken (and they are sent more) between the main thread's batches.
    const onMainThread = guarded(() => {
      const batch = finished ? undefined : next();
      if (!batch) return;
      receive(extractBatch(batch, setup.options, setup.filter));
      setImmediate(onMainThread);
    });
    for (let k = 1; k < threads; k++) {
      const w = new Worker(WORKER, { workerData: setup });
      workers.push(w);
      const feed = () => {
        const batch = next();
        if (batch) w.postMessage(batch);
      };
      w.on(
        'message',
        guarded((result: BatchResult) => {
          receive(result);
          if (!finished) feed();
        }),
      );
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => finish(new Error(`a worker thread stopped with exit code ${code}`)));
      for (let b = 0; b < IN_FLIGHT; b++) feed();
    }
    setImmediate(onMainThread);
  });
}
