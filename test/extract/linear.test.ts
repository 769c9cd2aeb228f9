/**
 * `claims extract` costs in proportion to its input, whatever the shape of
 * the text: one line of a megabyte, one "sentence" with no full stop, a run
 * with no spaces. Time is never asserted; the work is counted instead:
 * tokens made, characters ICU steps over, characters handed to the
 * per-figure helpers (subject, attribution, category) and characters printed.
 * Doubling the input must roughly double each count.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { extractLines } from '../../src/cli/commands/extract-job';
import { CONTEXT, MAX_QUOTE } from '../../src/extract/candidates';

const work = vi.hoisted(() => ({ tokens: 0, icu: 0, helpers: 0 }));

vi.mock('../../src/model/quantity/tokens', async (original) => {
  const m = await original<typeof import('../../src/model/quantity/tokens')>();
  return {
    ...m,
    tokenize: (...args: Parameters<typeof m.tokenize>) => {
      const list = m.tokenize(...args);
      work.tokens += list.length;
      return list;
    },
  };
});
vi.mock('../../src/extract/attribution', async (original) => {
  const m = await original<typeof import('../../src/extract/attribution')>();
  return {
    findAttribution: (sentence: string) => {
      work.helpers += sentence.length;
      return m.findAttribution(sentence);
    },
  };
});
vi.mock('../../src/extract/subject', async (original) => {
  const m = await original<typeof import('../../src/extract/subject')>();
  return {
    describeSubject: (...args: Parameters<typeof m.describeSubject>) => {
      work.helpers += args[0].length;
      return m.describeSubject(...args);
    },
  };
});
vi.mock('../../src/extract/category', async (original) => {
  const m = await original<typeof import('../../src/extract/category')>();
  return {
    guessCategory: (...args: Parameters<typeof m.guessCategory>) => {
      work.helpers += args[1].length;
      return m.guessCategory(...args);
    },
  };
});

// ICU copies its whole input at every step of a segmentation: count that.
const segment = Intl.Segmenter.prototype.segment;
beforeAll(() => {
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
    const segments = segment.call(this, input);
    return {
      containing: (i?: number) => segments.containing(i),
      *[Symbol.iterator]() {
        for (const s of segments) {
          work.icu += input.length;
          yield s;
        }
      },
    } as Intl.Segments;
  };
});
afterAll(() => {
  Intl.Segmenter.prototype.segment = segment;
});

const dir = mkdtempSync(join(tmpdir(), 'claims-linear-'));

interface Work {
  tokens: number;
  icu: number;
  helpers: number;
  printed: number;
  figures: number;
}

function measure(text: string, json: boolean): Work {
  const file = join(dir, 'input.txt');
  writeFileSync(file, text);
  work.tokens = work.icu = work.helpers = 0;
  const { lines } = extractLines({ path: file }, { json, all: false }, undefined);
  const printed = lines.reduce((n, l) => n + l.length, 0);
  return { ...work, printed, figures: lines.length };
}

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));

// Texts of about n characters, all on one line.
const SHAPES: Array<[string, (n: number) => string]> = [
  ['sentences', (n) => repeat('About 40 fighters were killed near Sirte, officials said. ', n)],
  [
    'one sentence with no full stop',
    (n) => repeat('some 40 fighters and 12 trucks, 3.5 million barrels; ', n),
  ],
  [
    'a long run with no full stop, then short sentences',
    (n) => `${repeat('word ', n / 2)}. ${repeat('It cost $5. ', n / 2)}`,
  ],
  ['no spaces at all', (n) => repeat('40,000kg/12%/$3bn/', n)],
  ['no figures', (n) => repeat('Officials said the talks had stalled again. ', n)],
];

// Above the longest line the sentence rules take themselves, so ICU is counted too.
const N = 70_000;

describe('claims extract costs in proportion to its input', () => {
  // Two extractions of 70,000 and 140,000 characters each, counters wrapped round every helper.
  test.each(SHAPES)(
    '%s: twice the text, about twice the work',
    { timeout: 20_000 },
    (_name, text) => {
      // The readable list: it prints an excerpt of the sentence with each figure.
      const small = measure(text(N), false);
      const large = measure(text(2 * N), false);
      for (const key of ['tokens', 'icu', 'helpers', 'printed'] as const) {
        const message = `${key}: ${small[key]} for ${N} characters, ${large[key]} for ${2 * N}`;
        // No count grows faster than the text…
        expect(large[key], message).toBeLessThanOrEqual(2.2 * small[key] + 1000);
      }
      // …none is a large multiple of it…
      expect(small.tokens).toBeLessThanOrEqual(N);
      // (ICU copies a window of 2,048 characters at each step; the shortest sentences here are 12.)
      expect(small.icu).toBeLessThanOrEqual(200 * N);
      // …and each figure reads and prints a bounded part of its sentence.
      const perFigure = 3 * (2 * CONTEXT + 200);
      expect(small.helpers).toBeLessThanOrEqual(small.figures * perFigure + N);
      expect(small.printed).toBeLessThanOrEqual(small.figures * perFigure + N);
    },
  );

  // --json gives each figure its sentence, the quote a claim would cite: a
  // long one only by the words around the figure, or a line of thousands of
  // figures would print its whole self thousands of times.
  test.each(SHAPES)(
    '%s: --json prints about twice as much for twice the text',
    { timeout: 20_000 },
    (_name, text) => {
      const small = measure(text(N), true);
      const large = measure(text(2 * N), true);
      const message = `printed: ${small.printed} for ${N} characters, ${large.printed} for ${2 * N}`;
      expect(large.printed, message).toBeLessThanOrEqual(2.2 * small.printed + 1000);
      expect(small.printed).toBeLessThanOrEqual(
        small.figures * (MAX_QUOTE + 2 * CONTEXT + 600) + N,
      );
    },
  );
});
