/** Where a chart's tooltip stands and what it shows. */
import type { ChartRow } from '../../../charts/types';

export interface Tip {
  row: ChartRow;
  /** The anchor point, in pixels from the chart area's top left. */
  x: number;
  y: number;
  /** Opens leftwards from a mark in the right half. */
  end: boolean;
  /** Opens below a mark near the top of the window. */
  below: boolean;
  /** Shown by a tap: it stays, and offers the sentence's link. */
  pinned: boolean;
  href: string;
}
