/**
 * `claims`: the command line. Commands are imported lazily so `claims --help`
 * stays instant; errors meant for users are CliErrors, printed without a stack.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { COMMANDS } from './commands';
import type { Command, OptionValues } from './commands';
import { CliError } from '../node/error';
import { CLOSED_OUTPUT_STATUS, OutputClosed, processIo } from './io';
import type { Io } from './io';
import { commandUsage, overview } from './usage';

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
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(overview(COMMANDS));
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new CliError(`unknown command "${name}"\n\n${overview(COMMANDS)}`);
  const usage = commandUsage(name, command);
  const { values, positionals } = parse(rest, command, usage);
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const { noun, default: fallback } = command.operand;
  const operand = positionals[0] ?? fallback;
  if (operand === undefined || positionals.length > 1) {
    throw new CliError(`${name} takes one ${noun}\n\n${usage}`);
  }
  const missing = Object.entries(command.options)
    .filter(([option, spec]) => spec.required && typeof values[option] !== 'string')
    .map(([option]) => `--${option}`);
  if (missing.length > 0) throw new CliError(`${name} needs ${missing.join(' and ')}\n\n${usage}`);
  return command.run(operand, values, io, usage);
}

/** The command's options parsed (strings and flags; --help for every command). */
function parse(args: string[], command: Command, usage: string) {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const [option, spec] of Object.entries(command.options)) {
    options[option] =
      spec.default === undefined ? { type: spec.type } : { type: spec.type, default: spec.default };
  }
  for (const option of command.optionGroup?.names ?? []) options[option] = { type: 'string' };
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${usage}`);
  }
}
