/**
 * Plot options for a chart: one row per claim (y = the claim, labelled with
 * its figure and who said it), x = the number, the uncertainty marks, the axis
 * and the legend. A pure function of the rows and the options.
 */
import * as Plot from '@observablehq/plot';
import { claimHref } from '../model/links';
import { isOpenEnded } from '../model/qualifiers';
import type { PlotOptions } from '@observablehq/plot';
import type { Unit } from '../model/schema';
import { UNIT_LABELS } from '../model/units';
import { UNIT_NAMES, fitText, plural, textWidth } from './labels';
import { ARROW_NOTE, legendLayout, legendMark, legendQualifiers } from './legend';
import { uncertaintyMarks } from './marks';
import type { MarkDatum } from './marks';
import { xScaleFor } from './scale';
import type { XScale } from './scale';
import type { ChartOptions, ChartRow } from './types';

export const DEFAULT_WIDTH = 640;
const MARGIN_RIGHT = 24;
/** Room between a label and the plot: the axis's tick padding and a little air. */
const LABEL_PADDING = 14;
const AXIS_HEIGHT = 34;
/** Rows with a two-line label need the room of two lines of text and a gap. */
const ROW_HEIGHT = { 1: 26, 2: 36 } as const;
/** A second x axis at the top from this many rows on, so a tall chart is readable at a glance. */
const TOP_AXIS_ROWS = 8;

export function defaultClaimHref(claim: { id: string }): string {
  return claimHref(claim.id);
}

interface ChartInput {
  title: string;
  /** The text description, for the scale actually drawn. */
  describe(scale: XScale): string;
  unit: Unit;
  rows: readonly ChartRow[];
  logByDefault: boolean;
}

/**
 * Where everything goes: the scale, the rows it can show, the legend and the
 * margins, and so the chart's height. Cheaper than the Plot options: the
 * dashboard asks every chart for its height to keep room for it before it is
 * drawn.
 */
function chartLayout(chart: ChartInput, options: ChartOptions) {
  const width = Math.max(240, Math.round(options.width ?? DEFAULT_WIDTH));
  const wantLog = options.log ?? chart.logByDefault;
  const scale = xScaleFor(
    chart.rows.map((r) => r.claim),
    wantLog,
  );
  const shown = new Set(scale.shown);
  const rows = chart.rows.filter((r) => shown.has(r.claim));

  const notes: string[] = [];
  if (rows.some((r) => isOpenEnded(r.claim.qualifier))) {
    notes.push(ARROW_NOTE);
  }
  if (scale.dropped.length > 0) {
    notes.push(
      `Not shown on the log scale: ${plural(scale.dropped.length, 'figure')} of 0 or less (see the table).`,
    );
  }
  if (wantLog && scale.type === 'linear') {
    notes.push('A log scale needs figures above 0: shown on a linear scale.');
  }

  const lines = rows.map((r) => r.label.split('\n'));
  const lineCount = lines.some((l) => l.length > 1) ? 2 : 1;
  const rowHeight = ROW_HEIGHT[lineCount];
  const topAxis = rows.length >= TOP_AXIS_ROWS;
  const legend = legendLayout(
    legendQualifiers(rows.map((r) => r.claim.qualifier)),
    notes,
    width - 2,
  );
  const marginTop = Math.ceil(legend.height + (topAxis ? AXIS_HEIGHT : 12));
  const marginBottom = AXIS_HEIGHT + 6;
  const height = marginTop + marginBottom + Math.max(1, rows.length) * rowHeight;
  return { width, scale, rows, lines, rowHeight, topAxis, legend, marginTop, marginBottom, height };
}

/** The chart's height in pixels at these options, as `chartPlotOptions` lays it out. */
export function chartHeight(chart: ChartInput, options: ChartOptions = {}): number {
  return chartLayout(chart, options).height;
}

export function chartPlotOptions(chart: ChartInput, options: ChartOptions = {}): PlotOptions {
  const href = options.href ?? defaultClaimHref;
  const { width, scale, rows, lines, rowHeight, topAxis, legend, marginTop, marginBottom, height } =
    chartLayout(chart, options);

  // Labels: the left margin grows with them up to half the width; longer
  // lines are cut with an ellipsis (the table and tooltips have the full text).
  const longest = lines.flat().reduce((most, l) => Math.max(most, textWidth(l)), 0);
  const marginLeft = Math.ceil(Math.min(LABEL_PADDING + longest, width * 0.5));
  const labels = new Map(
    rows.map((r, i) => [
      r.claim.id,
      lines[i]!.map((l) => fitText(l, marginLeft - LABEL_PADDING)).join('\n'),
    ]),
  );

  const data: MarkDatum[] = rows.map((row) => ({ row, y: row.claim.id, href: href(row.claim) }));
  const label = `${capitalise(UNIT_NAMES[chart.unit])}${scale.type === 'log' ? ' (log scale)' : ''}`;
  // About one tick per 70px of plot: "1.6M" and "200K" need room.
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  const ticks =
    scale.type === 'log' ? logTicks(scale.domain) : Math.max(2, Math.round(plotWidth / 70));
  const tickFormat = numberFormat(chart.unit);
  const axis = { ticks, tickFormat, label, labelAnchor: 'right' as const };

  return {
    ...(options.document ? { document: options.document } : {}),
    width,
    height,
    marginTop,
    marginRight: MARGIN_RIGHT,
    marginBottom,
    marginLeft,
    ariaLabel: chart.title,
    ariaDescription: chart.describe(scale),
    x: {
      type: scale.type,
      domain: scale.domain,
      // Round numbers at the ends; a log domain is already in whole decades.
      nice: scale.type === 'linear',
    },
    y: { type: 'band', domain: data.map((d) => d.y), padding: 0 },
    marks: [
      Plot.gridX({ ticks, strokeOpacity: 0.12 }),
      Plot.axisX({ ...axis, anchor: 'bottom', labelOffset: 30 }),
      topAxis ? Plot.axisX({ ...axis, anchor: 'top', label: null }) : null,
      Plot.axisY({
        tickSize: 0,
        tickPadding: 8,
        label: null,
        tickFormat: (id: string) => labels.get(id) ?? id,
        lineHeight: 1.15,
      }),
      ...uncertaintyMarks(data, scale, rowHeight),
      legendMark(legend),
    ],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Tick values for a log domain in whole decades: powers of ten, with 2 and 5 on short spans. */
export function logTicks([low, high]: [number, number]): number[] {
  const from = Math.round(Math.log10(low));
  const to = Math.round(Math.log10(high));
  const mantissas = to - from <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = from; e <= to; e++) {
    for (const m of mantissas) {
      const t = m * 10 ** e;
      // 10 ** -1 is 0.1, but 2 * 10 ** -1 is 0.2000…04: round to the decade's precision.
      const rounded = Number(t.toPrecision(12));
      if (rounded >= low && rounded <= high) ticks.push(rounded);
    }
  }
  return ticks;
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
/** Axis numbers: "$200M", "A$1.6M", "25%"; the axis label names other units. */
function numberFormat(unit: Unit): (n: number) => string {
  const label = UNIT_LABELS[unit];
  const prefix = label.currency ? (label.prefix ?? '') : '';
  const suffix = unit === 'percent' ? '%' : '';
  return (n) => {
    const text = COMPACT.format(Math.abs(n));
    return `${n < 0 ? '−' : ''}${prefix}${text}${suffix}`;
  };
}
