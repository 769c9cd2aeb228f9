/**
 * The number grammar: finds quantity mentions in English news text. Pure
 * functions over strings, shared by the CLI and the dashboard.
 */
export { parseMention, scanQuantities } from './scan';
export type { ExclusionReason, Figure, QuantityMatch, ScanOptions } from './types';
export { VAGUE_RANGES, vagueRange } from './vague';
export type { VagueWording } from './vague';
