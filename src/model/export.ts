/**
 * The data as files for people: the columns of claims/claims.csv and
 * claims/sources.csv, a header row, RFC 4180, UTF-8 with a byte-order mark (so
 * spreadsheets read curly quotes right), and spreadsheet formulas neutralised
 * in every text cell.
 */
import type { Claim, Source } from './claim';
import { writeCsv } from './csv/write';
import { CLAIM_COLUMNS, SOURCE_COLUMNS } from './schema';

const NUMERIC = ['value', 'low', 'high'] as const;

export function claimsDownloadCsv(claims: readonly Claim[]): string {
  const rows = claims as unknown as Record<string, string | number | undefined>[];
  return `\uFEFF${writeCsv(CLAIM_COLUMNS, rows, { safe: true, numericColumns: NUMERIC })}`;
}

export function sourcesDownloadCsv(sources: readonly Source[]): string {
  const rows = sources as unknown as Record<string, string | undefined>[];
  return `\uFEFF${writeCsv(SOURCE_COLUMNS, rows, { safe: true })}`;
}
