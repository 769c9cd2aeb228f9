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
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { extractCandidates } from '../../extract/candidates';
import type { Candidate } from '../../extract/candidates';
import { claimSpans, uncurated } from '../../extract/coverage';
import { checkDataset } from '../../model/check/dataset';
import type { Claim, Measure } from '../../model/claim';
import type { Dataset } from '../../model/check/dataset';
import type { Problem } from '../../model/problem';
import { candidateKey, parseCandidateKey } from '../../model/candidate-key';
import { claimRowProblems } from '../../model/check/claim-row';
import type { ClaimRowContext } from '../../model/check/claim-row';
import { measureRules } from '../../model/check/measures';
import type { MeasureRules } from '../../model/check/measures';
import { checkNewRow } from '../../model/check/new-row';
import type { FieldProblem } from '../../model/check/new-row';
import { skipRowProblems } from '../../model/check/skip-row';
import { readTable } from '../../model/check/table';
import { csvRows } from '../../model/csv/parse';
import { LineIndex } from '../../model/text/line-index';
import type { TableRow } from '../../model/check/table';
import type { SkipRowContext } from '../../model/check/skip-row';
import { csvLayout, removeRow } from '../../model/csv/edit';
import type { CsvLayout } from '../../model/csv/edit';
import { writeCsv } from '../../model/csv/write';
import { resource } from '../../model/schema';
import type { Category, Unit } from '../../model/schema';
import { CliError } from '../../node/error';
import { loadDatasetInput } from '../../node/claims-folder';
import { tryLockFolder } from '../../node/folder-lock';
import { readRegularFile } from '../../node/regular-file';
import { readArticlesOrFail, writeArticles } from '../../cli/commands/ingest';
import type { IngestResult } from '../../cli/commands/ingest';
import type { ArticleFormat } from '../../corpus/read-articles';
import { MeasureIndex, measureOption, measureOptions } from '../measures';
import type { MeasureOption } from '../measures';
import { NEW_MEASURE, applyEdits, newClaimId, newMeasureRow, proposeClaim } from '../propose';
import type { ClaimDraft, MeasureDraft, MeasureEdits, Proposal } from '../propose';
import { EDITABLE } from './editable';
import type { Edits } from './editable';
import { appendInside, writeInside } from './write-inside';

const MEASURE_PREFIX = 'measure_';

/** How long the workbench's ingest waits for another one into the same folder. */
const INGEST_WAIT_MS = 30_000;

/** Articles whose candidates stay in memory: the ones being curated and a few more. */
const CANDIDATES_KEPT = 64;

export type TableName = 'claims.csv' | 'skipped.csv' | 'measures.csv';

const TABLES: readonly TableName[] = ['claims.csv', 'skipped.csv', 'measures.csv'];

const RESOURCE_OF: Record<TableName, 'claims' | 'skipped' | 'measures'> = {
  'claims.csv': 'claims',
  'skipped.csv': 'skipped',
  'measures.csv': 'measures',
};
const KEY_OF: Record<TableName, string> = {
  'claims.csv': 'id',
  'skipped.csv': 'candidate',
  'measures.csv': 'id',
};

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

/** A row a decision appended, with its newline: undo takes out exactly this. */
export interface WrittenRow {
  file: TableName;
  row: string;
}

export interface Decision {
  kind: 'accept' | 'skip';
  key: string;
  /** In the order written: a new measure's row before its claim's. */
  rows: WrittenRow[];
  /** The claim accepted, for accept. */
  claim?: Claim;
  /** The measure an accept added to measures.csv. */
  measure?: Measure;
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
  /** What each table was when read or last written here (undefined: no such file). */
  #files = new Map<TableName, FileState | undefined>();
  /** Primary keys of each table, with the line of each. */
  #keys = new Map<TableName, Map<string, number>>();
  #lines = new Map<TableName, number>();
  /** Candidates by source, with the text they were found in: kept across reloads while it stays. */
  #candidates = new Map<string, { text: string; candidates: Candidate[] }>();
  /** Candidates left by source, once counted. */
  #left = new Map<string, number>();
  /** The next source of sources.csv that counting the queue has not reached. */
  #nextToCount = 0;
  #measures!: MeasureIndex;
  #measureList: MeasureOption[] = [];
  /** measures.csv's rules as read: what a claim's measure must be. */
  #measureRules!: MeasureRules;
  /** The rules of the measures this run's decisions added, by id (measures.csv is not read again). */
  #addedMeasures = new Map<string, MeasureRules>();
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
    for (const name of TABLES) {
      // A table that is no regular file (a link) is not read: deciding on it
      // is refused, with the reason, when it comes to writing it.
      let bytes: Buffer | undefined;
      try {
        bytes = this.#read(name);
      } catch (e) {
        if (!(e instanceof DecisionError)) throw e;
      }
      this.#files.set(name, bytes && fileState(join(this.dir, name), bytes));
      this.#lines.set(name, bytes ? countLines(bytes.toString('utf8')) : 0);
      this.#keys.set(name, keysWithLines(bytes, name));
      if (name === 'measures.csv') this.#measureRules = this.#measureRulesOf(bytes);
    }
    this.#spans = claimSpans(this.#dataset.claims, this.#dataset.texts);
    this.#measureList = measureOptions(this.#measureRules.valid, this.#dataset.claims);
    this.#measures = new MeasureIndex(this.#measureList);
    this.#left.clear();
    this.#nextToCount = 0;
    this.#addedMeasures.clear();
    // Candidates come from valid sources only (#candidate), so their claims
    // need no word on unreadable or rejected ones.
    this.#claimContext = {
      file: `${this.dir}/claims.csv`,
      dir: this.dir,
      sourcesFile: `${this.dir}/sources.csv`,
      sourceIds: new Set(this.#dataset.sources.map((s) => s.id)),
      unreadable: new Map(),
      rejectedSources: new Map(),
      texts: this.#dataset.texts,
      lineIndexes: new Map(),
      measures: {
        checkClaim: (claim, invalid, report) =>
          (this.#addedMeasures.get(claim.measure) ?? this.#measureRules).checkClaim(
            claim,
            invalid,
            report,
          ),
      },
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

  /** The articles with candidates left, in the order of sources.csv: every article counted. */
  queue(): ArticleSummary[] {
    return this.queueSoFar(Infinity).articles;
  }

  /**
   * The articles counted so far with candidates left, in the order of
   * sources.csv, after counting more for at most `budgetMs`; `uncounted`
   * articles are still to count. Finding the candidates of 10,000 articles
   * takes seconds: the workbench counts them a slice at a time, and shows
   * the first while it does.
   */
  queueSoFar(budgetMs: number): { articles: ArticleSummary[]; uncounted: number } {
    const sources = this.#dataset.sources;
    const deadline = performance.now() + budgetMs;
    while (this.#nextToCount < sources.length && performance.now() < deadline) {
      const id = sources[this.#nextToCount++]!.id;
      if (!this.#left.has(id)) this.#uncurated(id);
    }
    const articles: ArticleSummary[] = [];
    for (const { id, title } of sources) {
      const left = this.#left.get(id) ?? 0;
      if (left > 0) articles.push({ id, title, left });
    }
    return { articles, uncounted: sources.length - this.#left.size };
  }

  article(id: string): ArticleView {
    const source = this.#dataset.sources.find((s) => s.id === id);
    const text = this.#dataset.texts.get(id);
    if (!source || text === undefined) throw new DecisionError(`no source "${id}" in ${this.dir}`);
    const candidates = this.#uncurated(id).map((c) => ({
      key: candidateKey(c),
      start: c.start,
      end: c.end,
      sentenceStart: c.sentence_start,
      sentenceEnd: c.sentence_start + c.sentence.length,
      proposal: proposeClaim(c, this.#measures),
    }));
    const { title, publisher, published, url } = source;
    return { id, title, publisher, published, url, text, candidates };
  }

  /** Measures like the draft's, for the measure field as the curator edits. */
  suggestMeasures(query: { subject: string; context?: string; unit: string; category: string }) {
    return this.#measures.suggest(query, 5);
  }

  /**
   * Accepts a candidate as a claim, with the curator's edits. With the
   * measure "new", the claim's measure is written to measures.csv first:
   * both rows are checked before either is written.
   */
  accept(key: string, edits: Edits = {}): Decision {
    return this.#locked(() => this.#accept(key, edits));
  }

  #accept(key: string, edits: Edits): Decision {
    const candidate = this.#candidate(key);
    const { claim: claimEdits, measure: measureEdits } = cleanEdits(edits);
    const draft = applyEdits(proposeClaim(candidate, this.#measures), claimEdits, this.#measures);
    const measureKeys = this.#keys.get('measures.csv')!;
    let rules = this.#claimContext.measures;
    let ofNew: MeasureRules | undefined;
    let measureRow:
      { row: string; line: number; layout: CsvLayout; draft: MeasureDraft } | undefined;
    if (draft.measure === NEW_MEASURE) {
      const measure = newMeasureRow(draft, measureEdits, (id) => measureKeys.has(id));
      draft.measure = measure.id;
      let tableRow: TableRow | undefined;
      const checked = this.#checked(
        'measures.csv',
        measure,
        (r) => {
          tableRow = r;
          const found: Problem[] = [];
          measureRules(`${this.dir}/measures.csv`, [r], found);
          return found;
        },
        MEASURE_PREFIX,
      );
      measureRow = { ...checked, draft: measure };
      const added = (ofNew = measureRules(`${this.dir}/measures.csv`, [tableRow!], []));
      const existing = rules;
      rules = {
        checkClaim: (claim, invalid, report) =>
          (claim.measure === measure.id ? added : existing).checkClaim(claim, invalid, report),
      };
    } else if (Object.keys(measureEdits).length > 0) {
      throw new DecisionError(
        `${Object.keys(measureEdits)
          .map((f) => `${MEASURE_PREFIX}${f}`)
          .join(', ')}: only for a new measure (measure "${NEW_MEASURE}")`,
      );
    }
    draft.id = newClaimId(draft.measure, (id) => this.#keys.get('claims.csv')!.has(id));
    const claimRow = this.#checked('claims.csv', draft, (r) =>
      claimRowProblems(r, { ...this.#claimContext, measures: rules }),
    );

    const rows: WrittenRow[] = [];
    if (measureRow) {
      this.#append('measures.csv', measureRow.row, measureRow.layout);
      rows.push({ file: 'measures.csv', row: measureRow.row });
    }
    try {
      this.#append('claims.csv', claimRow.row, claimRow.layout);
    } catch (e) {
      // The claim could not be written: its measure would be cited by none.
      if (measureRow) this.#takeOut({ file: 'measures.csv', row: measureRow.row });
      throw e;
    }
    rows.push({ file: 'claims.csv', row: claimRow.row });

    const claim = claimOf(draft);
    this.#keys.get('claims.csv')!.set(draft.id, claimRow.line);
    this.#dataset.claims.push(claim);
    this.#addSpan(claim);
    let measure: Measure | undefined;
    if (measureRow) {
      measure = measureOf(measureRow.draft);
      measureKeys.set(measure.id, measureRow.line);
      this.#addedMeasures.set(measure.id, ofNew!);
      const option = { ...measureOption(measure), reports: 1 };
      this.#measureList.push(option);
      this.#measures.add(option);
    } else {
      const option = this.#measureList.find((m) => m.id === claim.measure);
      if (option) option.reports++;
    }
    this.#uncurated(claim.source_id); // its count left
    const decision: Decision = {
      kind: 'accept',
      key,
      rows,
      claim,
      ...(measure ? { measure } : {}),
    };
    this.#decisions.push(decision);
    return decision;
  }

  /** Sets a candidate aside in skipped.csv. */
  skip(key: string, kind: string, reason: string): Decision {
    return this.#locked(() => this.#skip(key, kind, reason));
  }

  #skip(key: string, kind: string, reason: string): Decision {
    const candidate = this.#candidate(key);
    const record = { candidate: key, kind: kind.trim(), reason: reason.trim() };
    const { row, line, layout } = this.#checked('skipped.csv', record, (r) =>
      r.rejected ? [] : skipRowProblems(r, this.#skipContext),
    );
    this.#append('skipped.csv', row, layout);
    this.#keys.get('skipped.csv')!.set(key, line);
    this.#dataset.skipped.set(key, record.kind as 'not_a_claim');
    this.#uncurated(candidate.source_id ?? ''); // its count left
    const decision: Decision = { kind: 'skip', key, rows: [{ file: 'skipped.csv', row }] };
    this.#decisions.push(decision);
    return decision;
  }

  /**
   * Takes back the last decision made here, every row it wrote (a claim and
   * the measure it added): its candidate is uncurated again. Nothing is
   * written unless every file still holds its row.
   */
  undo(): Decision {
    return this.#locked(() => this.#undo());
  }

  #undo(): Decision {
    const decision = this.#decisions.at(-1);
    if (!decision) throw new DecisionError('nothing to undo');
    const after = new Map<TableName, string>();
    for (const { file, row } of [...decision.rows].reverse()) {
      const without = removeRow(after.get(file) ?? this.#current(file), row);
      if (without === undefined) {
        throw new DecisionError(`${this.dir}/${file} no longer holds the row to undo`);
      }
      after.set(file, without);
    }
    // The claim first: a measure is never left cited by a claim that is gone.
    for (const [file, text] of after) this.#write(file, text);
    this.#decisions.pop();
    if (decision.claim) {
      const claim = decision.claim;
      this.#keys.get('claims.csv')!.delete(claim.id);
      this.#dataset.claims.splice(this.#dataset.claims.lastIndexOf(claim), 1);
      const ofSource = this.#dataset.claims.filter((c) => c.source_id === claim.source_id);
      const spans = claimSpans(ofSource, this.#dataset.texts).get(claim.source_id) ?? [];
      this.#spans.set(claim.source_id, spans);
      const option = this.#measureList.find((m) => m.id === claim.measure);
      if (option) option.reports--;
    } else {
      this.#keys.get('skipped.csv')!.delete(decision.key);
      this.#dataset.skipped.delete(decision.key);
    }
    if (decision.measure) {
      const id = decision.measure.id;
      this.#keys.get('measures.csv')!.delete(id);
      this.#measureList = this.#measureList.filter((m) => m.id !== id);
      this.#measures.remove(id);
      this.#addedMeasures.delete(id);
    }
    this.#uncurated(decision.key.split('/', 1)[0]!); // its count left
    return decision;
  }

  /**
   * Stores new articles through the one ingest path (the folder's lock, one
   * id per distinct article); their candidates join the queue.
   */
  async ingest(
    name: string,
    text: string,
    format?: ArticleFormat,
  ): Promise<IngestResult & { warnings: string[] }> {
    const read = readArticlesOrFail(name, text, format);
    const result = await writeArticles(read.articles, {
      out: this.dir,
      force: false,
      lockTimeoutMs: INGEST_WAIT_MS,
    });
    // Ingest changes only the articles it stores: the others' counts stand.
    const counted = new Map(this.#left);
    for (const id of result.ids) counted.delete(id);
    this.reload();
    for (const source of this.#dataset.sources) {
      const left = counted.get(source.id);
      if (left !== undefined) this.#left.set(source.id, left);
    }
    for (const id of result.ids) if (this.#claimContext.sourceIds.has(id)) this.#uncurated(id);
    return { ...result, warnings: read.warnings };
  }

  #measureRulesOf(bytes: Buffer | undefined): MeasureRules {
    const file = `${this.dir}/measures.csv`;
    const text = (bytes?.toString('utf8') ?? '').replace(/^\uFEFF/, '');
    return measureRules(file, readTable(file, text, resource('measures')).rows, []);
  }

  /**
   * A decision under the folder's lock (`.ingest.lock`), so that no ingest
   * reads which sources claims cite while a claim is being written. Refused
   * at once, not kept waiting, while another run holds it.
   */
  #locked(decide: () => Decision): Decision {
    const lock = tryLockFolder(this.dir);
    if ('heldBy' in lock) {
      throw new DecisionError(
        `${this.dir} is being written by ${lock.heldBy}: nothing was written; try again in a moment`,
      );
    }
    try {
      return decide();
    } finally {
      lock.release();
    }
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
    if (!this.#claimContext.sourceIds.has(parts.sourceId)) {
      throw new DecisionError(
        this.#dataset.texts.has(parts.sourceId)
          ? `${key}: claims check rejects source "${parts.sourceId}" (claims check ${this.dir} says why): fix it first`
          : `${key}: no source "${parts.sourceId}" in ${this.dir}`,
      );
    }
    const found = this.#uncurated(parts.sourceId).find((c) => candidateKey(c) === key);
    if (!found) {
      throw new DecisionError(
        `${key}: not a candidate still to decide (claims extract --uncurated lists them)`,
      );
    }
    return found;
  }

  /**
   * The row checked as it would be written; a DecisionError with the
   * checker's problems if not, their fields named with `prefix` (a new
   * measure's fields are `measure_title` and so on in the form).
   */
  #checked(
    file: TableName,
    record: Record<string, string>,
    rules: Parameters<typeof checkNewRow>[3]['rules'],
    prefix = '',
  ): { row: string; line: number; layout: CsvLayout } {
    // The header is all the check needs of the file: the rest is never read.
    const layout = this.#layout(file, this.#verified(file)?.header ?? '');
    const line = (this.#lines.get(file) ?? 1) + 1;
    const checked = checkNewRow(resource(RESOURCE_OF[file]), layout, record, {
      file: `${this.dir}/${file}`,
      line,
      keys: this.#keys.get(file)!,
      rules,
    });
    if (checked.problems.length > 0) {
      const first = checked.problems[0]!;
      const problems = checked.problems.map((p) => ({
        ...p,
        field: prefix && p.field === 'id' ? 'measure' : p.field && `${prefix}${p.field}`,
      }));
      throw new DecisionError(`${first.code}: ${first.message}`, problems);
    }
    return { row: checked.text, line, layout };
  }

  #layout(file: TableName, text: string): CsvLayout {
    if (text === '') {
      const columns = resource(RESOURCE_OF[file]).schema.fields.map((f) => f.name);
      return csvLayout(writeCsv(columns, []))!;
    }
    const layout = csvLayout(text);
    if (!layout) throw new DecisionError(`${this.dir}/${file} has no header row: fix it first`);
    return layout;
  }

  /**
   * The file as read, after making sure the disk still holds it: the same
   * regular file (inode), size and modification time to the nanosecond, so
   * a 30 MB claims.csv is not read back on every decision.
   */
  #verified(file: TableName): FileState | undefined {
    const path = join(this.dir, file);
    const known = this.#files.get(file);
    const now = lstatSync(path, { bigint: true, throwIfNoEntry: false });
    if (now && !now.isFile()) this.#read(file); // refused, with the reason
    const same =
      now === undefined
        ? known === undefined
        : known !== undefined &&
          now.isFile() &&
          now.ino === known.ino &&
          now.size === known.size &&
          now.mtimeNs === known.mtimeNs;
    if (!same) {
      throw new DecisionError(
        `${path} changed on disk since it was read: read the folder again (reload) before deciding`,
        [],
        true,
      );
    }
    return known;
  }

  /** The file's bytes on disk, if any; a link or any other entry that is no regular file is refused. */
  #read(file: TableName): Buffer | undefined {
    const path = join(this.dir, file);
    const result = readRegularFile(path);
    if ('refused' in result) {
      throw new DecisionError(`${path}: ${result.refused.code}: ${result.refused.message}`);
    }
    return 'bytes' in result ? Buffer.from(result.bytes) : undefined;
  }

  /** The file's text as read (and still on disk). */
  #current(file: TableName): string {
    if (this.#verified(file) === undefined) return '';
    return this.#read(file)?.toString('utf8') ?? '';
  }

  /**
   * Appends the row to the file as read (checked against the disk just
   * before), atomically: the kernel copies the file, the row is appended to
   * the copy, which replaces it. The rest of the file is never read here.
   */
  #append(file: TableName, row: string, layout: CsvLayout): void {
    const known = this.#files.get(file);
    const head =
      known === undefined || known.size === 0n
        ? `${layout.headerLine}${layout.newline}`
        : known.endsWithNewline
          ? ''
          : layout.newline;
    const path = appendInside(this.dir, file, `${head}${row}`);
    this.#files.set(file, {
      ...fileState(path),
      header: known?.header || `${layout.headerLine}${layout.newline}`,
      endsWithNewline: row.endsWith('\n'),
    });
    // A newline that closes the last line adds no line; a header line does.
    const added = countLines(row) + (head === layout.newline ? 0 : countLines(head));
    this.#lines.set(file, (this.#lines.get(file) ?? 0) + added);
  }

  /** Takes a row this run appended back out of its file. */
  #takeOut({ file, row }: WrittenRow): void {
    const without = removeRow(this.#current(file), row);
    if (without !== undefined) this.#write(file, without);
  }

  #write(file: TableName, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.#files.set(file, fileState(writeInside(this.dir, file, bytes), bytes));
    this.#lines.set(file, countLines(text));
  }

  #addSpan(claim: Claim): void {
    for (const [id, spans] of claimSpans([claim], this.#dataset.texts)) {
      this.#spans.set(id, [...(this.#spans.get(id) ?? []), ...spans]);
    }
  }
}

/** The edits of the claim, and those of a new measure (`measure_title` → `title`), each trimmed. */
function cleanEdits(edits: Edits): { claim: Partial<ClaimDraft>; measure: MeasureEdits } {
  const claim: Partial<ClaimDraft> = {};
  const measure: MeasureEdits = {};
  for (const [field, value] of Object.entries(edits)) {
    if (!(EDITABLE as readonly string[]).includes(field)) {
      throw new DecisionError(
        `"${field}" cannot be edited: it comes from the candidate (editable: ${EDITABLE.join(', ')})`,
      );
    }
    if (typeof value !== 'string') throw new DecisionError(`${field} must be text`);
    if (field.startsWith(MEASURE_PREFIX)) {
      measure[field.slice(MEASURE_PREFIX.length) as keyof MeasureEdits] = value.trim();
    } else claim[field as keyof ClaimDraft] = value.trim();
  }
  return { claim, measure };
}

function measureOf(draft: MeasureDraft): Measure {
  return {
    ...draft,
    category: draft.category as Category,
    unit: draft.unit as Unit,
    featured: draft.featured === '' ? undefined : Number(draft.featured),
  };
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

/** What a decision needs to know of a table on disk, and to tell whether it changed. */
interface FileState {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  /** The header line with its line ending ('' when there is none). */
  header: string;
  endsWithNewline: boolean;
}

/** The state of the file at `path`; its header and ending from `bytes` when given. */
function fileState(path: string, bytes: Buffer): FileState;
function fileState(path: string): Omit<FileState, 'header' | 'endsWithNewline'>;
function fileState(path: string, bytes?: Buffer) {
  const { ino, size, mtimeNs } = lstatSync(path, { bigint: true });
  if (!bytes) return { ino, size, mtimeNs };
  const end = bytes.indexOf(0x0a);
  return {
    ino,
    size,
    mtimeNs,
    header: bytes.subarray(0, end === -1 ? bytes.length : end + 1).toString('utf8'),
    endsWithNewline: bytes.length > 0 && bytes[bytes.length - 1] === 0x0a,
  };
}

/** Lines a text holds, counting a last line without its newline. */
function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/**
 * The primary keys of a table, with their lines, as the checker counts them:
 * the one column read off the CSV rows, no cell checked (claims check does
 * that), as 100,000 claims would take seconds to check twice.
 */
function keysWithLines(bytes: Buffer | undefined, file: TableName): Map<string, number> {
  const keys = new Map<string, number>();
  if (!bytes) return keys;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = csvRows(text, []);
  const at = rows.next().value?.values.indexOf(KEY_OF[file]) ?? -1;
  if (at === -1) return keys;
  const lines = new LineIndex(text);
  for (const row of rows) {
    const key = row.values[at] ?? '';
    if (key !== '' && !keys.has(key)) keys.set(key, lines.locate(row.offset).line);
  }
  return keys;
}
