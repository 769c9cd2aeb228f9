/**
 * A claims folder open for curation: the uncurated candidates in reading
 * order, each with its proposed claim, and the decisions on them (accept,
 * skip, undo, ingest). The workbench's server and `claims accept`/`skip`
 * both go through here, so a decision means the same from either.
 *
 * Every decision checks its row as `claims check` will (`checkNewRow`),
 * appends it to the file it was read from with every other row byte for
 * byte unchanged, atomically, and only when the file on disk is still what
 * was read: otherwise it is refused and the folder must be read again.
 */
import { join } from 'node:path';
import { extractCandidates } from '../../extract/candidates';
import type { Candidate } from '../../extract/candidates';
import { claimSpans, uncurated } from '../../extract/coverage';
import { checkDataset } from '../../model';
import type { Claim, Dataset } from '../../model';
import { candidateKey, parseCandidateKey } from '../../model/candidate-key';
import { claimRowProblems } from '../../model/check/claim-row';
import type { ClaimRowContext } from '../../model/check/claim-row';
import { checkNewRow } from '../../model/check/new-row';
import type { FieldProblem } from '../../model/check/new-row';
import { skipRowProblems } from '../../model/check/skip-row';
import { readTable } from '../../model/check/table';
import type { SkipRowContext } from '../../model/check/skip-row';
import { csvLayout, removeRow } from '../../model/csv/edit';
import type { CsvLayout } from '../../model/csv/edit';
import { writeCsv } from '../../model/csv/write';
import { CLAIM_COLUMNS, resource } from '../../model/schema';
import type { Category, Unit } from '../../model/schema';
import { CliError } from '../../cli/error';
import { loadDatasetInput, readIfExists } from '../../cli/files';
import { readArticlesOrFail, writeArticles } from '../../cli/commands/ingest';
import type { IngestResult } from '../../cli/commands/ingest';
import type { ArticleFormat } from '../../corpus/read-articles';
import { MeasureIndex, measureOfClaim, measuresOfClaims } from '../measures';
import type { MeasureOption } from '../measures';
import { applyEdits, newClaimId, proposeClaim } from '../propose';
import type { ClaimDraft, Proposal } from '../propose';
import { writeInside } from './write-inside';

/** The fields a curator may change before accepting; the rest come from the candidate. */
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
] as const;
export type Edits = Partial<Record<(typeof EDITABLE)[number], string>>;

/** Articles whose candidates stay in memory: the ones being curated and a few more. */
const CANDIDATES_KEPT = 64;

export type TableName = 'claims.csv' | 'skipped.csv';

/** A decision refused: the checker's problems, or why it cannot be made. */
export class DecisionError extends CliError {
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
    /** The file changed on disk since it was read: read the folder again. */
    readonly conflict = false,
  ) {
    super(message, 1);
    this.name = 'DecisionError';
  }
}

export interface Decision {
  kind: 'accept' | 'skip';
  key: string;
  file: TableName;
  /** The row as written, with its newline: undo takes out exactly this. */
  row: string;
  /** The claim accepted, for accept. */
  claim?: Claim;
}

export interface ArticleSummary {
  id: string;
  title: string;
  /** Candidates still to decide. */
  left: number;
}

export interface ArticleView {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
  text: string;
  /** The uncurated candidates, in text order, with their proposals. */
  candidates: CandidateView[];
}

export interface CandidateView {
  key: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  proposal: Proposal;
}

export class Workspace {
  readonly dir: string;
  #dataset!: Dataset;
  #files = new Map<TableName, Buffer | undefined>();
  #claimIds = new Map<string, number>();
  #skipKeys = new Map<string, number>();
  #lines = new Map<TableName, number>();
  /** Candidates by source, with the text they were found in: kept across reloads while it stays. */
  #candidates = new Map<string, { text: string; candidates: Candidate[] }>();
  /** Candidates left by source, once counted. */
  #left = new Map<string, number>();
  #measures!: MeasureIndex;
  #measureList: MeasureOption[] = [];
  #spans!: ReturnType<typeof claimSpans>;
  #decisions: Decision[] = [];
  #claimContext!: ClaimRowContext;
  #skipContext!: SkipRowContext;

  constructor(dir: string) {
    this.dir = dir.replace(/\/+$/, '') || '.';
    this.reload();
  }

  /** Reads the folder again, as after a conflict or an ingest. */
  reload(): void {
    const input = loadDatasetInput(this.dir);
    this.#dataset = checkDataset(input);
    for (const name of ['claims.csv', 'skipped.csv'] as const) {
      const bytes = readIfExists(join(this.dir, name));
      this.#files.set(name, bytes === undefined ? undefined : Buffer.from(bytes));
      const text = bytes === undefined ? '' : Buffer.from(bytes).toString('utf8');
      this.#lines.set(name, countLines(text));
    }
    this.#claimIds = keysWithLines(this.#files.get('claims.csv'), 'id');
    this.#skipKeys = keysWithLines(this.#files.get('skipped.csv'), 'candidate');
    this.#spans = claimSpans(this.#dataset.claims, this.#dataset.texts);
    this.#measureList = measuresOfClaims(this.#dataset.claims);
    this.#measures = new MeasureIndex(this.#measureList);
    this.#left.clear();
    const sourceIds = new Set(this.#dataset.sources.map((s) => s.id));
    this.#claimContext = {
      file: `${this.dir}/claims.csv`,
      dir: this.dir,
      sourcesFile: `${this.dir}/sources.csv`,
      sourceIds,
      sourcesWithoutText: new Set([...sourceIds].filter((id) => !this.#dataset.texts.has(id))),
      texts: this.#dataset.texts,
      lineIndexes: new Map(),
    };
    this.#skipContext = {
      file: `${this.dir}/skipped.csv`,
      texts: this.#dataset.texts,
      sentences: new Map(),
    };
  }

  /** Problems `claims check` finds in the folder as read. */
  get problems(): number {
    return this.#dataset.problems.length;
  }

  get claims(): readonly Claim[] {
    return this.#dataset.claims;
  }

  get measures(): readonly MeasureOption[] {
    return this.#measureList;
  }

  /** The articles with candidates left, in the order of sources.csv. */
  queue(): ArticleSummary[] {
    const summaries: ArticleSummary[] = [];
    for (const source of this.#dataset.sources) {
      const left = this.#left.get(source.id) ?? this.#uncurated(source.id).length;
      if (left > 0) summaries.push({ id: source.id, title: source.title, left });
    }
    return summaries;
  }

  article(id: string): ArticleView {
    const source = this.#dataset.sources.find((s) => s.id === id);
    const text = this.#dataset.texts.get(id);
    if (!source || text === undefined) throw new DecisionError(`no source "${id}" in ${this.dir}`);
    const candidates = this.#uncurated(id).map((c) => {
      const sentenceStart = text.indexOf(c.sentence, Math.max(0, c.start - c.sentence.length));
      return {
        key: candidateKey(c),
        start: c.start,
        end: c.end,
        sentenceStart,
        sentenceEnd: sentenceStart + c.sentence.length,
        proposal: proposeClaim(c, this.#measures),
      };
    });
    const { title, publisher, published, url } = source;
    return { id, title, publisher, published, url, text, candidates };
  }

  /** Measures like the draft's, for the measure field as the curator edits. */
  suggestMeasures(query: { subject: string; context?: string; unit: string; category: string }) {
    return this.#measures.suggest(query, 5);
  }

  /** Accepts a candidate as a claim, with the curator's edits. */
  accept(key: string, edits: Edits = {}): Decision {
    const candidate = this.#candidate(key);
    const clean: Partial<ClaimDraft> = {};
    for (const [field, value] of Object.entries(edits)) {
      if (!(EDITABLE as readonly string[]).includes(field)) {
        throw new DecisionError(
          `"${field}" cannot be edited: it comes from the candidate (editable: ${EDITABLE.join(', ')})`,
        );
      }
      if (typeof value !== 'string') throw new DecisionError(`${field} must be text`);
      clean[field as keyof Edits] = value.trim();
    }
    const draft = applyEdits(proposeClaim(candidate, this.#measures), clean, this.#measures);
    draft.id = newClaimId(draft.measure, (id) => this.#claimIds.has(id));
    const { row, line, layout } = this.#checked('claims.csv', draft, (r) =>
      claimRowProblems(r, this.#claimContext),
    );
    this.#append('claims.csv', row, layout);
    this.#claimIds.set(draft.id, line);
    const claim = claimOf(draft);
    this.#dataset.claims.push(claim);
    this.#addSpan(claim);
    if (!this.#measureList.some((m) => m.id === claim.measure)) {
      const measure = measureOfClaim(claim);
      this.#measureList.push(measure);
      this.#measures.add(measure);
    }
    this.#uncurated(claim.source_id); // its count left
    const decision: Decision = { kind: 'accept', key, file: 'claims.csv', row, claim };
    this.#decisions.push(decision);
    return decision;
  }

  /** Sets a candidate aside in skipped.csv. */
  skip(key: string, kind: string, reason: string): Decision {
    const candidate = this.#candidate(key);
    const record = { candidate: key, kind: kind.trim(), reason: reason.trim() };
    const { row, line, layout } = this.#checked('skipped.csv', record, (r) =>
      r.rejected ? [] : skipRowProblems(r, this.#skipContext),
    );
    this.#append('skipped.csv', row, layout);
    this.#skipKeys.set(key, line);
    this.#dataset.skipped.set(key, record.kind as 'not_a_claim');
    this.#uncurated(candidate.source_id ?? ''); // its count left
    const decision: Decision = { kind: 'skip', key, file: 'skipped.csv', row };
    this.#decisions.push(decision);
    return decision;
  }

  /** Takes back the last decision made here; its candidate is uncurated again. */
  undo(): Decision {
    const decision = this.#decisions.at(-1);
    if (!decision) throw new DecisionError('nothing to undo');
    const text = this.#current(decision.file);
    const without = removeRow(text, decision.row);
    if (without === undefined) {
      throw new DecisionError(`${this.dir}/${decision.file} no longer holds the row to undo`);
    }
    this.#write(decision.file, without);
    this.#decisions.pop();
    if (decision.claim) {
      const claim = decision.claim;
      this.#claimIds.delete(claim.id);
      this.#dataset.claims.splice(this.#dataset.claims.lastIndexOf(claim), 1);
      const ofSource = this.#dataset.claims.filter((c) => c.source_id === claim.source_id);
      const spans = claimSpans(ofSource, this.#dataset.texts).get(claim.source_id) ?? [];
      this.#spans.set(claim.source_id, spans);
    } else {
      this.#skipKeys.delete(decision.key);
      this.#dataset.skipped.delete(decision.key);
    }
    this.#uncurated(decision.key.split('/', 1)[0]!); // its count left
    return decision;
  }

  /** Stores new articles through the one ingest path; their candidates join the queue. */
  ingest(
    name: string,
    text: string,
    format?: ArticleFormat,
  ): IngestResult & { warnings: string[] } {
    const read = readArticlesOrFail(name, text, format);
    const result = writeArticles(read.articles, { out: this.dir, force: false });
    this.reload();
    return { ...result, warnings: read.warnings };
  }

  #uncurated(sourceId: string): Candidate[] {
    const text = this.#dataset.texts.get(sourceId) ?? '';
    let found = this.#candidates.get(sourceId);
    if (found?.text !== text) {
      found = { text, candidates: extractCandidates(text, { sourceId }) };
      this.#candidates.set(sourceId, found);
      // Only the articles at hand are kept: 100,000 claims' worth of
      // candidates would keep the collector busy on every decision.
      if (this.#candidates.size > CANDIDATES_KEPT) {
        this.#candidates.delete(this.#candidates.keys().next().value!);
      }
    }
    const left = uncurated(found.candidates, this.#spans, this.#dataset.skipped);
    this.#left.set(sourceId, left.length);
    return left;
  }

  #candidate(key: string): Candidate {
    const parts = parseCandidateKey(key);
    if (!parts) throw new DecisionError(`"${key}" is not a candidate key (source/s<n>/mention)`);
    if (!this.#dataset.texts.has(parts.sourceId)) {
      throw new DecisionError(`${key}: no source "${parts.sourceId}" in ${this.dir}`);
    }
    const found = this.#uncurated(parts.sourceId).find((c) => candidateKey(c) === key);
    if (!found) {
      throw new DecisionError(
        `${key}: not a candidate still to decide (claims extract --uncurated lists them)`,
      );
    }
    return found;
  }

  /** The row checked as it would be written; a DecisionError with the checker's problems if not. */
  #checked(
    file: TableName,
    record: Record<string, string>,
    rules: Parameters<typeof checkNewRow>[3]['rules'],
  ): { row: string; line: number; layout: CsvLayout } {
    // The header is all the check needs of the file: the rest is never decoded.
    const bytes = this.#verified(file);
    const end = bytes?.indexOf(0x0a) ?? -1;
    const layout = this.#layout(
      file,
      bytes?.subarray(0, end === -1 ? bytes.length : end + 1).toString('utf8') ?? '',
    );
    const line = (this.#lines.get(file) ?? 1) + 1;
    const keys = file === 'claims.csv' ? this.#claimIds : this.#skipKeys;
    const name = file === 'claims.csv' ? 'claims' : 'skipped';
    const checked = checkNewRow(resource(name), layout, record, {
      file: `${this.dir}/${file}`,
      line,
      keys,
      rules,
    });
    if (checked.problems.length > 0) {
      const first = checked.problems[0]!;
      throw new DecisionError(`${first.code}: ${first.message}`, checked.problems);
    }
    return { row: checked.text, line, layout };
  }

  #layout(file: TableName, text: string): CsvLayout {
    if (text === '') {
      const columns =
        file === 'claims.csv'
          ? CLAIM_COLUMNS
          : resource('skipped').schema.fields.map((f) => f.name);
      return csvLayout(writeCsv(columns, []))!;
    }
    const layout = csvLayout(text);
    if (!layout) throw new DecisionError(`${this.dir}/${file} has no header row: fix it first`);
    return layout;
  }

  /** The file's bytes as read, after making sure the disk still holds exactly those. */
  #verified(file: TableName): Buffer | undefined {
    const path = join(this.dir, file);
    const known = this.#files.get(file);
    const now = readIfExists(path);
    const same = now === undefined ? known === undefined : known !== undefined && known.equals(now);
    if (!same) {
      throw new DecisionError(
        `${path} changed on disk since it was read: read the folder again (reload) before deciding`,
        [],
        true,
      );
    }
    return known;
  }

  /** The file's text as read (and still on disk). */
  #current(file: TableName): string {
    return this.#verified(file)?.toString('utf8') ?? '';
  }

  /**
   * Appends the row to the file as read (checked against the disk just
   * before), in bytes: the rest of the file is never decoded and re-encoded.
   */
  #append(file: TableName, row: string, layout: CsvLayout): void {
    const known = this.#files.get(file);
    const head =
      known === undefined || known.length === 0
        ? `${layout.headerLine}${layout.newline}`
        : known[known.length - 1] === 0x0a
          ? ''
          : layout.newline;
    const bytes = Buffer.concat([known ?? Buffer.alloc(0), Buffer.from(`${head}${row}`, 'utf8')]);
    this.#store(file, bytes);
    // A newline that closes the last line adds no line; a header line does.
    const added = countLines(row) + (head === layout.newline ? 0 : countLines(head));
    this.#lines.set(file, (this.#lines.get(file) ?? 0) + added);
  }

  #write(file: TableName, text: string): void {
    this.#store(file, Buffer.from(text, 'utf8'));
    this.#lines.set(file, countLines(text));
  }

  #store(file: TableName, bytes: Buffer): void {
    writeInside(this.dir, file, bytes);
    this.#files.set(file, bytes);
  }

  #addSpan(claim: Claim): void {
    for (const [id, spans] of claimSpans([claim], this.#dataset.texts)) {
      this.#spans.set(id, [...(this.#spans.get(id) ?? []), ...spans]);
    }
  }
}

function claimOf(draft: ClaimDraft): Claim {
  const number = (raw: string) => (raw === '' ? undefined : Number(raw));
  return {
    ...draft,
    category: draft.category as Category,
    unit: draft.unit as Unit,
    qualifier: draft.qualifier as Claim['qualifier'],
    value: number(draft.value),
    low: number(draft.low),
    high: number(draft.high),
  };
}

/** Lines a text holds, counting a last line without its newline. */
function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/** The primary keys of a table, with their lines, as the checker counts them. */
function keysWithLines(bytes: Buffer | undefined, column: string): Map<string, number> {
  const keys = new Map<string, number>();
  if (!bytes) return keys;
  const name = column === 'id' ? 'claims' : 'skipped';
  const table = readTableLenient(bytes.toString('utf8'), name);
  for (const row of table) {
    const key = String(row.record[column] ?? '');
    if (key !== '' && !keys.has(key)) keys.set(key, row.line);
  }
  return keys;
}

function readTableLenient(text: string, name: 'claims' | 'skipped') {
  return readTable(name, text.replace(/^\uFEFF/, ''), resource(name)).rows;
}
