/**
 * The typed values of a table's row: each field read from the row's cells
 * one by one, as its type says, so a column added to the model and not read
 * here fails to compile instead of passing through a cast. A rejected row is
 * normalised too (its rules are still checked), so a cell that failed its
 * type reads as empty and one outside its list keeps its text (see `member`);
 * such a row never reaches a reader.
 */
import type { Claim, Measure, Source } from '../claim';
import { CATEGORIES, QUALIFIERS, UNITS } from '../schema';
import type { Category, Qualifier, Unit } from '../schema';
import type { Cell } from './table';

/** Why a candidate was set aside: see the `kind` field of skipped.csv. */
export const SKIP_KINDS = ['not_a_claim', 'not_a_quantity'] as const;
export type SkipKind = (typeof SKIP_KINDS)[number];

export function claimOf(r: Readonly<Record<string, Cell>>): Claim {
  // The schema's field order: every claim shares one hidden class, and writes back as read.
  return {
    id: text(r.id),
    category: member(CATEGORY, r.category),
    subject: text(r.subject),
    measure: text(r.measure),
    value: number(r.value),
    low: number(r.low),
    high: number(r.high),
    qualifier: member(QUALIFIER, r.qualifier),
    unit: member(UNIT, r.unit),
    place: text(r.place),
    as_of: text(r.as_of),
    source_id: text(r.source_id),
    quote: text(r.quote),
    mention: text(r.mention),
    attributed_to: text(r.attributed_to),
    note: text(r.note),
  };
}

export function sourceOf(r: Readonly<Record<string, Cell>>): Source {
  return {
    id: text(r.id),
    title: text(r.title),
    publisher: text(r.publisher),
    dateline: text(r.dateline),
    published: text(r.published),
    url: text(r.url),
    credits: text(r.credits),
  };
}

export function measureOf(r: Readonly<Record<string, Cell>>): Measure {
  return {
    id: text(r.id),
    title: text(r.title),
    category: member(CATEGORY, r.category),
    unit: member(UNIT, r.unit),
    place: text(r.place),
    period: text(r.period),
    definition: text(r.definition),
    featured: number(r.featured),
    kind: text(r.kind),
  };
}

/** A row of skipped.csv: the candidate's key and why it was set aside. */
export interface Skip {
  candidate: string;
  kind: SkipKind;
  reason: string;
}

export function skipOf(r: Readonly<Record<string, Cell>>): Skip {
  return { candidate: text(r.candidate), kind: member(SKIP_KIND, r.kind), reason: text(r.reason) };
}

const CATEGORY: ReadonlySet<Category> = new Set(CATEGORIES);
const QUALIFIER: ReadonlySet<Qualifier> = new Set(QUALIFIERS);
const UNIT: ReadonlySet<Unit> = new Set(UNITS);
const SKIP_KIND: ReadonlySet<SkipKind> = new Set(SKIP_KINDS);

function text(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell === undefined ? '' : String(cell);
}

function number(cell: Cell): number | undefined {
  return typeof cell === 'number' ? cell : undefined;
}

/**
 * A cell of a listed field as the list's type: the one place a cell becomes
 * one. The table reader has already reported a value outside the list, and
 * rejected its row; the row's other rules skip that field (`row.invalid`),
 * so the value it keeps here is never read as a member.
 */
function member<T extends string>(list: ReadonlySet<T>, cell: Cell): T {
  const value = text(cell);
  return isMember(list, value) ? value : (value as T);
}

function isMember<T extends string>(list: ReadonlySet<T>, value: string): value is T {
  return (list as ReadonlySet<string>).has(value);
}
