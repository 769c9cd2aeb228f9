/**
 * `claims`: the command line. Commands are imported lazily so `claims --help`
 * stays instant; errors meant for users are CliErrors, printed without a stack.
 */
import { parseArgs } from 'node:util';
import { CliError } from './error';
import { CLOSED_OUTPUT_STATUS, OutputClosed, processIo } from './io';
import type { Io } from './io';

const usage = `Usage: claims <command> [options]

Commands:
  check [DIR]              prove every claim's citation against its source text
  ingest FILE [--out DIR]  store articles (text, .html pages, .jsonl) in DIR/sources/
  extract [PATH|-]         propose candidate claims from news text
  accept KEY [--FIELD V]   accept a candidate as a claim, with edits
  skip KEY --kind K --reason R
                           set a candidate aside in skipped.csv
  curate [DIR] [--port N]  the review workbench: a local server for DIR

Run claims <command> --help for a command's options.`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof OutputClosed) return CLOSED_OUTPUT_STATUS;
    try {
      return report(e, io);
    } catch (again) {
      // Nowhere left to say it (standard error is closed too).
      if (again instanceof OutputClosed) return CLOSED_OUTPUT_STATUS;
      throw again;
    }
  }
}

function report(e: unknown, io: Io): number {
  if (e instanceof CliError) {
    io.err(`claims: ${e.message}`);
    return e.exitCode;
  }
  // A bug, not bad input: say so in one line; the stack only on request.
  io.err(`claims: internal error: ${(e as Error).message ?? String(e)}`);
  if (process.env.CLAIMS_DEBUG) io.err(String((e as Error).stack));
  return 70;
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(usage);
      return command === undefined ? 2 : 0;
    case 'check': {
      const { checkUsage, check } = await import('./commands/check');
      const args = parse(rest, {}, checkUsage);
      if (args.help) return help(io, checkUsage);
      if (args.positionals.length > 1)
        throw new CliError(`check takes one folder\n\n${checkUsage}`);
      return check(args.positionals[0] ?? 'claims', io);
    }
    case 'ingest': {
      const { ingestUsage, ingest } = await import('./commands/ingest');
      const args = parse(
        rest,
        { out: { type: 'string', default: 'claims' }, force: { type: 'boolean', default: false } },
        ingestUsage,
      );
      if (args.help) return help(io, ingestUsage);
      const [file, ...extra] = args.positionals;
      if (file === undefined || extra.length > 0) {
        throw new CliError(`ingest takes one FILE\n\n${ingestUsage}`);
      }
      return ingest(file, { out: String(args.values.out), force: Boolean(args.values.force) }, io);
    }
    case 'extract': {
      const { extractUsage, extract } = await import('./commands/extract');
      const args = parse(
        rest,
        {
          json: { type: 'boolean', default: false },
          uncurated: { type: 'boolean', default: false },
          all: { type: 'boolean', default: false },
          threads: { type: 'string' },
        },
        extractUsage,
      );
      if (args.help) return help(io, extractUsage);
      if (args.positionals.length > 1)
        throw new CliError(`extract takes one PATH\n\n${extractUsage}`);
      const flags = {
        json: !!args.values.json,
        uncurated: !!args.values.uncurated,
        all: !!args.values.all,
        ...threadsOption(args.values.threads, extractUsage),
      };
      return extract(args.positionals[0] ?? 'claims/sources', flags, io);
    }
    case 'accept': {
      const { acceptUsage, accept, fieldArgs } = await import('./commands/decide');
      const args = parse(
        rest,
        { dir: { type: 'string', default: 'claims' }, ...fieldArgs },
        acceptUsage,
      );
      if (args.help) return help(io, acceptUsage);
      const [key, ...extra] = args.positionals;
      if (key === undefined || extra.length > 0)
        throw new CliError(`accept takes one KEY\n\n${acceptUsage}`);
      return accept(key, String(args.values.dir), args.values, io);
    }
    case 'skip': {
      const { skipUsage, skip } = await import('./commands/decide');
      const args = parse(
        rest,
        {
          dir: { type: 'string', default: 'claims' },
          kind: { type: 'string' },
          reason: { type: 'string' },
        },
        skipUsage,
      );
      if (args.help) return help(io, skipUsage);
      const [key, ...extra] = args.positionals;
      if (key === undefined || extra.length > 0)
        throw new CliError(`skip takes one KEY\n\n${skipUsage}`);
      const { kind, reason } = args.values;
      if (typeof kind !== 'string' || typeof reason !== 'string')
        throw new CliError(`skip needs --kind and --reason\n\n${skipUsage}`);
      return skip(key, String(args.values.dir), kind, reason, io);
    }
    case 'curate': {
      const { curateUsage, curate } = await import('../curate/server/command');
      const args = parse(rest, { port: { type: 'string', default: '0' } }, curateUsage);
      if (args.help) return help(io, curateUsage);
      if (args.positionals.length > 1)
        throw new CliError(`curate takes one folder\n\n${curateUsage}`);
      return curate(args.positionals[0] ?? 'claims', String(args.values.port), io);
    }
    default:
      throw new CliError(`unknown command "${command}"\n\n${usage}`);
  }
}

type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; default?: string | boolean; multiple?: false }
>;

function parse(args: string[], options: OptionSpec, commandUsage: string) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    // parseArgs's inferred type does not survive the spread above; values are plain here.
    const plain = values as Record<string, string | boolean | undefined>;
    return { values: plain, positionals, help: Boolean(plain.help) };
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${commandUsage}`);
  }
}

/** `--threads N`: a whole number from 1 up; absent, the command decides. */
function threadsOption(value: string | boolean | undefined, commandUsage: string) {
  if (value === undefined) return {};
  const n = Number(value);
  if (!/^[0-9]+$/.test(String(value)) || n < 1 || n > 256) {
    throw new CliError(
      `--threads takes a whole number from 1 to 256, not "${value}"\n\n${commandUsage}`,
    );
  }
  return { threads: n };
}

function help(io: Io, text: string): number {
  io.out(text);
  return 0;
}
