/**
 * The frame around a chart, the same wherever it is shown (the dashboard,
 * an embed page, the standalone SVG and PNG): its title, its subtitle, its
 * source line with the dates, and what the reader can do with its marks,
 * which depends on the medium: a PNG cannot link, so it promises no link.
 */
import type { ChartSpec } from './types';

/** Where a chart is shown: the dashboard, an embed page, an SVG file, or a PNG image. */
export type ChartMedium = 'page' | 'embed' | 'svg' | 'png';

export interface ChartFrame {
  title: string;
  subtitle: string;
  /** Who published the figures and when ("Sources: Reuters, 2 articles. Publication dates not recorded. …"). */
  source: string;
  /** What the marks offer in this medium, said only where it holds. */
  marks: string;
}

const MARKS: Readonly<Record<ChartMedium, string>> = {
  page: 'Point at, focus or tap a mark for its details and its sentence.',
  // The embed page's script shows details on pointing and focus; a tap follows the link.
  embed: 'Each mark links to its sentence; point at it or focus it for its details.',
  svg: 'Each mark links to its sentence on the fact sheet.',
  png: 'Every figure’s sentence is on the fact sheet.',
};

export function chartFrame(spec: ChartSpec, medium: ChartMedium): ChartFrame {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    source: spec.sourceLine,
    marks: MARKS[medium],
  };
}
