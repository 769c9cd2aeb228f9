/**
 * The development set of test/extraction/devset/: sentences written for this
 * project and labelled by docs/extraction-rules.md, split once by a hash of
 * their text into a part to tune on and a part to test on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EvaluationCase } from './score';

export const PARTS = ['tune', 'test'] as const;
export type Part = (typeof PARTS)[number];

export const VARIETIES = ['uk', 'us', 'au', 'asia', 'other'] as const;

export interface DevCase extends EvaluationCase {
  domain: string;
  variety: string;
  /** The classes of docs/extraction-rules.md section 9 the sentence exercises. */
  constructs: string[];
}

/** Share of sentences in the tuning part. */
export const TUNE_SHARE = 0.6;

/**
 * The part a sentence belongs to: the first 32 bits of the SHA-256 of its
 * text, as a fraction of 2^32, below TUNE_SHARE is `tune`. A pure function of
 * the text, so adding sentences never moves the old ones.
 */
export function partOf(text: string): Part {
  const head = createHash('sha256').update(text, 'utf8').digest().readUInt32BE(0);
  return head / 2 ** 32 < TUNE_SHARE ? 'tune' : 'test';
}

export const devsetFile = (part: Part): URL => new URL(`devset/${part}.jsonl`, import.meta.url);

export interface ParsedLine {
  line: number;
  case?: DevCase;
  error?: string;
}

/** Each non-blank line of a JSONL file, parsed, or why it could not be. */
export function parseLines(source: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  source.split('\n').forEach((raw, k) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: k + 1, case: JSON.parse(raw) as DevCase });
    } catch (e) {
      out.push({ line: k + 1, error: (e as Error).message });
    }
  });
  return out;
}

/** The labelled sentences of one part; throws, naming the line, on a line that is not JSON. */
export function loadPart(part: Part): DevCase[] {
  return parseLines(readFileSync(devsetFile(part), 'utf8')).map((p) => {
    if (!p.case) throw new Error(`devset/${part}.jsonl:${p.line}: ${p.error}`);
    return p.case;
  });
}

const RULES = new URL('../../docs/extraction-rules.md', import.meta.url);

/** The codes in the first column of the tables under a heading of docs/extraction-rules.md. */
function codesUnder(heading: string, rules: string): Set<string> {
  const start = rules.indexOf(heading);
  if (start === -1) throw new Error(`docs/extraction-rules.md has no "${heading}"`);
  const end = rules.indexOf('\n## ', start + heading.length);
  const codes = new Set<string>();
  for (const row of rules.slice(start, end === -1 ? undefined : end).split('\n')) {
    const first = /^\|([^|]*)\|/.exec(row)?.[1] ?? '';
    for (const code of first.matchAll(/`([a-z0-9_]+)`/g)) codes.add(code[1]!);
  }
  return codes;
}

/** Every unit code of the rules' unit list. */
export const documentedUnits = (rules = readFileSync(RULES, 'utf8')): Set<string> =>
  codesUnder('### The unit list', rules);

/** Every construct tag of the rules' section 9. */
export const documentedConstructs = (rules = readFileSync(RULES, 'utf8')): Set<string> =>
  codesUnder('## 9. Construct tags', rules);
