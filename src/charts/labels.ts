/**
 * The words of a chart: names of categories and units, who said a figure, row
 * labels, tooltips, source lines. Plain strings only: Plot and Svelte put them
 * in the document as text, never as markup.
 */
import type { Claim, Measure, Source } from '../model/claim';
import { reportedBy, sourceText, whoSaid } from '../model/attribution';
import { dateLine, datesSummary, formatDate, reportMoment } from '../model/dates';
import { figureNote, formatFigure, plural } from '../model/format';
import { capitalise } from '../model/labels';
import type { Unit } from '../model/schema';
import { UNIT_LABELS } from '../model/units';
import type { ChartRow } from './types';

export { reportedBy, sourceText, whoSaid };

/** Category names, shared with the dashboard. */
export { CATEGORY_LABELS as CATEGORY_NAMES } from '../model/labels';

/** Unit names for axes and titles ("US dollars", "gigabytes"), from the model's one table. */
export const UNIT_NAMES = Object.fromEntries(
  Object.entries(UNIT_LABELS).map(([unit, label]) => [unit, label.name]),
) as Record<Unit, string>;

// Advance widths in pixels at 10px of DejaVu Sans, the widest usual system-ui
// fallback (measured in Chromium): estimates from it keep labels inside their
// margin in every browser and in Node, where nothing can be measured.
const WIDTH_GROUPS: [number, string][] = [
  [2.7, "'"],
  [2.8, 'ijl'],
  [2.9, 'IJ'],
  [3.2, ' ,.‘’·'],
  [3.4, '/:;\\|f'],
  [3.6, '-'],
  [3.9, '()[]t'],
  [4, '!r'],
  [4.6, '"'],
  [5, '*_`–'],
  [5.2, 'sz“”'],
  [5.3, '?'],
  [5.5, 'c'],
  [5.6, 'L'],
  [5.8, 'Fk'],
  [5.9, 'vxy'],
  [6, 'PT'],
  [6.1, 'aoY'],
  [6.2, 'eé'],
  [6.3, 'bdghnpquES'],
  [6.4, '0123456789${}'],
  [6.6, 'K'],
  [6.8, 'V'],
  [6.9, 'BRXZ'],
  [7, 'C'],
  [7.1, 'A'],
  [7.3, 'U'],
  [7.5, 'HN'],
  [7.7, 'DG'],
  [7.8, '&'],
  [7.9, 'OQ'],
  [8.2, 'w'],
  [8.4, '#+<=>^~−≈'],
  [8.6, 'M'],
  [9.5, '%'],
  [9.7, 'm'],
  [9.9, 'W'],
  [10, '@—…'],
];
const WIDTHS = new Map(WIDTH_GROUPS.flatMap(([w, chars]) => Array.from(chars, (c) => [c, w])));

/** Estimated width of `text` in pixels at `fontSize` (system-ui); unknown characters count wide. */
export function textWidth(text: string, fontSize = 10): number {
  let width = 0;
  for (const c of text) width += WIDTHS.get(c) ?? (c.charCodeAt(0) > 0x2e80 ? 10 : 7);
  return (width * fontSize) / 10;
}

/** A text's width in pixels at a font size. */
export type TextMeasure = (text: string, fontSize: number) => number;

/**
 * Cuts `text` so that it fits in `width` pixels, ending in "…" when cut.
 * A longer start never measures narrower, so a binary search finds the
 * longest start that fits in log2(length) measurements: a 40,000-character
 * label costs 17, not 40,000.
 */
export function fitText(
  text: string,
  width: number,
  fontSize = 10,
  measure: TextMeasure = textWidth,
): string {
  if (measure(text, fontSize) <= width) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  // cut(chars.length) is wider than the text, which does not fit; cut(0) is "…", kept even when too wide.
  let fits = 0;
  let tooWide = chars.length;
  while (tooWide - fits > 1) {
    const middle = (fits + tooWide) >>> 1;
    if (measure(cut(middle), fontSize) <= width) fits = middle;
    else tooWide = middle;
  }
  return cut(fits);
}

/**
 * Lines of at most `width` pixels, breaking at spaces; a word wider than a
 * line has a line of its own. At most `max` lines: the last one kept is
 * cut with "…" when more text follows.
 */
export function wrapText(text: string, width: number, fontSize: number, max = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
      if (lines.length === max) {
        const rest = [line, ...words.slice(i + 1)].join(' ');
        lines[max - 1] = fitText(`${lines[max - 1]} ${rest}`, width, fontSize);
        return lines;
      }
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The second part of a row label: who said it and, when that is not the article, which one. */
function attribution(claim: Claim, source: Source | undefined): string {
  const who = whoSaid(claim, source);
  if (!source || who === `“${source.title}”`) return who;
  return `${who} · ${source.title}`;
}

export function chartRow(
  claim: Claim,
  source: Source | undefined,
  measure: Measure | undefined,
  kind: 'category' | 'measure',
  /** In an overview: how many reports the measure has and whether they agree ("3 reports conflict"). */
  reports = '',
): ChartRow {
  const figure = formatFigure(claim);
  const note = figureNote(claim);
  const who = whoSaid(claim, source);
  const cited = sourceText(source);
  const date = dateLine(claim, source, measure);
  const moment = reportMoment(claim, source);
  // A comparison chart is about one quantity: its rows differ by figure,
  // teller and date, and by article when one teller appears in two. A
  // overview sets measures side by side: say what each row counts first; the
  // article is in the tooltip and the table.
  const counted = measure?.title ?? claim.subject;
  const others = reports ? ` · one of ${reports}` : '';
  const label =
    kind === 'measure'
      ? `${figure}\n${moment ? `${formatDate(moment)} · ` : ''}${attribution(claim, source)}`
      : `${counted}\n${figure} · ${who}${others}`;
  const reported = reportedBy(claim, source);
  const stated = note ? `${figure} (${note})` : figure;
  const tooltip = `${stated}: ${claim.subject}\n“${claim.quote}”\n${reported}\n${capitalise(date)}`;
  const ariaLabel = `${stated}: ${claim.subject}; ${reported}; ${date}. Opens the sentence.`;
  return {
    claim,
    source,
    counted,
    figure,
    note,
    who,
    sourceText: cited,
    reportedBy: reported,
    date,
    label,
    tooltip,
    ariaLabel,
  };
}

/**
 * "Sources: Reuters, 3 articles. Publication dates not recorded. Figures as
 * reported." Articles without a publisher are named by title rather than
 * credited to anyone; the dates are those of the claims (dates.ts).
 */
export function sourceLine(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  measures: ReadonlyMap<string, Measure>,
): string {
  const byPublisher = new Map<string, Set<string>>();
  const unpublished = new Set<string>();
  for (const claim of claims) {
    const source = sources.get(claim.source_id);
    if (source?.publisher) {
      const ids = byPublisher.get(source.publisher) ?? new Set<string>();
      ids.add(source.id);
      byPublisher.set(source.publisher, ids);
    } else {
      unpublished.add(source ? `“${source.title}” (no publisher named)` : 'an unknown source');
    }
  }
  const parts = [...byPublisher]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([publisher, ids]) => `${publisher}, ${plural(ids.size, 'article')}`);
  for (const title of [...unpublished].sort()) parts.push(title);
  const articles = new Set(claims.map((c) => c.source_id)).size;
  const dates = capitalise(datesSummary(claims, sources, measures));
  return `${articles === 1 ? 'Source' : 'Sources'}: ${parts.join('; ')}. ${dates}. Figures as reported.`;
}
