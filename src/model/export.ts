/**
 * The data as files for people: a header row, RFC 4180, UTF-8 with a
 * byte-order mark (so spreadsheets read curly quotes right), and spreadsheet
 * formulas neutralised in every text cell (the shared writer, csv/write.ts).
 */
import type { Claim, Measure, Source } from './claim';
import { writeCsv } from './csv/write';
import { byId, measureReports } from './measures';
import { CLAIM_COLUMNS, MEASURE_COLUMNS, SOURCE_COLUMNS } from './schema';

type Row = Record<string, string | number | undefined>;

function downloadCsv(columns: readonly string[], rows: readonly Row[], numeric: readonly string[]) {
  return `\uFEFF${writeCsv(columns, rows, { safe: true, numericColumns: numeric })}`;
}

/** Claims with the columns of claims/claims.csv. */
export function claimsDownloadCsv(claims: readonly Claim[]): string {
  return downloadCsv(CLAIM_COLUMNS, claims as unknown as Row[], ['value', 'low', 'high']);
}

/** The columns of data/measures.csv: those of measures.csv, then what the build computes. */
export const MEASURE_SUMMARY_COLUMNS = [
  ...MEASURE_COLUMNS,
  'reports',
  'agreement',
  'agreed_low',
  'agreed_high',
] as const;

/**
 * data/measures.csv: each measure with its number of reports, whether they
 * agree (`single`, `agree`, `conflict`, `different_dates`) and the range of
 * values they all allow, whose ends are empty where it is unbounded or where
 * no value satisfies every report.
 */
export function measuresDownloadCsv(data: {
  claims: readonly Claim[];
  sources: readonly Source[];
  measures: readonly Measure[];
}): string {
  const reports = measureReports(data.claims, byId(data.measures), byId(data.sources));
  const rows: Row[] = data.measures.map((measure) => {
    const { claims, agreement } = reports.get(measure.id) ?? { claims: [], agreement: undefined };
    const allowed = agreement?.allowed;
    const finite = (n: number | undefined) =>
      n !== undefined && Number.isFinite(n) ? n : undefined;
    return {
      ...(measure as unknown as Row),
      reports: claims.length,
      agreement: agreement?.status,
      agreed_low: finite(allowed?.low),
      agreed_high: finite(allowed?.high),
    };
  });
  return downloadCsv(MEASURE_SUMMARY_COLUMNS, rows, [
    'featured',
    'reports',
    'agreed_low',
    'agreed_high',
  ]);
}

/** Sources with the columns of claims/sources.csv. */
export function sourcesDownloadCsv(sources: readonly Source[]): string {
  return downloadCsv(SOURCE_COLUMNS, sources as unknown as Row[], []);
}
