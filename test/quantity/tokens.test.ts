/**
 * The tokenizer keeps its tokens in typed arrays and makes a token's strings
 * when the grammar first reads it; the tokens it gives must be exactly those
 * of the plain tokenizer (test/support/reference-tokens.ts), whatever the
 * text, wherever a chunk starts, and whatever the table held before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM, tokenize, TokenTable, WordFilter, WORD } from '../../src/model/quantity/token-table';
import { Tokens } from '../../src/model/quantity/tokens';
import type { Token } from '../../src/model/quantity/tokens';
import { referenceTokens } from '../support/reference-tokens';

/** Every field a token has, getters included, as a plain object to compare. */
function fieldsOf(t: Token): Token {
  const { kind, start, end, text, lower, gap, nl, cap, num, commas, decimal } = t;
  return { kind, start, end, text, lower, gap, nl, cap, num, commas, decimal };
}

function tokensOf(text: string, from?: number, to?: number, into?: TokenTable): Token[] {
  const tokens = new Tokens(text, tokenize(text, from, to, into));
  return Array.from({ length: tokens.length }, (_, i) => fieldsOf(tokens.at(i)));
}

/** Pieces that exercise every branch of the tokenizer, to be joined at random. */
const PIECES = [
  ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u2028', '\u2029', '\u3000', '\ufeff',
  '.', ',', ';', '!', '?', '…', '"', '“', '’', "'", '(', '-', '–', '−', '$', '£', '€', '%', '×',
  '0', '7', '12', '360', ',000', '3,4', '1,2345', '.5', '.002', '3.', '1.6', 'U.S.', 'p.m.', 'a.',
  'A', 'the', 'The', 'THE', 'a', 'an', 'one', 'Seven', 'hundred', 'dozens', 'twenty', 'third',
  'fivefold', "o'clock", 'don’t', "'s", 'café', 'ÉTÉ', 'Zürich', 'Москва', '北京', 'e\u0301',
  '😀', '\ud800', '\udc00', 'km', 'GB', 'bn', 'x',
]; // prettier-ignore

const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

describe('tokenize', () => {
  it('gives the plain tokenizer’s tokens on random text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokensOf(text)).toEqual(referenceTokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the plain tokenizer’s tokens from any start after whitespace to any end', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        // A chunk starts where a token starts: at the text's start or after whitespace.
        const starts = [0, ...[...text.matchAll(/\s/g)].map((m) => m.index + 1)];
        const from = starts[a % starts.length]!;
        const to = from + (b % (text.length - from + 1));
        expect(tokensOf(text, from, to)).toEqual(referenceTokens(text, from, to));
      }),
      { numRuns: 1000 },
    );
  });

  it('fills a table again without keeping anything of what it held', () => {
    const table = new TokenTable(4);
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokensOf(text, 0, text.length, table)).toEqual(referenceTokens(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the plain tokenizer’s tokens on the shipped sources', () => {
    const folder = new URL('../../claims/sources/', import.meta.url);
    const names = readdirSync(folder).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      expect(tokensOf(text)).toEqual(referenceTokens(text));
    }
  });
});

describe('WordFilter', () => {
  const words = ['the', 'a', 'million', 'fivefold', "o'clock", 'café'];
  const filter = new WordFilter(words);

  it('never rules out a word of its set, however it is written', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...words), (text, word) => {
        for (const written of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
          const full = `${text} ${written} ${text}`;
          const table = tokenize(full);
          const tokens = new Tokens(full, table);
          for (let i = 0; i < table.length; i++) {
            if (table.kind[i] === WORD && words.includes(tokens.at(i).lower)) {
              expect(filter.mayHold(table, i)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rules out most other words on their hash', () => {
    const text = readFileSync(new URL('../fixtures/seed-corpus.txt', import.meta.url), 'utf8');
    const table = tokenize(text);
    const tokens = new Tokens(text, table);
    let others = 0;
    let passed = 0;
    for (let i = 0; i < table.length; i++) {
      if (table.kind[i] !== WORD || words.includes(tokens.at(i).lower)) continue;
      others++;
      if (filter.mayHold(table, i)) passed++;
    }
    expect(others).toBeGreaterThan(1000);
    // Only words that are not plain ASCII letters, and hash collisions, get through.
    expect(passed / others).toBeLessThan(0.05);
  });

  it('lists as openings every number and every word it does not rule out, in order', () => {
    const table = new TokenTable(16);
    fc.assert(
      fc.property(texts, fc.constantFrom(...words), (text, word) => {
        const full = `${text} ${word} ${text}`;
        tokenize(full, 0, full.length, table, filter);
        const expected: number[] = [];
        for (let i = 0; i < table.length; i++) {
          const kind = table.kind[i];
          if (kind === NUM || (kind === WORD && filter.mayHold(table, i))) expected.push(i);
        }
        expect([...table.opening.subarray(0, table.openings)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
