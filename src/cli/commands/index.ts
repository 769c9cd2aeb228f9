/**
 * Every command of `claims`, in the order `claims --help` lists them: its
 * argument, options and help, and how it runs. Adding a command is adding an
 * entry here; its usage and the overview are written from it (usage.ts). A
 * command's code is imported when it runs, so `claims --help` stays instant.
 */
import { EDITABLE } from '../../curate/workspace/editable';
import { CliError } from '../../node/error';
import type { Io } from '../io';
import type { CommandHelp } from '../usage';

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface Command extends CommandHelp {
  /** `usage` is the command's help, for the errors `run` throws. */
  run(operand: string, values: OptionValues, io: Io, usage: string): Promise<number>;
}

const DIR = { type: 'string', value: 'DIR', default: 'claims' } as const;
/** The fields `accept` may replace, as options: --subject, --as-of. */
const FIELDS = EDITABLE.map((field) => field.replace(/_/g, '-'));

export const COMMANDS: Readonly<Record<string, Command>> = {
  check: {
    operand: { usage: '[DIR]', noun: 'folder', default: 'claims' },
    summary: "prove every claim's citation against its source text",
    about: `Proves every claim in DIR (default: claims) against its source:
the CSV files against the schema in claims/datapackage.json (every claim's
measure in measures.csv, with the claim's unit and category; every measure
cited), and every quote against the text of DIR/sources/<source_id>.txt.

Prints each problem as FILE:LINE:COLUMN: CODE: message and exits 1,
or prints one summary line and exits 0. Warnings (FILE:LINE:COLUMN: warning:
CODE: message) reject nothing and do not fail the check.`,
    options: {},
    run: async (dir, _values, io) => (await import('./check')).check(dir, io),
  },

  ingest: {
    operand: { usage: 'FILE', noun: 'FILE' },
    summary: 'store articles (text, .html pages, .jsonl) in a claims folder',
    about: `Stores the articles in FILE as DIR/sources/<source-id>.txt and rows of
DIR/sources.csv (DIR defaults to claims). FILE is one of:
  *.html, *.htm  a saved web page: the article's text through Readability,
                 its title, byline, date, address and publisher from the page
  *.jsonl        JSON Lines, one article per line: {"title", "text", and
                 optionally "url", "published", "publisher", "credits"}
  anything else  text of news articles concatenated, each starting with its
                 headline, stored byte for byte

Running it again changes nothing: existing rows of sources.csv, which a curator
may have edited, are kept. It refuses to change the text of a source that
claims in DIR/claims.csv cite, naming those claims, unless --force is given.`,
    options: {
      out: { ...DIR, description: 'the claims folder to store into (default: claims)' },
      force: {
        type: 'boolean',
        default: false,
        description: 'change the text of a source even when claims cite it',
      },
    },
    run: async (file, values, io) =>
      (await import('./ingest')).ingest(
        file,
        { out: String(values.out), force: Boolean(values.force) },
        io,
      ),
  },

  extract: {
    operand: { usage: '[PATH|-]', noun: 'PATH', default: 'claims/sources' },
    summary: 'propose candidate claims from news text',
    about: `Proposes candidate claims: every figure in news text, with its sentence,
qualifier, unit, a guessed category, subject and attribution.

PATH is a text file, a folder of source texts (default: claims/sources), or -
for standard input.`,
    options: {
      json: {
        type: 'boolean',
        default: false,
        description:
          'one JSON object per line: source_id, sentence_id, start, end (offsets of the mention in the text), mention, value, low, high, qualifier, unit, category, subject, attributed_to, sentence (the sentence that holds it: the quote a claim cites), key (source_id/sentence_id/mention, for claims accept and skip)',
      },
      uncurated: {
        type: 'boolean',
        default: false,
        description:
          'only candidates that no claim in claims/claims.csv covers and that claims/skipped.csv does not set aside: the to-do list',
      },
      all: {
        type: 'boolean',
        default: false,
        description:
          'also numbers that are not claims: years, dates, times, ordinals, ages, phone numbers, identifiers, names, scores',
      },
      threads: {
        type: 'string',
        value: 'N',
        description:
          "read a folder's files on N threads (1: on the main thread only); by default one per core for 4 MB of text or more. The output is the same whatever N",
      },
    },
    run: async (path, values, io, usage) =>
      (await import('./extract')).extract(
        path,
        {
          json: Boolean(values.json),
          uncurated: Boolean(values.uncurated),
          all: Boolean(values.all),
          ...threadsOption(values.threads, usage),
        },
        io,
      ),
  },

  accept: {
    operand: { usage: 'KEY', noun: 'KEY' },
    summary: 'accept a candidate as a claim, with edits',
    about: `Accepts the candidate KEY (<source_id>/<sentence_id>/<mention>, as
claims extract prints it) as a claim in DIR/claims.csv (DIR defaults to
claims): the proposal as it stands, with any field given replaced.
The row is checked as claims check would check it and written only if it
passes; otherwise each problem is printed and nothing is written.`,
    options: { dir: { ...DIR, description: 'the claims folder (default: claims)' } },
    optionGroup: {
      usage: '--FIELD VALUE …',
      names: FIELDS,
      description: `a field of the proposal replaced; FIELD is one of ${FIELDS.join(' ')}`,
    },
    run: async (key, values, io) =>
      (await import('./decide')).accept(key, String(values.dir), values, io),
  },

  skip: {
    operand: { usage: 'KEY', noun: 'KEY' },
    summary: 'set a candidate aside in skipped.csv',
    about: 'Sets the candidate KEY aside in DIR/skipped.csv (DIR defaults to claims).',
    options: {
      kind: {
        type: 'string',
        required: true,
        description:
          'not_a_claim (a real quantity that is no claim about the world) or not_a_quantity (the extractor misread a name or the like)',
      },
      reason: { type: 'string', required: true, description: 'why, kept in skipped.csv' },
      dir: { ...DIR, description: 'the claims folder (default: claims)' },
    },
    run: async (key, values, io) =>
      (await import('./decide')).skip(
        key,
        String(values.dir),
        String(values.kind),
        String(values.reason),
        io,
      ),
  },

  curate: {
    operand: { usage: '[DIR]', noun: 'folder', default: 'claims' },
    summary: 'the review workbench: a local server for DIR',
    about: `Starts the review workbench for the claims folder DIR (default: claims) on
http://127.0.0.1:N (a free port unless --port is given) and prints its URL,
which carries a secret for this run: open that URL. Candidates still to
decide come article by article; Enter accepts a proposal, every field can be
edited first, and each decision is written to DIR at once. Ctrl+C stops it.`,
    options: {
      port: {
        type: 'string',
        value: 'N',
        default: '0',
        description: 'the port to listen on, from 0 to 65535 (default 0: a free one)',
      },
    },
    run: async (dir, values, io) =>
      (await import('../../curate/server/command')).curate(dir, String(values.port), io),
  },
};

/** `--threads N`: a whole number from 1 up; absent, the command decides. */
function threadsOption(value: string | boolean | undefined, usage: string) {
  if (value === undefined) return {};
  const n = Number(value);
  if (!/^[0-9]+$/.test(String(value)) || n < 1 || n > 256) {
    throw new CliError(`--threads takes a whole number from 1 to 256, not "${value}"\n\n${usage}`);
  }
  return { threads: n };
}
