/**
 * A worker thread of `claims extract`: runs extractBatch on the batches of
 * inputs the main thread sends and posts each batch's lines back, tagged
 * with the batch's index so the main thread prints them in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractBatch } from './extract-job';
import type { Batch, CurationFilter, JobOptions } from './extract-job';

export interface WorkerSetup {
  options: JobOptions;
  filter?: CurationFilter;
}

const setup = workerData as WorkerSetup;

parentPort!.on('message', (batch: Batch) => {
  parentPort!.postMessage(extractBatch(batch, setup.options, setup.filter));
});
