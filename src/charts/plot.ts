/**
 * Plot options for a chart: one row per claim (y = the claim, labelled with
 * its figure and who said it), x = the number, the uncertainty marks, the axis
 * and the legend. A pure function of the rows and the options.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { statedNumbers } from '../model/claim';
import { formatNumber, plural } from '../model/format';
import { capitalise } from '../model/labels';
import { claimHref } from '../model/links';
import { isOpenEnded } from '../model/qualifiers';
import type { PlotOptions } from '@observablehq/plot';
import type { Unit } from '../model/schema';
import { UNIT_LABELS } from '../model/units';
import { UNIT_NAMES, fitText, textWidth, wrapText } from './labels';
import { ARROW_NOTE, legendLayout, legendMark, legendQualifiers } from './legend';
import { uncertaintyMarks } from './marks';
import type { MarkDatum } from './marks';
import { xScaleFor } from './scale';
import { CHART_FONT_SIZE, OPACITY } from './theme';
import type { XScale } from './scale';
import type { ChartOptions, ChartRow } from './types';

export const DEFAULT_WIDTH = 640;
const MARGIN_RIGHT = 24;
/** Room between a label and the plot: the axis's tick padding and a little air. */
const LABEL_PADDING = 14;
/** Row labels take at most this share of the width beside their row: the plot keeps the rest. */
const LABEL_SHARE = 0.4;
/** The left margin when labels sit above their rows: room for half the first tick's number. */
const ABOVE_MARGIN_LEFT = 16;
/** A label's line, in pixels. */
const LINE = Math.round(CHART_FONT_SIZE * 1.2);
/** Height of a row's marks: a band, a dot with its halo, an arrowhead. */
const MARK_ROOM = 22;
const AXIS_HEIGHT = 38;
/** A second x axis at the top from this many rows on, so a tall chart is readable at a glance. */
const TOP_AXIS_ROWS = 8;
/** Room per tick number beyond its own width, in pixels. */
const TICK_GAP = 18;
/** About one tick per this many pixels of plot, at most. */
const TICK_SPACING = 80;

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
 * Where everything goes: the scale, the rows it can show, the labels, the
 * legend and the margins, and so the chart's height. Cheaper than the Plot
 * options: the dashboard asks every chart for its height to keep room for
 * it before it is drawn.
 *
 * Labels are never cut where they can be read whole: they stand beside their
 * rows when every line fits in 40% of the width (the plot keeps 60%), and
 * otherwise above their rows, wrapped to the plot's width, on a phone say.
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

  const parts = rows.map((r) => r.label.split('\n'));
  const longest = parts
    .flat()
    .reduce((most, l) => Math.max(most, textWidth(l, CHART_FONT_SIZE)), 0);
  const beside = LABEL_PADDING + longest <= LABEL_SHARE * width;
  const marginLeft = beside ? Math.ceil(LABEL_PADDING + longest) : ABOVE_MARGIN_LEFT;
  // Above its row, a label spans the plot: on one line when it fits, else
  // each of its parts on at most two lines.
  const room = width - marginLeft - MARGIN_RIGHT;
  const oneLine = (p: string[]) => p.join(' · ');
  const lines = beside
    ? parts
    : parts.every((p) => textWidth(oneLine(p), CHART_FONT_SIZE) <= room)
      ? parts.map((p) => [oneLine(p)])
      : parts.map((p) =>
          p.flatMap((part) =>
            wrapText(part, room, CHART_FONT_SIZE, 3).map((l) => fitText(l, room, CHART_FONT_SIZE)),
          ),
        );
  const lineCount = Math.max(1, ...lines.map((l) => l.length));
  const labelHeight = beside ? 0 : lineCount * LINE + 2;
  const rowHeight = beside
    ? Math.max(MARK_ROOM + 4, lineCount * LINE + 6)
    : labelHeight + MARK_ROOM;
  const topAxis = rows.length >= TOP_AXIS_ROWS;
  const legend = legendLayout(
    legendQualifiers(rows.map((r) => r.claim.qualifier)),
    notes,
    width - 2,
  );
  const marginTop = Math.ceil(legend.height + (topAxis ? AXIS_HEIGHT : 12));
  const marginBottom = AXIS_HEIGHT + 6;
  const height = marginTop + marginBottom + Math.max(1, rows.length) * rowHeight;
  return {
    width,
    scale,
    rows,
    lines,
    beside,
    labelHeight,
    rowHeight,
    topAxis,
    legend,
    marginLeft,
    marginTop,
    marginBottom,
    height,
  };
}

/** The chart's height in pixels at these options, as `chartPlotOptions` lays it out. */
export function chartHeight(chart: ChartInput, options: ChartOptions = {}): number {
  return chartLayout(chart, options).height;
}

export function chartPlotOptions(chart: ChartInput, options: ChartOptions = {}): PlotOptions {
  const href = options.href ?? defaultClaimHref;
  const layout = chartLayout(chart, options);
  const { width, scale, rows, lines, beside, labelHeight, rowHeight, topAxis, legend } = layout;
  const { marginLeft, marginTop, marginBottom, height } = layout;
  const labels = new Map(rows.map((r, i) => [r.claim.id, lines[i]!.join('\n')]));

  const data: MarkDatum[] = rows.map((row) => ({ row, y: row.claim.id, href: href(row.claim) }));
  const label = `${capitalise(UNIT_NAMES[chart.unit])}${scale.type === 'log' ? ' (log scale)' : ''}`;
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  const axisTicks = ticksFor(scale, chart.unit, plotWidth);
  const tickFormat = numberFormat(chart.unit);
  const axis = { ticks: axisTicks, tickFormat, label, labelAnchor: 'right' as const };

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
    x: { type: scale.type, domain: scale.domain, nice: false },
    // The labels are the axis's, or text marks above the rows: no axis of claim ids.
    y: {
      type: 'band',
      domain: data.map((d) => d.y),
      padding: 0,
      ...(beside ? {} : { axis: null }),
    },
    marks: [
      Plot.gridX({ ticks: axisTicks, strokeOpacity: OPACITY.grid }),
      Plot.axisX({ ...axis, anchor: 'bottom', labelOffset: 32 }),
      topAxis ? Plot.axisX({ ...axis, anchor: 'top', label: null }) : null,
      beside
        ? Plot.axisY({
            tickSize: 0,
            tickPadding: 8,
            label: null,
            tickFormat: (id: string) => labels.get(id) ?? id,
            lineHeight: LINE / CHART_FONT_SIZE,
          })
        : Plot.text(data, {
            y: 'y',
            text: (d: MarkDatum) => labels.get(d.y) ?? d.y,
            frameAnchor: 'left',
            textAnchor: 'start',
            lineAnchor: 'bottom',
            lineHeight: LINE / CHART_FONT_SIZE,
            // From the row's centre to just above its marks, where its label ends.
            dy: labelHeight / 2 - MARK_ROOM / 2 - 1,
            ariaHidden: 'true',
            className: 'row-label',
          }),
      ...uncertaintyMarks(data, scale, { rowHeight, offset: labelHeight / 2 }),
      legendMark(legend),
    ],
  };
}

/**
 * The axis's ticks: as many as the numbers' widths leave room for, at round
 * values (d3-array), whole numbers only when the chart's figures are all
 * whole (a count has no half person); a log axis gets powers of ten.
 */
function ticksFor(scale: XScale, unit: Unit, plotWidth: number): number[] {
  if (scale.type === 'log') return logTicks(scale.domain);
  const [low, high] = scale.domain;
  const format = numberFormat(unit);
  const whole = scale.shown.every((c) => statedNumbers(c).every(Number.isInteger));
  const candidates = (count: number) => {
    const values = ticks(low, high, count);
    if (!whole) return values;
    const integers = values.filter(Number.isInteger);
    return integers.length >= 2 ? integers : [Math.ceil(low), Math.floor(high)];
  };
  // d3's count is a hint: ask for fewer until the numbers fit side by side,
  // and no more than one per TICK_SPACING pixels (a grid, not a ruler).
  for (let count = Math.max(2, Math.round(plotWidth / TICK_SPACING)); count > 2; count--) {
    const values = candidates(count);
    const widest = Math.max(...values.map((v) => textWidth(format(v), CHART_FONT_SIZE)));
    if (values.length * (widest + TICK_GAP) <= plotWidth) return values;
  }
  return candidates(2);
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

/** Axis numbers as every figure is written (format.ts): "1.6 million", "200,000", "$5", "25%". */
function numberFormat(unit: Unit): (n: number) => string {
  const { prefix = '' } = UNIT_LABELS[unit];
  const suffix = unit === 'percent' ? '%' : '';
  // The axis label names the other units ("Barrels per day").
  return (n) =>
    `${n < 0 ? '−' : ''}${UNIT_LABELS[unit].currency ? prefix : ''}${formatNumber(Math.abs(n))}${suffix}`;
}
