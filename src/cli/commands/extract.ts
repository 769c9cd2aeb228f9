/**
 * `claims extract`: proposes candidate claims from news text, as a readable
 * list or as JSON lines; with --uncurated, only what the curated claims and
 * skipped.csv leave open.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractCandidates } from '../../extract/candidates';
import type { Candidate } from '../../extract/candidates';
import { candidateKey } from '../../model/candidate-key';
import { claimSpans, uncurated } from '../../extract/coverage';
import { checkDataset } from '../../model';
import { formatFigure } from '../../model/format';
import { decodeUtf8 } from '../../model/text/decode';
import { CliError } from '../error';
import { loadDatasetInput } from '../files';
import type { Io } from '../io';

export const extractUsage = `Usage: claims extract [PATH|-] [--json] [--uncurated] [--all]

Proposes candidate claims: every figure in news text, with its sentence,
qualifier, unit, a guessed category, subject and attribution.

PATH is a text file, a folder of source texts (default: claims/sources), or -
for standard input.

  --json        one JSON object per line: source_id, sentence_id, start, end
                (offsets of the mention in the text), mention, value, low, high,
                qualifier, unit, category, subject, attributed_to, sentence
                (the sentence that holds it: the quote a claim cites), key
                (source_id/sentence_id/mention, for claims accept and skip)
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
  const inputs = readInputs(path);
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

function readInputs(path: string): Input[] {
  if (path === '-') return [{ text: decodeOrFail('standard input', readFileSync(0)) }];
  if (!existsSync(path)) throw new CliError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({
        sourceId: name.slice(0, -4),
        text: decodeOrFail(join(path, name), readFileSync(join(path, name))),
      }));
  }
  const text = decodeOrFail(path, readFileSync(path));
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
    sentence: c.sentence,
    key: candidateKey(c),
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
  const key = c.source_id === undefined ? '' : `\n    key: ${candidateKey(c)}`;
  return `${c.source_id ?? '-'} ${c.sentence_id}: ${highlighted}\n    ${fields.join(' · ')}${key}`;
}
