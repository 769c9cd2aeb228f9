/** What the build's chart pool and its worker threads say to each other. */
import type { ChartFilesSite } from './files';
import type { ChartRecipe } from './recipe';

/** What each thread is started with. */
export interface ChartWorkerData {
  site: ChartFilesSite;
  /** A temporary folder for the threads' font subsets (png.ts), removed by the pool. */
  fonts: string;
}

export interface ChartRequest {
  id: number;
  recipe: ChartRecipe;
}

/** The chart's files are written: its iframe height, or why they could not be. */
export type ChartReply = { id: number; height: number } | { id: number; error: string };
