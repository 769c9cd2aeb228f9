/**
 * The help the command line prints, written from the command table alone: a
 * command's usage line and option list come from its options' descriptions,
 * and `claims --help` lists every command of the table.
 */

export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
  /** What a string option's value stands for in the usage ("DIR", "N"). */
  value?: string;
  /** Written without brackets, and checked before the command runs. */
  required?: boolean;
  description: string;
}

/** Options the usage writes as one entry ("[--FIELD VALUE …]"), each taking a string. */
export interface OptionGroup {
  usage: string;
  names: readonly string[];
  description: string;
}

export interface CommandHelp {
  operand: {
    /** The command's one argument as the usage writes it ("[DIR]", "FILE"). */
    usage: string;
    /** What errors call it: "check takes one folder". */
    noun: string;
    /** Taken when none is given; without it, the operand is required. */
    default?: string;
  };
  /** One line in `claims --help`. */
  summary: string;
  /** What `claims <command> --help` says under the usage line. */
  about: string;
  options: Readonly<Record<string, OptionSpec>>;
  optionGroup?: OptionGroup;
}

const WIDTH = 80;
/** The farthest the descriptions of a list start; a longer term puts its description below. */
const MAX_COLUMN = 27;

/** `--out DIR`, `--force`. */
function optionTerm(option: string, spec: OptionSpec): string {
  return spec.type === 'boolean'
    ? `--${option}`
    : `--${option} ${spec.value ?? option.toUpperCase()}`;
}

/** The options the command cannot run without, as the usage writes them. */
function requiredTerms(command: CommandHelp): string[] {
  return Object.entries(command.options)
    .filter(([, spec]) => spec.required)
    .map(([option, spec]) => optionTerm(option, spec));
}

/** `Usage: claims NAME OPERAND --required R [--optional O] [--flag]`. */
function usageLine(name: string, command: CommandHelp): string {
  return [
    `Usage: claims ${name}`,
    command.operand.usage,
    ...requiredTerms(command),
    ...Object.entries(command.options)
      .filter(([, spec]) => !spec.required)
      .map(([option, spec]) => `[${optionTerm(option, spec)}]`),
    ...(command.optionGroup ? [`[${command.optionGroup.usage}]`] : []),
  ].join(' ');
}

/** What `claims NAME --help` prints, and what follows an error in its use. */
export function commandUsage(name: string, command: CommandHelp): string {
  const options: [string, string][] = Object.entries(command.options).map(([option, spec]) => [
    optionTerm(option, spec),
    spec.description,
  ]);
  if (command.optionGroup)
    options.push([command.optionGroup.usage, command.optionGroup.description]);
  const parts = [usageLine(name, command), command.about];
  if (options.length > 0) parts.push(`Options:\n${list(options)}`);
  return parts.join('\n\n');
}

/** What `claims --help` prints. */
export function overview(commands: Readonly<Record<string, CommandHelp>>): string {
  const lines = Object.entries(commands).map(([name, command]): [string, string] => [
    [name, command.operand.usage, ...requiredTerms(command)].join(' '),
    command.summary,
  ]);
  return `Usage: claims <command> [options]

Commands:
${list(lines)}

Run claims <command> --help for a command's options.`;
}

/**
 * `  term   description` for each entry, the descriptions wrapped in one
 * column; a term too long for it puts its description on the next line.
 */
function list(entries: readonly [string, string][]): string {
  const fits = entries.map(([term]) => term.length + 4).filter((n) => n <= MAX_COLUMN);
  const column = Math.max(...fits, 0) || MAX_COLUMN;
  const indent = ' '.repeat(column);
  return entries
    .map(([term, description]) => {
      const lines = wrap(description, WIDTH - column).map((line) => indent + line);
      const head = `  ${term}`;
      if (head.length + 2 <= column) lines[0] = head.padEnd(column) + lines[0]!.trimStart();
      else lines.unshift(head);
      return lines.join('\n');
    })
    .join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
