/**
 * What the site publishes of the data, under dist/data/:
 *
 * - `claims.csv`, `sources.csv`: for people, the files the page's download
 *   links give: written like the dashboard's downloads, so a spreadsheet
 *   shows every cell as text (src/model/export.ts);
 * - `measures.csv`, for people too: each measure with its number of reports
 *   and whether they agree (`measuresDownloadCsv`);
 * - `canonical/`: for programs, and what the dashboard loads: a Frictionless
 *   data package with the exact values (`datapackage.json`, `claims.csv`,
 *   `sources.csv`, `measures.csv` as the repository writes them, and
 *   `sources/<id>.txt`); not meant for spreadsheets;
 * - `check.json`: the fingerprint of the canonical tables, so the dashboard
 *   knows they were checked here, and what the check left out.
 *
 * Only what `claims check` accepts is published (see site-data.ts). Large
 * tables are written in pieces of rows: no string ever holds a whole file.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Claim, Measure, Source } from '../model/claim';
import { writeCsv } from '../model/csv/write';
import type { CitationSummary } from '../model/check/dataset';
import { claimsDownloadCsv, measuresDownloadCsv, sourcesDownloadCsv } from '../model/export';
import { CLAIM_COLUMNS, MEASURE_COLUMNS, SOURCE_COLUMNS } from '../model/schema';
import { Fingerprint } from '../model/text/fingerprint';
import { publishedText } from './site-data';
import type { SiteData } from './site-data';

/** A published file, produced piece by piece when it is written or served. */
export interface PublishedFile {
  /** Path under data/. */
  path: string;
  pieces(): Iterable<string | Uint8Array>;
}

/** The canonical tables: the dashboard loads these, and check.json fingerprints them. */
export const CANONICAL_CLAIMS = 'canonical/claims.csv';
export const CANONICAL_SOURCES = 'canonical/sources.csv';
export const CANONICAL_MEASURES = 'canonical/measures.csv';
export const canonicalText = (id: string) => `canonical/sources/${id}.txt`;

/** Rows per piece: a few megabytes of CSV. */
const PIECE_ROWS = 5_000;

export function publishedFiles(data: SiteData): PublishedFile[] {
  const { claims, sources, measures } = data.dataset;
  const canonicalClaims = () => inPieces(claims, canonicalClaimsCsv);
  const canonicalSources = () => inPieces(sources, canonicalSourcesCsv);
  const files: PublishedFile[] = [
    { path: 'claims.csv', pieces: () => inPieces(claims, claimsDownloadCsv) },
    { path: 'sources.csv', pieces: () => inPieces(sources, sourcesDownloadCsv) },
    // Whole: whether a measure's reports agree needs all of them.
    { path: 'measures.csv', pieces: () => [measuresDownloadCsv(data.dataset)] },
    { path: CANONICAL_CLAIMS, pieces: canonicalClaims },
    { path: CANONICAL_SOURCES, pieces: canonicalSources },
    { path: CANONICAL_MEASURES, pieces: () => inPieces(measures, canonicalMeasuresCsv) },
    { path: 'canonical/datapackage.json', pieces: () => [data.datapackage] },
    {
      path: 'check.json',
      pieces: () => [checkJson(data, fingerprintOf(canonicalClaims(), canonicalSources()))],
    },
  ];
  for (const source of sources) {
    if (data.texts.has(source.id))
      files.push({
        path: canonicalText(source.id),
        pieces: () => [publishedText(data, source.id)],
      });
  }
  return files;
}

/** Writes every published file under `dir` (dist/data), one piece at a time. */
export function writePublishedFiles(dir: string, data: SiteData): number {
  let count = 0;
  for (const file of publishedFiles(data)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      for (const piece of file.pieces()) writeSync(fd, toBytes(piece));
    } finally {
      closeSync(fd);
    }
    count++;
  }
  return count;
}

/** One published file whole (the dev server's), or undefined when none has that path. */
export function publishedFile(data: SiteData, path: string): Uint8Array | undefined {
  const file = publishedFiles(data).find((f) => f.path === path);
  if (!file) return undefined;
  const parts = [...file.pieces()].map(toBytes);
  return Buffer.concat(parts);
}

/**
 * Every published row passed the check, so the canonical tables have no
 * problem of their own (`clean`: the dashboard need not hold their rows to
 * their rules again); what the check found in the folder is `excluded`,
 * for the dashboard to show, at its place in the repository's files.
 */
function checkJson(data: SiteData, fingerprint: string): string {
  const summary: CitationSummary = {
    fingerprint,
    problems: [],
    clean: true,
    excluded: data.dataset.problems,
  };
  return `${JSON.stringify(summary)}\n`;
}

function fingerprintOf(...files: Iterable<string | Uint8Array>[]): string {
  const print = new Fingerprint();
  for (const pieces of files) {
    for (const piece of pieces) print.update(toBytes(piece));
    print.endPart();
  }
  return print.digest();
}

function canonicalClaimsCsv(claims: readonly Claim[]): string {
  return writeCsv(CLAIM_COLUMNS, claims as unknown as Record<string, string | number>[]);
}

function canonicalSourcesCsv(sources: readonly Source[]): string {
  return writeCsv(SOURCE_COLUMNS, sources as unknown as Record<string, string>[]);
}

function canonicalMeasuresCsv(measures: readonly Measure[]): string {
  return writeCsv(MEASURE_COLUMNS, measures as unknown as Record<string, string | number>[]);
}

/**
 * A CSV writer's output for all `rows`, piece by piece: each piece is the
 * writer's file of a few thousand rows, less, after the first, what the
 * writer puts before any row (byte-order mark, header).
 */
export function* inPieces<T>(
  rows: readonly T[],
  write: (rows: readonly T[]) => string,
): Generator<string> {
  const head = write([]);
  for (let start = 0; start === 0 || start < rows.length; start += PIECE_ROWS) {
    const csv = write(rows.slice(start, start + PIECE_ROWS));
    if (!csv.startsWith(head)) throw new Error('a CSV writer began a file in two ways');
    yield start === 0 ? csv : csv.slice(head.length);
  }
}

const encoder = new TextEncoder();

function toBytes(piece: string | Uint8Array): Uint8Array {
  return typeof piece === 'string' ? encoder.encode(piece) : piece;
}
