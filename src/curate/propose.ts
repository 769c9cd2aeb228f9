/**
 * A candidate made into the claim a curator would accept with one key: every
 * column of claims.csv filled from the extractor's proposal, the measure the
 * most similar existing one (or a new row of measures.csv named after the
 * subject), and an id that is free.
 */
import type { Candidate } from '../extract/candidates';
import { candidateKey } from '../model/candidate-key';
import { plainNumber } from '../model/csv/write';
import type { Claim, Measure } from '../model/claim';
import { capitalise } from '../model/labels';
import { slugify } from '../corpus/split-articles';
import type { MeasureIndex, MeasureSuggestion } from './measures';

/** A claim as the curator edits it: every column of claims.csv, as text. */
export type ClaimDraft = Record<keyof Claim, string>;

/** A new row of measures.csv, as text. */
export type MeasureDraft = Record<keyof Measure, string>;

/**
 * What the measure field holds to ask for a new measure: accepting writes a
 * row of measures.csv with the claim (a measure of this id cannot be chosen
 * by typing it).
 */
export const NEW_MEASURE = 'new';

/** What the curator may say of a new measure; the rest comes from the claim. */
export interface MeasureEdits {
  title?: string;
  definition?: string;
  place?: string;
  period?: string;
}

export interface Proposal {
  /** The candidate's key, `source/s12/mention`. */
  key: string;
  /** The proposed claim; `id` is given when it is saved. */
  draft: ClaimDraft;
  /** The existing measures most like it, best first. */
  measures: MeasureSuggestion[];
}

const PEOPLE = new Set(['casualties', 'besieged_population', 'troops']);

/** Below this similarity the best existing measure is a guess, and a new measure is proposed. */
export const SAME_MEASURE = 0.35;

export function proposeClaim(candidate: Candidate, measures: MeasureIndex): Proposal {
  // The grammar names no unit for a bare count ("89", "up to 1,200"): in
  // these categories what is counted is people.
  const unit = candidate.unit ?? (PEOPLE.has(candidate.category) ? 'people' : 'items');
  const suggestions = measures.suggest({
    subject: candidate.subject,
    context: candidate.sentence,
    unit,
    category: candidate.category,
  });
  const number = (n: number | undefined) => (n === undefined ? '' : plainNumber(n));
  const draft: ClaimDraft = {
    id: '',
    category: candidate.category,
    subject: capitalise(candidate.subject),
    measure: chooseMeasure(suggestions),
    value: number(candidate.value),
    low: number(candidate.low),
    high: number(candidate.high),
    qualifier: candidate.qualifier,
    unit,
    place: '',
    as_of: '',
    source_id: candidate.source_id ?? '',
    quote: candidate.sentence,
    mention: candidate.mention,
    attributed_to: candidate.attributed_to,
    note: '',
  };
  return { key: candidateKey(candidate), draft, measures: suggestions };
}

/** The most similar existing measure when it is similar enough, else a new one. */
export function chooseMeasure(suggestions: readonly MeasureSuggestion[]): string {
  const best = suggestions[0];
  return best && best.score >= SAME_MEASURE ? best.id : NEW_MEASURE;
}

/**
 * The row of measures.csv a new measure of the claim would be: what it
 * counts as the curator titles it (by default the claim's subject), the
 * claim's category, unit and place, a definition (by default the title: the
 * curator says more of what counts, the proposal cannot), the period only as
 * given, and a free id from the title.
 */
export function newMeasureRow(
  draft: ClaimDraft,
  edits: MeasureEdits,
  taken: (id: string) => boolean,
): MeasureDraft {
  const title = edits.title?.trim() || capitalise(draft.subject.trim() || draft.mention);
  const base = measureId(title) || 'measure';
  let id = base;
  for (let n = 2; taken(id) || id === NEW_MEASURE; n++) id = `${base}-${n}`;
  return {
    id,
    title,
    category: draft.category,
    unit: draft.unit,
    place: edits.place?.trim() ?? draft.place,
    period: edits.period?.trim() ?? '',
    definition: edits.definition?.trim() || (/[.!?]$/.test(title) ? title : `${title}.`),
    // No kind: a new measure is charted with no other until a curator says
    // which measures it compares with like (measures.csv's `kind`).
    kind: '',
    featured: '',
  };
}

/**
 * The draft with the curator's edits. When what the claim counts changed
 * (subject, unit or category) and the measure was not chosen by hand, the
 * measure is chosen again for the edited claim.
 */
export function applyEdits(
  proposal: Proposal,
  edits: Partial<ClaimDraft>,
  measures: MeasureIndex,
): ClaimDraft {
  const draft: ClaimDraft = { ...proposal.draft, ...edits };
  const recount = ['subject', 'unit', 'category'].some((f) => f in edits);
  if (recount && !('measure' in edits)) {
    draft.measure = chooseMeasure(measures.suggest({ ...draft, context: draft.quote }));
  }
  return draft;
}

/** A measure id from what it counts: a readable slug of at most 60 characters. */
export function measureId(subject: string): string {
  return slugify(subject, 60);
}

/** The first free id of the form `<measure>-<n>`, as the shipped claims are named. */
export function newClaimId(measure: string, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) {
    const id = `${measure}-${n}`;
    if (!taken(id)) return id;
  }
}
