/**
 * Loads the data the build published under `data/canonical/` (exact values:
 * `data/claims.csv`, `data/sources.csv` and `data/measures.csv` are the
 * spreadsheet copies for people) and checks it with the same model as `claims check`: invalid rows
 * are left out and reported, never fatal.
 *
 * Verifying citations needs every source text: fine for ten articles, not for
 * ten thousand. So when data/check.json was made from the very CSV bytes just
 * loaded, its text-dependent problems are used and texts are fetched only when
 * an article is opened; otherwise (the data changed after the build) every
 * text is fetched and checked here. The fingerprint covers claims.csv and
 * sources.csv, which the build's check.json says hold only rows its check
 * accepted (`clean`): those rows are read, not held to their rules again;
 * measures.csv, which it does not cover, is checked here, and each claim
 * against its measure.
 */
import { checkDataset } from '../../model/check/dataset';
import { parseCsv } from '../../model/csv/parse';
import { sortProblems } from '../../model/problem';
import type { Dataset } from '../../model/check/dataset';
import { citationSummaryOf } from '../../model/check/dataset';
import type { CitationSummary } from '../../model/check/dataset';
import { ID_PATTERN } from '../../model/schema';
import { decodeUtf8 } from '../../model/text/decode';
import { fingerprint } from '../../model/text/fingerprint';

async function fetchBytes(url: string): Promise<Uint8Array | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchSummary(url: string): Promise<CitationSummary | undefined> {
  try {
    const bytes = await fetchBytes(url);
    return bytes && citationSummaryOf(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return undefined; // no usable summary: verify everything here
  }
}

/** Source ids listed in sources.csv, read before checking so their texts can be fetched. */
function sourceIds(csv: Uint8Array | undefined): string[] {
  if (!csv) return [];
  const [header, ...rows] = parseCsv(new TextDecoder().decode(csv)).rows;
  const at = header?.values.indexOf('id') ?? -1;
  // Only well-formed ids become URLs; the checker reports the others.
  return rows.map((row) => row.values[at] ?? '').filter((id) => ID_PATTERN.test(id));
}

/**
 * The files `loadDataset` fetches, under data/: index.html asks for them
 * with its first bytes (claims-data-plugin.ts), so they download while the
 * code does, not after it.
 */
export const DASHBOARD_DATA = {
  claims: 'canonical/claims.csv',
  sources: 'canonical/sources.csv',
  measures: 'canonical/measures.csv',
  summary: 'check.json',
} as const;

export async function loadDataset(base = 'data'): Promise<Dataset> {
  const [claims, sources, measures, summary] = await Promise.all([
    fetchBytes(`${base}/${DASHBOARD_DATA.claims}`),
    fetchBytes(`${base}/${DASHBOARD_DATA.sources}`),
    fetchBytes(`${base}/${DASHBOARD_DATA.measures}`),
    fetchSummary(`${base}/${DASHBOARD_DATA.summary}`),
  ]);
  const dir = 'claims';
  if (
    summary &&
    summary.fingerprint === fingerprint(claims ?? new Uint8Array(), sources ?? new Uint8Array())
  ) {
    const dataset = checkDataset(
      { dir, claims, sources, measures, texts: new Map() },
      { citations: summary.problems, clean: summary.clean },
    );
    // What the build left out, as `claims check` reported it.
    const excluded = summary.excluded ?? [];
    return excluded.length > 0
      ? { ...dataset, problems: sortProblems([...excluded, ...dataset.problems]) }
      : dataset;
  }
  const texts = new Map<string, Uint8Array>();
  await Promise.all(
    sourceIds(sources).map(async (id) => {
      const bytes = await loadSourceBytes(id, base);
      if (bytes) texts.set(id, bytes);
    }),
  );
  return checkDataset({ dir, claims, sources, measures, texts });
}

function loadSourceBytes(id: string, base: string): Promise<Uint8Array | undefined> {
  return fetchBytes(`${base}/canonical/sources/${encodeURIComponent(id)}.txt`);
}

/** One article's text, for the reader. */
export async function loadSourceText(id: string, base = 'data'): Promise<string | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  const bytes = await loadSourceBytes(id, base);
  return bytes && decodeUtf8(bytes).text;
}
