/**
 * Stage 2 of the check: which sources have a text to verify their claims
 * against. Verifying, each row of sources.csv needs its `sources/<id>.txt`
 * (present, within the size limit) and each text needs its row; trusting an
 * earlier check, its findings at each row stand for the texts.
 */
import { echo } from '../problem';
import type { Problem } from '../problem';
import { SOURCE_TEXT_MAX_BYTES } from '../schema';
import { UNREADABLE_TEXT } from './claim-row';
import type { KnownProblems } from './known';
import type { Tables } from './read-tables';

export interface SourceTexts {
  /** For each row of sources.csv, in order: the code of the problem that makes its text unreadable. */
  unreadable: (Problem['code'] | undefined)[];
  /** Source id → text, for the sources that have one. */
  texts: Map<string, string>;
  problems: Problem[];
}

export function checkSourceTexts(tables: Tables): SourceTexts {
  const { dir, oversized, refused } = tables;
  const sourcesFile = tables.sources.file;
  const textFile = (id: string) => `${dir}/sources/${id}.txt`;
  const texts = new Map(tables.texts);
  const problems: Problem[] = [];
  const listed = new Set<string>();
  const unreadable = tables.sources.rows.map((row) => {
    const id = String(row.record.id ?? '');
    if (id !== '') listed.add(id);
    // An id that is no id names no file: its own problem says enough.
    if (id === '' || row.invalid.has('id')) return undefined;
    const problem = (code: Problem['code'], message: string) => {
      problems.push({
        file: sourcesFile,
        line: row.line,
        column: row.columns.id ?? 0,
        code,
        message,
      });
      return code;
    };
    const size = oversized.get(id);
    if (size !== undefined) {
      return problem(
        'text-too-large',
        `${textFile(id)} is ${size.toLocaleString('en-US')} bytes: a source text may have at most ${SOURCE_TEXT_MAX_BYTES.toLocaleString('en-US')} (claims/datapackage.json)`,
      );
    }
    if (texts.has(id)) return undefined;
    return problem(
      'missing-source-file',
      refused.has(textFile(id))
        ? `source ${echo(id)} has no usable text: ${textFile(id)} was not read (its own problem says why)`
        : `source ${echo(id)} has no text file ${textFile(id)}`,
    );
  });
  // A text that no row lists is not a source: nothing may cite it, and the
  // build does not publish it. (Only a folder read from disk has these.)
  for (const id of [...tables.texts.keys(), ...oversized.keys()]) {
    if (listed.has(id)) continue;
    texts.delete(id);
    problems.push({
      file: textFile(id),
      line: 0,
      column: 0,
      code: 'unlisted-source-file',
      message: `no row of ${sourcesFile} has the id ${echo(id)}: add its row (claims ingest does) or delete the file`,
    });
  }
  return { unreadable, texts, problems };
}

/** The earlier check's findings at each row of sources.csv, in place of reading the texts. */
export function applyKnownSourceTexts(tables: Tables, known: KnownProblems): SourceTexts {
  const problems: Problem[] = [];
  const unreadable = tables.sources.rows.map((row) => {
    let code: Problem['code'] | undefined;
    for (const p of known.at(tables.sources.file, row.line)) {
      problems.push(p);
      if (UNREADABLE_TEXT[p.code]) code ??= p.code;
    }
    return code;
  });
  return { unreadable, texts: tables.texts, problems };
}
