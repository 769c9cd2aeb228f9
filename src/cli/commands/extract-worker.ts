/**
 * A worker thread of `claims extract`: runs extractLines on the batches of
 * inputs the main thread sends and posts each batch's lines back, tagged
 * with the batch's index so the main thread prints them in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../../node/error';
import { extractLines } from './extract-job';
import type { CurationFilter, Input, JobOptions, JobResult } from './extract-job';

export interface WorkerSetup {
  options: JobOptions;
  filter?: CurationFilter;
}

export interface Batch {
  index: number;
  inputs: Input[];
}

/** What each input of the batch prints, up to the first input that stops the command. */
export interface BatchResult {
  index: number;
  results: JobResult[];
  error?: { message: string; exitCode: number };
}

const setup = workerData as WorkerSetup;

parentPort!.on('message', (batch: Batch) => {
  const result: BatchResult = { index: batch.index, results: [] };
  try {
    for (const input of batch.inputs) {
      result.results.push(extractLines(input, setup.options, setup.filter));
    }
  } catch (e) {
    // A CliError is the user's bad input, reported in order by the main thread.
    if (!(e instanceof CliError)) throw e;
    result.error = { message: e.message, exitCode: e.exitCode };
  }
  parentPort!.postMessage(result);
});
