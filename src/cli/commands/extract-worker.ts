/**
 * A worker thread of `claims extract`: runs extractLines on the batches of
 * inputs the main thread sends and posts each batch's lines back, tagged
 * with the batch's index so the main thread prints them in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../error';
import { extractLines } from './extract-job';
import type { CurationFilter, Input, JobOptions } from './extract-job';

export interface WorkerSetup {
  options: JobOptions;
  filter?: CurationFilter;
}

export interface Batch {
  index: number;
  inputs: Input[];
}

/** Lines per input of the batch, up to the first input that cannot be read. */
export interface BatchResult {
  index: number;
  lines: string[][];
  error?: { message: string; exitCode: number };
}

const setup = workerData as WorkerSetup;

parentPort!.on('message', (batch: Batch) => {
  const result: BatchResult = { index: batch.index, lines: [] };
  try {
    for (const input of batch.inputs) {
      result.lines.push(extractLines(input, setup.options, setup.filter));
    }
  } catch (e) {
    // A CliError is the user's bad input, reported in order by the main thread.
    if (!(e instanceof CliError)) throw e;
    result.error = { message: e.message, exitCode: e.exitCode };
  }
  parentPort!.postMessage(result);
});
