import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { commandUsage, overview } from '../../src/cli/usage';
import type { CommandHelp } from '../../src/cli/usage';
import { runCli } from '../support/cli';

const MOVE: CommandHelp = {
  operand: { usage: 'KEY', noun: 'KEY' },
  summary: 'move a claim to another claims folder, keeping its id and citation',
  about: 'Moves the claim KEY.',
  options: {
    to: { type: 'string', value: 'DIR', required: true, description: 'the folder to move it to' },
    dir: { type: 'string', value: 'DIR', default: 'claims', description: 'where it is now' },
    dry: { type: 'boolean', description: 'print what would move, and move nothing' },
  },
};

describe('command help, written from the command table', () => {
  test('commandUsage(a new command) writes its usage line and lists each option with its description', () => {
    expect(commandUsage('move', MOVE)).toBe(
      [
        'Usage: claims move KEY --to DIR [--dir DIR] [--dry]',
        '',
        'Moves the claim KEY.',
        '',
        'Options:',
        '  --to DIR   the folder to move it to',
        '  --dir DIR  where it is now',
        '  --dry      print what would move, and move nothing',
      ].join('\n'),
    );
  });

  test('overview(table with a new command) lists it with its required options, wrapping a long summary', () => {
    const text = overview({ move: MOVE });
    expect(text).toContain(
      '  move KEY --to DIR  move a claim to another claims folder, keeping its id and\n' +
        '                     citation',
    );
    expect(text).toMatch(/^Usage: claims <command> \[options\]/);
  });

  test('claims --help lists every command of the table, each with its summary', async () => {
    const run = await runCli('--help');
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(run.out).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(run.out.replace(/\s+/g, ' ')).toContain(command.summary);
    }
  });

  test.each(Object.keys(COMMANDS))(
    'claims %s --help is the usage the table writes, naming every option',
    async (name) => {
      const command = COMMANDS[name]!;
      const run = await runCli(name, '--help');
      expect(run.code).toBe(0);
      expect(run.out).toBe(commandUsage(name, command));
      for (const option of Object.keys(command.options)) expect(run.out).toContain(`--${option}`);
    },
  );

  test('claims skip without --kind names what is missing, with the usage', async () => {
    const run = await runCli('skip', 'a/s1/3 people', '--reason', 'test');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^claims: skip needs --kind\n\nUsage: claims skip KEY --kind KIND/);
  });

  test('claims accept with two keys says it takes one', async () => {
    const run = await runCli('accept', 'a', 'b');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^claims: accept takes one KEY\n\nUsage: claims accept KEY/);
  });
});
