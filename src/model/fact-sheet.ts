/**
 * The fact sheet's structure, derived once from the claims shown: a line of
 * scope, the key figures (the featured measures), then per category its
 * measures, each once, with the report it leads with and how many reports it
 * has, and the overviews that set measures of one unit and one kind side by
 * side. Pure: the dashboard and the build's prerender derive the same sheet.
 */
import type { Claim, Measure, Source } from './claim';
import { datesWords, figurePeriod, reportMoment } from './dates';
import { figureNote, formatFigure, formatInterval, formatNumber, plural } from './format';
import { inTimeOrder, statesOneFigure } from './measures';
import type { MeasureReports } from './measures';
import { CATEGORIES } from './schema';
import type { Category, Unit } from './schema';
import { statedNumbers } from './claim';

/** One measure as the fact sheet shows it. */
export interface MeasureEntry {
  id: string;
  measure: Measure | undefined;
  category: Category;
  unit: Unit;
  /** The measure's kind ('' when none is given): see `overviewGroups`. */
  kind: string;
  /**
   * The reports shown (those the filters match), in time order. A search's
   * sheet (`sheetOfMatches`) gathers them when first read: the sheet itself
   * needs only how many there are (`count`).
   */
  readonly shown: Claim[];
  /** How many reports are shown: `shown.length`. */
  count: number;
  /** The report it leads with: the latest dated one shown, else the first shown. */
  headline: Claim;
  /** Every report of the measure, shown or not, and whether they agree. */
  reports: MeasureReports | undefined;
}

export interface FactSheetSection {
  category: Category;
  entries: MeasureEntry[];
  /** How many reports the section's measures have among the claims shown. */
  reports: number;
}

export interface FactSheetModel {
  /** The featured measures that have reports shown, by rank. */
  key: MeasureEntry[];
  /** Categories in the schema's order; "other" comes last in it. */
  sections: FactSheetSection[];
}

/** The report a measure leads with: the latest dated, else the first given. */
export function headlineReport(
  ordered: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
): Claim | undefined {
  return ordered[headlineAt(ordered.length, (k) => isDated(ordered[k], sources))];
}

/**
 * Where the report a measure leads with is among `n` in time order, given
 * whether the one at each place is dated: the latest dated, else the first
 * (0, also for none). In time order the dated come first: the latest dated
 * is the last of that run, found in a few looks (a keystroke asks this of
 * every measure).
 */
function headlineAt(n: number, datedAt: (k: number) => boolean): number {
  if (n === 0 || !datedAt(0)) return 0;
  if (datedAt(n - 1)) return n - 1;
  // low is dated, high is not.
  let low = 0;
  let high = n - 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (datedAt(middle)) low = middle;
    else high = middle;
  }
  return low;
}

function isDated(claim: Claim | undefined, sources: ReadonlyMap<string, Source>): boolean {
  return claim !== undefined && reportMoment(claim, sources.get(claim.source_id)) !== '';
}

/**
 * The fact sheet of the claims shown, grouped by measure (`shownByMeasure`,
 * which the app has already), with `reports`, every measure's reports among
 * all claims (also the app's).
 */
export function factSheet(
  shownByMeasure: ReadonlyMap<string, Claim[]>,
  reports: ReadonlyMap<string, MeasureReports>,
  measures: ReadonlyMap<string, Measure>,
  sources: ReadonlyMap<string, Source>,
): FactSheetModel {
  const entries: MeasureEntry[] = [];
  for (const [id, group] of shownByMeasure) {
    const all = reports.get(id);
    // The reports shown, in time order. When the first of all the reports is
    // undated none is, and time order is the order given, the group's own.
    let shown = group;
    if (all && all.claims.length === group.length) shown = all.claims;
    else if (all && isDated(all.claims[0], sources)) shown = inTimeOrder(group, sources);
    const entry = measureEntry(id, shown, all, measures, sources);
    if (entry) entries.push(entry);
  }
  return arrange(entries);
}

/**
 * What the fact sheet of any search needs from the claims, worked out once
 * per claim set: each claim's measure and whether it is dated, each
 * measure's reports by position in time order, and which measures' reports
 * state them differently. A keystroke then costs a pass over the positions
 * matched and over the measures, not a grouping and a sort of up to 100,000
 * claims.
 */
export interface SheetIndex {
  claims: readonly Claim[];
  /** Measure ids, in order of their first claim. */
  ids: string[];
  /** Each claim's measure, as a place in `ids`. */
  measureAt: Int32Array;
  /** Whether each claim is dated (1) or not (0), as `headlineReport` asks. */
  dated: Uint8Array;
  /** Each claim's place among its measure's `positions`. */
  rankAt: Int32Array;
  /** Each measure's reports among all claims (`measureReports`), by place in `ids`. */
  reports: (MeasureReports | undefined)[];
  /** The positions in `claims` of each measure's reports, in their time order. */
  positions: Int32Array[];
  /** Whether each measure's reports state it in more than one way (worth comparing). */
  compared: boolean[];
  /**
   * The entry of each measure whose reports a search all shows, once made:
   * the same whatever else the search matches, and the same object on the
   * next keystroke, so its card and tile are not drawn again. A memo, the
   * index's one mutable part; of the measures and sources it was made with.
   */
  wholeEntries: Map<number, MeasureEntry | undefined>;
  wholeEntriesOf?: {
    measures: ReadonlyMap<string, Measure>;
    sources: ReadonlyMap<string, Source>;
  };
}

export function indexSheet(
  claims: readonly Claim[],
  reports: ReadonlyMap<string, MeasureReports>,
  sources: ReadonlyMap<string, Source>,
): SheetIndex {
  const place = new Map<string, number>();
  const ids: string[] = [];
  const measureAt = new Int32Array(claims.length);
  const dated = new Uint8Array(claims.length);
  const positionOf = new Map<Claim, number>();
  // Each measure's positions in the order given: its time order when it has no reports.
  const given: number[][] = [];
  claims.forEach((claim, i) => {
    let m = place.get(claim.measure);
    if (m === undefined) {
      m = ids.length;
      place.set(claim.measure, m);
      ids.push(claim.measure);
      given.push([]);
    }
    measureAt[i] = m;
    dated[i] = isDated(claim, sources) ? 1 : 0;
    positionOf.set(claim, i);
    given[m]!.push(i);
  });
  const all = ids.map((id) => reports.get(id));
  const positions = all.map((r, m) =>
    Int32Array.from(r ? r.claims.map((c) => positionOf.get(c)!) : given[m]!),
  );
  const rankAt = new Int32Array(claims.length);
  for (const own of positions) own.forEach((i, rank) => (rankAt[i] = rank));
  const compared = positions.map((p) => !statesOneFigure(Array.from(p, (i) => claims[i]!)));
  return {
    claims,
    ids,
    measureAt,
    dated,
    rankAt,
    reports: all,
    positions,
    compared,
    wholeEntries: new Map(),
  };
}

/**
 * The fact sheet of the claims at `matched` (ascending positions in the
 * index's claims), the same as `factSheet` of them grouped by measure, and
 * the measures shown whose reports are worth comparing, in order of first
 * match. The rule a card and a chart both follow: a measure is shown when
 * any of its reports matches, and then compared with all its reports, so
 * that agreement is never worked out on a part of them that could hide a
 * conflict; the matching ones are counted (`matchNote`).
 *
 * Of a measure only partly shown it finds the report it leads with in the
 * same pass over the positions matched that counts them, and gathers the
 * reports shown only when an entry's `shown` is read: a keystroke lists a
 * few dozen of the thousands of measures a search can match, and gathering
 * the reports of all of them was most of its cost.
 */
export function sheetOfMatches(
  index: SheetIndex,
  matched: Int32Array,
  measures: ReadonlyMap<string, Measure>,
  sources: ReadonlyMap<string, Source>,
): { sheet: FactSheetModel; compared: Map<string, Claim[]> } {
  const { claims, ids, measureAt, dated, rankAt, reports, positions } = index;
  const counts = new Int32Array(ids.length);
  // Of each measure, the places in its time order of its first report
  // matched and of its latest dated one matched (-1: none).
  const first = new Int32Array(ids.length);
  const latestDated = new Int32Array(ids.length).fill(-1);
  const order: number[] = [];
  // Indexed loops: this runs once a keystroke, mostly before the engine has
  // optimised it, and an iterator over a typed array costs several times more there.
  for (let k = 0; k < matched.length; k++) {
    const i = matched[k]!;
    const m = measureAt[i]!;
    const rank = rankAt[i]!;
    const before = counts[m]!;
    counts[m] = before + 1;
    if (before === 0) {
      order.push(m);
      first[m] = rank;
    } else if (rank < first[m]!) first[m] = rank;
    if (dated[i] === 1 && rank > latestDated[m]!) latestDated[m] = rank;
  }
  // Which positions match: for the reports shown of a measure only partly
  // shown, when they are read, and for a measure without reports.
  let mask: Uint8Array | undefined;
  const isMatched = (): Uint8Array => {
    if (!mask) {
      mask = new Uint8Array(claims.length);
      for (let k = 0; k < matched.length; k++) mask[matched[k]!] = 1;
    }
    return mask;
  };
  const entries: MeasureEntry[] = [];
  const compared = new Map<string, Claim[]>();
  const made = index.wholeEntriesOf;
  if (made?.measures !== measures || made.sources !== sources) {
    index.wholeEntries.clear();
    index.wholeEntriesOf = { measures, sources };
  }
  for (const m of order) {
    const all = reports[m];
    const own = positions[m]!;
    const count = counts[m]!;
    if (all && count === own.length) {
      // All its reports shown: they are in time order already.
      let entry = index.wholeEntries.get(m);
      if (!index.wholeEntries.has(m)) {
        entry = measureEntry(ids[m]!, all.claims, all, measures, sources);
        index.wholeEntries.set(m, entry);
      }
      if (entry) entries.push(entry);
      continue;
    }
    // Else those matched, in the same order (the positions are in time
    // order). There the dated come first, so the report it leads with
    // (`headlineReport`) is the latest dated one matched, else the first.
    let headline: Claim;
    if (all) headline = claims[own[latestDated[m]! >= 0 ? latestDated[m]! : first[m]!]!]!;
    else {
      // No reports (claims not checked against measures): the order given, as `headlineReport` reads it.
      const shown = Array.from(own).filter((i) => isMatched()[i] === 1);
      headline = claims[shown[headlineAt(shown.length, (k) => dated[shown[k]!] === 1)]!]!;
    }
    const measure = measures.get(ids[m]!);
    entries.push(new PartlyShown(ids[m]!, measure, headline, count, all, own, isMatched, claims));
  }
  for (const m of order) {
    if (!index.compared[m]) continue;
    const all = reports[m];
    compared.set(ids[m]!, all ? all.claims : Array.from(positions[m]!, (i) => claims[i]!));
  }
  return { sheet: arrange(entries), compared };
}

function measureEntry(
  id: string,
  shown: Claim[],
  all: MeasureReports | undefined,
  measures: ReadonlyMap<string, Measure>,
  sources: ReadonlyMap<string, Source>,
): MeasureEntry | undefined {
  const headline = headlineReport(shown, sources);
  if (!headline) return undefined;
  const measure = measures.get(id);
  return {
    id,
    measure,
    category: headline.category,
    unit: headline.unit,
    kind: measure?.kind ?? '',
    shown,
    count: shown.length,
    headline,
    reports: all,
  };
}

/**
 * A measure only partly shown by a search: its reports shown are gathered
 * from the positions matched when first read.
 */
class PartlyShown implements MeasureEntry {
  readonly category: Category;
  readonly unit: Unit;
  readonly kind: string;
  #shown: Claim[] | undefined;

  constructor(
    readonly id: string,
    readonly measure: Measure | undefined,
    readonly headline: Claim,
    readonly count: number,
    readonly reports: MeasureReports | undefined,
    /** Its positions in time order, those matched marked in `matched()`, of `claims`. */
    private readonly own: Int32Array,
    private readonly matched: () => Uint8Array,
    private readonly claims: readonly Claim[],
  ) {
    this.category = headline.category;
    this.unit = headline.unit;
    this.kind = measure?.kind ?? '';
  }

  get shown(): Claim[] {
    if (!this.#shown) {
      const matched = this.matched();
      this.#shown = [];
      for (const i of this.own) if (matched[i] === 1) this.#shown.push(this.claims[i]!);
    }
    return this.#shown;
  }
}

/** Entries into the sheet: key figures by rank, sections in the schema's order. */
function arrange(entries: readonly MeasureEntry[]): FactSheetModel {
  const byCategory = new Map<Category, FactSheetSection>();
  const key: MeasureEntry[] = [];
  for (const entry of entries) {
    let section = byCategory.get(entry.category);
    if (!section) {
      section = { category: entry.category, entries: [], reports: 0 };
      byCategory.set(entry.category, section);
    }
    section.entries.push(entry);
    section.reports += entry.count;
    if (entry.measure?.featured !== undefined) key.push(entry);
  }
  key.sort((a, b) => a.measure!.featured! - b.measure!.featured!);
  const sections = CATEGORIES.flatMap((category) => {
    const section = byCategory.get(category);
    if (!section) return [];
    // Stable: the most reported first, ties in order of appearance.
    section.entries.sort((a, b) => b.count - a.count);
    return [section];
  });
  return { key, sections };
}

/**
 * What the scope line of any search needs, worked out once per claim set:
 * each claim's article and the period its figure refers to, as numbers. A
 * keystroke then counts the distinct articles, outlets and periods of the
 * positions it matched with typed arrays, not with string sets over up to
 * 100,000 claims.
 */
export interface ScopeIndex {
  /** Each claim's article, as a place in `articles`. */
  articleAt: Int32Array;
  /** Each article's outlet and publication date ('' when not recorded). */
  articles: { publisher: string; published: string }[];
  /** Each claim's period (`figurePeriod`), as a place in `periods`; -1 for none. */
  periodAt: Int32Array;
  periods: string[];
}

export function indexScope(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  measures: ReadonlyMap<string, Measure>,
): ScopeIndex {
  const articleOf = new Map<string, number>();
  const periodOf = new Map<string, number>();
  const index: ScopeIndex = {
    articleAt: new Int32Array(claims.length),
    articles: [],
    periodAt: new Int32Array(claims.length),
    periods: [],
  };
  claims.forEach((claim, i) => {
    let article = articleOf.get(claim.source_id);
    if (article === undefined) {
      article = index.articles.length;
      articleOf.set(claim.source_id, article);
      const source = sources.get(claim.source_id);
      index.articles.push({
        publisher: source?.publisher ?? '',
        published: source?.published ?? '',
      });
    }
    index.articleAt[i] = article;
    const period = figurePeriod(claim, measures.get(claim.measure));
    let at = -1;
    if (period) {
      at = periodOf.get(period) ?? index.periods.length;
      if (at === index.periods.length) {
        periodOf.set(period, at);
        index.periods.push(period);
      }
    }
    index.periodAt[i] = at;
  });
  return index;
}

/**
 * "63 figures from 10 articles by 1 outlet (Reuters); publication dates not
 * recorded": what the sheet covers, computed from the claims it shows, those
 * at `positions` of the index's claims (all of them by default).
 */
export function scopeOf(index: ScopeIndex, positions?: Int32Array): string {
  const figures = positions?.length ?? index.articleAt.length;
  const seenArticle = new Uint8Array(index.articles.length);
  const seenPeriod = new Uint8Array(index.periods.length);
  const outlets = new Set<string>();
  const published = new Set<string>();
  const periods: string[] = [];
  let articles = 0;
  let unnamed = 0;
  let undated = 0;
  let dated = 0;
  for (let k = 0; k < figures; k++) {
    const i = positions ? positions[k]! : k;
    const a = index.articleAt[i]!;
    if (seenArticle[a] === 0) {
      seenArticle[a] = 1;
      articles++;
      const article = index.articles[a]!;
      if (article.publisher) outlets.add(article.publisher);
      else unnamed++;
      if (article.published) published.add(article.published);
      else undated++;
    }
    const p = index.periodAt[i]!;
    if (p >= 0) {
      dated++;
      if (seenPeriod[p] === 0) {
        seenPeriod[p] = 1;
        periods.push(index.periods[p]!);
      }
    }
  }
  // Named only when there are a few: sorting thousands of names in the
  // reader's locale on each keystroke is a visible wait.
  const names =
    outlets.size <= 3 ? ` (${[...outlets].sort((a, b) => a.localeCompare(b)).join(', ')})` : '';
  const by = outlets.size === 0 ? '' : ` by ${plural(outlets.size, 'outlet')}${names}`;
  const noOutlet =
    unnamed > 0 && outlets.size > 0 ? `, ${formatNumber(unnamed)} with no outlet named` : '';
  const dates =
    figures > 0
      ? `; ${datesWords({ published: [...published], articles, undated, periods, figures, dated })}`
      : '';
  return `${plural(figures, 'figure')} from ${plural(articles, 'article')}${by}${noOutlet}${dates}.`;
}

/** `scopeOf` these claims. */
export function scopeLine(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  measures: ReadonlyMap<string, Measure>,
): string {
  return scopeOf(indexScope(claims, sources, measures));
}

/** Measures of one category, unit and kind: an overview chart sets them side by side. */
export interface OverviewGroup {
  category: Category;
  unit: Unit;
  kind: string;
  /** How many measures of the group are shown. */
  count: number;
  /** At most `limit` of them, those with the largest figures first. */
  entries: MeasureEntry[];
}

/**
 * A category lists this many measures at first, the most reported first, and
 * this many more each time the reader asks: a fact sheet is read, not
 * scrolled through thousands of tiles (the claims table lists every claim),
 * and a page of a few dozen tiles stays quick to update on each keystroke.
 */
export const MEASURES_LISTED = 24;

/**
 * Whether a sheet is long: it lists more than 120 measures before any "Show
 * more". The dashboard then draws a category only as the reader comes near
 * it: at 100,000 claims a keystroke in search would otherwise rebuild and lay
 * out a dozen screens that no one is looking at. A shorter sheet is drawn
 * whole, so the browser's find in page finds every figure on it.
 */
export function isLongSheet(sheet: FactSheetModel): boolean {
  let listed = 0;
  for (const section of sheet.sections) listed += Math.min(section.entries.length, MEASURES_LISTED);
  return listed > 120;
}

/**
 * An overview chart shows at most this many rows, the largest figures: a
 * ranking read at a glance fits a laptop screen (with its title and legend,
 * 20 rows are about 900 px tall at 1280×900; 40 were 1,600), and a
 * keystroke in search redraws it in half the time. The measures not
 * charted are listed as tiles, and every claim is in the table.
 */
export const MAX_OVERVIEW_ROWS = 20;
/**
 * An overview needs at least this many measures: two figures read as well
 * side by side as cards, and a chart of them costs a reader a screen.
 */
export const MIN_OVERVIEW_MEASURES = 3;

/**
 * The overviews of the sheet: per category, the measures that share a unit
 * and a kind, when there are at least MIN_OVERVIEW_MEASURES of them (a
 * single figure is a card, never a chart). Measures without a kind are never grouped: nothing says
 * their figures compare like with like. Each measure is one row, drawn by
 * the report it leads with.
 */
export function overviewGroups(
  sections: readonly FactSheetSection[],
  limit = MAX_OVERVIEW_ROWS,
): OverviewGroup[] {
  const groups: OverviewGroup[] = [];
  for (const section of sections) {
    const byKey = new Map<string, MeasureEntry[]>();
    for (const entry of section.entries) {
      if (!entry.kind) continue;
      const key = `${entry.unit}\u0000${entry.kind}`;
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
    for (const entries of byKey.values()) {
      if (entries.length < MIN_OVERVIEW_MEASURES) continue;
      const first = entries[0]!;
      const largest = new Map(entries.map((e) => [e, Math.max(...statedNumbers(e.headline))]));
      const kept = [...entries].sort((a, b) => largest.get(b)! - largest.get(a)!).slice(0, limit);
      groups.push({
        category: section.category,
        unit: first.unit,
        kind: first.kind,
        count: entries.length,
        entries: kept,
      });
    }
  }
  return groups;
}

/**
 * A measure's figure on the sheet: the range all its reports allow when
 * they agree and state it in more than one way ("89" for "89" and "at least
 * 89"), else the figure of the report it leads with, in the reporter's
 * words, with a vague amount's conventional reading as a note. A range read
 * from a vague amount by convention is never given as the figure.
 */
export function measureFigure(entry: MeasureEntry): { figure: string; note: string } {
  const agreement = entry.reports?.agreement;
  const claims = entry.reports?.claims ?? entry.shown;
  if (
    agreement?.status === 'agree' &&
    agreement.allowed &&
    !agreement.byConvention &&
    !statesOneFigure(claims)
  ) {
    return { figure: formatInterval(agreement.allowed, entry.unit), note: '' };
  }
  return { figure: formatFigure(entry.headline), note: figureNote(entry.headline) };
}

/** "1 report", "3 reports agree", "4 reports conflict", and how many are shown when not all. */
export function reportsLine(entry: MeasureEntry): string {
  const total = entry.reports?.claims.length ?? entry.count;
  const status = entry.reports?.agreement.status ?? 'single';
  const reports = `${total} ${total === 1 ? 'report' : 'reports'}`;
  const words =
    status === 'agree'
      ? `${reports} agree`
      : status === 'conflict'
        ? `${reports} conflict`
        : status === 'different_dates'
          ? `${reports} from different dates`
          : reports;
  return entry.count < total ? `${words} (${entry.count} shown)` : words;
}
