/**
 * The fields a curator may change before accepting; the rest come from the
 * candidate. A module of its own so the command line can list them as options
 * without loading the workspace.
 */
export const EDITABLE = [
  'category',
  'subject',
  'measure',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'place',
  'as_of',
  'attributed_to',
  'note',
  // Of a new measure (measure "new"), written to measures.csv with the claim.
  'measure_title',
  'measure_definition',
  'measure_place',
  'measure_period',
] as const;
export type Edits = Partial<Record<(typeof EDITABLE)[number], string>>;
