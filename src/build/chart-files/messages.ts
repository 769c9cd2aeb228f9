/** What the build's chart pool and its worker threads say to each other. */
import type { ChartRecipe } from './recipe';

export interface ChartRequest {
  id: number;
  recipe: ChartRecipe;
}

/** The chart's files are written: its iframe height, or why they could not be. */
export type ChartReply = { id: number; height: number } | { id: number; error: string };
