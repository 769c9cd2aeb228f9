/**
 * Loads the claims folder that the build copied to `data/` and checks it with
 * the same model as `claims check`: invalid rows are left out and reported,
 * never fatal.
 */
import { checkDataset, parseCsv } from '../../model';
import type { Dataset } from '../../model';

async function fetchBytes(url: string): Promise<Uint8Array | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Source ids listed in sources.csv, read before checking so their texts can be fetched. */
function sourceIds(csv: Uint8Array | undefined): string[] {
  if (!csv) return [];
  const [header, ...rows] = parseCsv(new TextDecoder().decode(csv)).rows;
  const at = header?.values.indexOf('id') ?? -1;
  // Only well-formed ids become URLs; the checker reports the others.
  return rows.map((row) => row.values[at] ?? '').filter((id) => SLUG.test(id));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loadDataset(base = 'data'): Promise<Dataset> {
  const [claims, sources] = await Promise.all([
    fetchBytes(`${base}/claims.csv`),
    fetchBytes(`${base}/sources.csv`),
  ]);
  const texts = new Map<string, Uint8Array>();
  await Promise.all(
    sourceIds(sources).map(async (id) => {
      const bytes = await fetchBytes(`${base}/sources/${encodeURIComponent(id)}.txt`);
      if (bytes) texts.set(id, bytes);
    }),
  );
  return checkDataset({ dir: 'claims', claims, sources, texts });
}
