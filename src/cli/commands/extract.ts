/**
 * `claims extract`: proposes candidate claims from news text, as a readable
 * list or as JSON lines; with --uncurated, only what the curated claims and
 * skipped.csv leave open.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { extractCandidates } from '../../extract/candidates';
import type { Candidate } from '../../extract/candidates';
import { claimSpans, uncurated } from '../../extract/coverage';
import { checkDataset, formatProblem } from '../../model';
import { formatFigure } from '../../model/format';
import { decodeUtf8 } from '../../model/text/decode';
import { CliError } from '../error';
import { loadDatasetInput, readTextFolder } from '../files';
import type { Io } from '../io';
import { readNamedFile } from '../regular-file';

export const extractUsage = `Usage: claims extract [PATH|-] [--json] [--uncurated] [--all]

Proposes candidate claims: every figure in news text, with its sentence,
qualifier, unit, a guessed category, subject and attribution.

PATH is a text file, a folder of source texts (default: claims/sources), or -
for standard input.

  --json        one JSON object per line: source_id, sentence_id, start, end
                (offsets of the mention in the text), mention, value, low, high,
                qualifier, unit, category, subject, attributed_to
  --uncurated   only candidates that no claim in claims/claims.csv covers and
                that claims/skipped.csv does not set aside: the to-do list
  --all         also numbers that are not claims: years, dates, times, ordinals,
                ages, phone numbers, identifiers, names, scores`;

export interface ExtractOptions {
  json: boolean;
  uncurated: boolean;
  all: boolean;
}

interface Input {
  sourceId?: string;
  text: string;
}

export function extract(path: string, options: ExtractOptions, io: Io): number {
  const inputs = readInputs(path, io);
  let candidates = inputs.flatMap((input) =>
    extractCandidates(input.text, {
      ...(input.sourceId === undefined ? {} : { sourceId: input.sourceId }),
      all: options.all,
    }),
  );
  if (options.uncurated) {
    const dir = path === '-' || !statSync(path).isDirectory() ? 'claims' : dirname(path);
    const dataset = checkDataset(loadDatasetInput(dir));
    candidates = uncurated(candidates, claimSpans(dataset.claims, dataset.texts), dataset.skipped);
  }
  for (const c of candidates) io.out(options.json ? toJson(c) : toText(c));
  return 0;
}

/**
 * The texts to read. In a folder, only regular `.txt` files are read (as
 * `claims check` does); each other entry is named on standard error and
 * passed over.
 */
function readInputs(path: string, io: Io): Input[] {
  if (path === '-') return [{ text: decodeOrFail('standard input', readFileSync(0)) }];
  if (!existsSync(path)) throw new CliError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    const shown = path.replace(/\/+$/, '');
    const folder = readTextFolder(path, shown);
    for (const p of folder.problems) io.err(`${formatProblem(p)} (passed over)`);
    const unreadable = new Set(folder.problems.map((p) => p.file));
    return [...folder.texts]
      .filter(([name]) => !unreadable.has(`${shown}/${name}.txt`))
      .map(([name, text]) => ({ sourceId: name, text }));
  }
  const read = readNamedFile(path);
  if ('missing' in read) throw new CliError(`${path}: no such file or folder`);
  if ('refused' in read) throw new CliError(`${path}: ${read.refused.message}`);
  const text = decodeOrFail(path, read.bytes);
  // A file inside a sources folder is a known source; any other file is not.
  const known = basename(dirname(path)) === 'sources' && path.endsWith('.txt');
  return [known ? { sourceId: basename(path, '.txt'), text } : { text }];
}

function decodeOrFail(name: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.invalidAt !== undefined) {
    throw new CliError(
      `${name}:${decoded.invalidLine}:${decoded.invalidColumn}: encoding-error: not UTF-8`,
    );
  }
  return decoded.text;
}

function toJson(c: Candidate): string {
  return JSON.stringify({
    source_id: c.source_id ?? null,
    sentence_id: c.sentence_id,
    start: c.start,
    end: c.end,
    mention: c.mention,
    value: c.value ?? null,
    low: c.low ?? null,
    high: c.high ?? null,
    qualifier: c.qualifier,
    unit: c.unit ?? null,
    category: c.category,
    subject: c.subject,
    attributed_to: c.attributed_to,
    ...(c.excluded ? { excluded: c.excluded } : {}),
  });
}

function toText(c: Candidate): string {
  const at = c.sentence.indexOf(c.mention);
  const highlighted =
    at === -1
      ? c.sentence
      : `${c.sentence.slice(0, at)}[${c.mention}]${c.sentence.slice(at + c.mention.length)}`;
  const figure = formatFigure({ ...c, unit: c.unit ?? 'items' });
  const fields = [
    `${figure} (${c.qualifier})`,
    c.unit ?? 'unit?',
    c.category,
    c.subject && `subject: ${c.subject}`,
    c.attributed_to && `attributed to: ${c.attributed_to}`,
    c.excluded && `not a claim: ${c.excluded}`,
  ].filter(Boolean);
  return `${c.source_id ?? '-'} ${c.sentence_id}: ${highlighted}\n    ${fields.join(' · ')}`;
}
