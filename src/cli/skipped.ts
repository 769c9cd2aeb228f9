/** claims/skipped.csv: candidates a curator set aside, with the reason. */
import { parseCsv } from '../model/csv/parse';
import { decodeUtf8 } from '../model/text/decode';
import { readIfExists } from './files';

export function readSkipped(path: string): Set<string> {
  const bytes = readIfExists(path);
  if (!bytes) return new Set();
  const [header, ...rows] = parseCsv(decodeUtf8(bytes).text).rows;
  const at = header?.values.indexOf('candidate') ?? -1;
  return new Set(rows.map((row) => row.values[at] ?? '').filter(Boolean));
}
