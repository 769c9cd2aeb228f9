import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../src/model/quantity';
import { sentenceEnds, sentenceEndsAt, SentenceStops } from '../../src/model/text/sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The reference: Intl.Segmenter's segment ends over the whole text. */
function icuEnds(text: string): number[] {
  return [...segmenter.segment(text)].map((s) => s.index + s.segment.length);
}

/** Characters of every block the rules classify themselves, and a few that go to ICU. */
function charactersToTry(): string[] {
  const chars: string[] = [];
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e],
    [0x80, 0x52f],
    [0x1e00, 0x1fff],
    [0x2000, 0x205f],
    [0x20a0, 0x20cf],
    [0x2190, 0x22ff],
  ];
  for (const [from, to] of ranges)
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
  // Handed to ICU: format and combining characters, other scripts, emoji, controls.
  chars.push('\u00ad', '\u200b', '\u0301', '\u05d0', '\u0627', '\u4e2d', '\u3002', '😀', '\u0007');
  return chars;
}

// Each character in the places where a sentence rule looks at it.
const CONTEXTS = [
  (c: string) => `Ab. ${c} Xy`,
  (c: string) => `Ab. ${c}xy. Ab`,
  (c: string) => `Ab.${c} Xy`,
  (c: string) => `Ab.${c}Xy`,
  (c: string) => `ab${c}. Xy`,
  (c: string) => `A${c}.B`,
  (c: string) => `Ab?${c} xy. Xy`,
  (c: string) => `Ab. 4${c} xy`,
  (c: string) => `Ab.) ${c}`,
  (c: string) => `x${c}\nAb. ${c}`,
];

describe('sentenceEnds', () => {
  it('agrees with Intl.Segmenter on every character in every rule’s context', () => {
    const differ: string[] = [];
    for (const c of charactersToTry()) {
      for (const context of CONTEXTS) {
        const text = context(c);
        if (sentenceEnds(text).join() !== icuEnds(text).join()) differ.push(JSON.stringify(text));
      }
    }
    expect(differ).toEqual([]);
  });

  it('agrees with Intl.Segmenter on random text made of sentence punctuation', () => {
    const pieces = [
      ...'. . . ? ! , ; : - – — … ( ) [ ] " \' “ ” ‘ ’ « »'.split(' '),
      ' ',
      '  ',
      '\u00a0',
      '\n',
      '\r\n',
      '\r',
      '\u2028',
      '\t',
      'a',
      'word',
      'The',
      'U',
      'S',
      'é',
      'É',
      '4',
      '2.5',
      '$',
      '%',
      'ß',
      'Σ',
      'ж',
      '\u00ad',
      '中',
      '\u0301',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(sentenceEnds(text)).toEqual(icuEnds(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl.Segmenter on the fixtures and the seed corpus', () => {
    for (const file of ['../fixtures/seed-corpus.txt', '../fixtures/quantities.jsonl']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(sentenceEnds(text)).toEqual(icuEnds(text));
    }
  });

  it('finds the ends of a line far longer than its window, once each', () => {
    const text = `${'word '.repeat(30_000)}end. ${'Short one. '.repeat(3000)}`;
    const ends = sentenceEnds(text);
    expect(ends[0]).toBe(30_000 * 5 + 5);
    expect(ends).toHaveLength(3001);
    expect(ends.at(-1)).toBe(text.length);
  });
});

/** The ends sentenceEndsAt finds from the stops a scan of the text noted on its way. */
function endsFromScan(text: string): number[] {
  const stops = new SentenceStops();
  scanQuantities(text, { sentenceStops: stops });
  expect(stops.to).toBe(text.length);
  return sentenceEndsAt(text, stops);
}

describe('sentenceEndsAt', () => {
  // Every branch of the tokenizer that may hold a stop, and the sentence punctuation.
  const pieces = [
    ...'. . . ? ! , ; : - – — … ( ) [ ] " \' “ ” ‘ ’ « »'.split(' '),
    ' ', '  ', '\u00a0', '\u2009', '\u200b', '\u3000', '\ufeff', '\u1680', '\n', '\r\n', '\r',
    '\u2028', '\u2029', '\u0085', '\t', '\v', '\u0007', '\u007f', 'a', 'word', 'The', 'U', 'S',
    'U.S.', 'p.m.', 'a.b.c', 'U.\u0301', "o'clock", 'don’t', 'é', 'É', 'ß', 'Σ', 'ж', '中', '\u0301',
    '\u00ad', '\u2024', '\uff0e', '\u203c', '\u0589', '4', '2.5', '.5', '.002', '360,000', '$',
    '%', '😀', '\ud800', '\udc00', 'e\u0301', 'three', 'hundred',
  ]; // prettier-ignore

  it('finds the ends sentenceEnds finds, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(endsFromScan(text)).toEqual(sentenceEnds(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds them on a text the scan reads in many chunks, and on the fixtures', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let long = '';
    while (long.length < 400_000) long += pieces[Math.floor(next() * pieces.length)];
    expect(endsFromScan(long)).toEqual(sentenceEnds(long));
    for (const file of ['../fixtures/seed-corpus.txt', '../fixtures/quantities.jsonl']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(endsFromScan(text)).toEqual(sentenceEnds(text));
    }
  });
});
