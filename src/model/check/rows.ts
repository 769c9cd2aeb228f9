/**
 * Stage 3 of the check: the rules of each row that go beyond its cells but
 * need no source text. A source is valid when one of its rows is; a measure
 * must be a real period; a claim needs the numbers its qualifier asks for, a
 * valid measure of its unit and category, a real `as_of` and a source that
 * the check accepts. Measures no claim cites are reported.
 */
import type { Claim, Source } from '../claim';
import type { Problem } from '../problem';
import { citable, claimRules, reporter } from './claim-row';
import type { SourceState } from './claim-row';
import { measureRules } from './measures';
import type { MeasureRules } from './measures';
import type { Tables } from './read-tables';
import { claimOf, sourceOf } from './records';
import type { SourceTexts } from './source-texts';
import type { TableRow } from './table';

/** A row of claims.csv, read and held to its rules. */
export interface ClaimCheck {
  row: TableRow;
  claim: Claim;
  /** What is known of the source the claim names. */
  source: SourceState;
  /** Whether the claim's citation is to be looked up (its source_id is a well-formed id). */
  citable: boolean;
  /** Its problems beyond its cells (those are `row.problems`). */
  problems: Problem[];
}

export interface CheckedRows {
  /** The valid sources, in file order. */
  sources: Source[];
  measures: MeasureRules;
  claims: ClaimCheck[];
  /** The problems of measures.csv's rows beyond their cells, and of the measures no claim cites. */
  problems: Problem[];
}

/**
 * `clean`: claims.csv and sources.csv are files an earlier check accepted
 * whole (CheckOptions.clean): of each claim's rules, only those against
 * measures.csv, which that check did not vouch for, are held again.
 */
export function checkRows(
  tables: Tables,
  texts: Pick<SourceTexts, 'unreadable'>,
  options: { clean?: boolean } = {},
): CheckedRows {
  const { sources, states } = sourceStates(tables.sources.rows, texts.unreadable);
  const problems: Problem[] = [];
  const measures = measureRules(tables.measures.file, tables.measures.rows, problems);
  const context = { measures, sourcesFile: tables.sources.file };
  const claims = tables.claims.rows.map((row): ClaimCheck => {
    const claim = claimOf(row.record);
    const known = states.get(claim.source_id);
    // The keys claims are grouped and looked up by become the very strings of
    // the rows they name: one string per value, which a Map matches at once
    // (strings cut from a CSV file are separate objects, compared character
    // by character). Grouping 100,000 claims by measure runs four times faster.
    if (known) claim.source_id = known.id;
    claim.measure = measures.key(claim.measure) ?? claim.measure;
    const source = known?.state ?? UNKNOWN;
    const found: Problem[] = [];
    const report = reporter(tables.claims.file, row, found);
    if (options.clean) measures.checkClaim(claim, row.invalid, report);
    else claimRules(claim, row.invalid, source, context, report);
    return { row, claim, source, citable: citable(claim, row.invalid), problems: found };
  });
  // Which measures no claim cites, when the claims could be read at all: a
  // claims.csv that is missing, refused or without a measure column cites none,
  // and its own problem says so. One by one: a spread of many thousands of
  // problems overflows the stack.
  if (claims.some((c) => c.claim.measure !== '')) {
    for (const p of measures.uncited()) problems.push(p);
  }
  return { sources, measures, claims, problems };
}

const UNKNOWN: SourceState = { kind: 'unknown' };

/**
 * The valid sources, and what a claim naming each id of sources.csv finds:
 * a text that cannot be read, a source that no valid row gives, or one it
 * may cite. A source with one valid row is valid: its other rows are
 * duplicates.
 */
function sourceStates(
  rows: readonly TableRow[],
  unreadableAt: readonly (Problem['code'] | undefined)[],
): { sources: Source[]; states: Map<string, { id: string; state: SourceState }> } {
  const sources: Source[] = [];
  const ids = new Map<string, string>();
  const unreadable = new Map<string, Problem['code']>();
  const rejected = new Map<string, Problem>();
  rows.forEach((row, i) => {
    const source = sourceOf(row.record);
    const { id } = source;
    if (id !== '' && !ids.has(id)) ids.set(id, id);
    const code = unreadableAt[i];
    if (code) unreadable.set(id, code);
    else if (!row.rejected) sources.push(source);
    else if (!rejected.has(id)) rejected.set(id, row.problems[0]!);
  });
  for (const source of sources) rejected.delete(source.id);
  const states = new Map<string, { id: string; state: SourceState }>();
  for (const id of ids.values()) {
    const code = unreadable.get(id);
    const problem = rejected.get(id);
    const state: SourceState = code
      ? { kind: 'unreadable', code }
      : problem
        ? { kind: 'rejected', problem }
        : USABLE;
    states.set(id, { id, state });
  }
  return { sources, states };
}

const USABLE: SourceState = { kind: 'usable' };
