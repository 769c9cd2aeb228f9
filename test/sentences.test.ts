import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences, type Sentence } from '../src/model/sentences';
import { assertGolden } from './support/golden';

const SOURCES = new URL('../claims/sources/', import.meta.url);
const sources = (() => {
  try {
    return readdirSync(SOURCES)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch {
    return [];
  }
})();

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

/** Every property the rest of the code relies on, whatever the text. */
function expectWellFormed(text: string, sentences: Sentence[]): void {
  let previousEnd = 0;
  sentences.forEach((s, i) => {
    expect(s.id).toBe(`s${i + 1}`);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text).not.toMatch(/^\s|\s$|[\n\r\u0085\u2028\u2029]/);
    // Nothing but whitespace may fall between sentences.
    expect(text.slice(previousEnd, s.start)).toMatch(/^\s*$/);
    previousEnd = s.end;
  });
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
}

// [what the test asserts, input, expected sentences]
const cases: Array<[string, string, string[]]> = [
  // Intl.Segmenter splits all of these after the abbreviation.
  [
    "keeps 'U.S. House' in one sentence",
    'The leading Democrat in the U.S. House of Representatives’ Intelligence Committee, Rep. Adam Schiff, urged a better U.S. plan for North Africa.',
    [
      'The leading Democrat in the U.S. House of Representatives’ Intelligence Committee, Rep. Adam Schiff, urged a better U.S. plan for North Africa.',
    ],
  ],
  [
    "keeps 'U.S. Department' in one sentence",
    'WASHINGTON (Reuters) – The U.S. Department of Justice filed a motion. Apple did not respond.',
    [
      'WASHINGTON (Reuters) – The U.S. Department of Justice filed a motion.',
      'Apple did not respond.',
    ],
  ],
  [
    "keeps 'U.S. Attorney’s' in one sentence",
    'according to Thom Mrozek, a spokesman for the U.S. Attorney’s Office for the Central District of California.',
    [
      'according to Thom Mrozek, a spokesman for the U.S. Attorney’s Office for the Central District of California.',
    ],
  ],
  [
    "keeps 'U.S. Secretary' in one sentence",
    '“It is worth exploring,” U.S. Secretary of Defense Ash Carter said.',
    ['“It is worth exploring,” U.S. Secretary of Defense Ash Carter said.'],
  ],
  [
    "keeps 'U.N. Security Council' and 'U.K. Prime Minister' in one sentence",
    'The U.N. Security Council met the U.K. Prime Minister and E.U. Commission officials.',
    ['The U.N. Security Council met the U.K. Prime Minister and E.U. Commission officials.'],
  ],
  [
    "keeps 'Rep. Adam Schiff' in one sentence",
    'Rep. Adam Schiff urged a plan.',
    ['Rep. Adam Schiff urged a plan.'],
  ],
  [
    "keeps 'Gen. Khalifa Haftar' in one sentence",
    'The army is led by former Gaddafi ally-turned rebel Gen. Khalifa Haftar, and a brigade.',
    ['The army is led by former Gaddafi ally-turned rebel Gen. Khalifa Haftar, and a brigade.'],
  ],
  [
    'keeps titles Mr./Mrs./Ms./Dr./Sen./Gov./Lt./Col./Sgt./St. in one sentence',
    'Mr. Smith met Mrs. Jones, Ms. Lee, Dr. Khan, Sen. John McCain, Gov. Jerry Brown, Lt. Gen. Stephen Townsend, Col. Steve Warren and Sgt. Maj. Kim in St. Louis.',
    [
      'Mr. Smith met Mrs. Jones, Ms. Lee, Dr. Khan, Sen. John McCain, Gov. Jerry Brown, Lt. Gen. Stephen Townsend, Col. Steve Warren and Sgt. Maj. Kim in St. Louis.',
    ],
  ],
  [
    "keeps 'No. 2' in one sentence",
    'He is the No. 2 Senate Republican.',
    ['He is the No. 2 Senate Republican.'],
  ],
  [
    "keeps 'Dec. 2' in one sentence",
    'Until the Dec. 2 shooting rampage, and before the Dec. 2 Senate vote, nothing changed.',
    ['Until the Dec. 2 shooting rampage, and before the Dec. 2 Senate vote, nothing changed.'],
  ],
  [
    'keeps initials in one sentence',
    'President George W. Bush met J.P. Morgan Chase executives.',
    ['President George W. Bush met J.P. Morgan Chase executives.'],
  ],
  [
    "keeps 'v.', 'vs.' and 'e.g.' in one sentence",
    'Roe v. Wade, Apple vs. FBI and e.g. Google are cases.',
    ['Roe v. Wade, Apple vs. FBI and e.g. Google are cases.'],
  ],
  [
    "keeps 'a.m. (1500 GMT)' and 'p.m. Friday' in one sentence",
    'It starts at 10 a.m. (1500 GMT) and ends at 3 p.m. Friday.',
    ['It starts at 10 a.m. (1500 GMT) and ends at 3 p.m. Friday.'],
  ],
  [
    "keeps '?' or '!' before a lowercase word in one sentence",
    '“Why bother?” he asked. “Stop!” they shouted.',
    ['“Why bother?” he asked.', '“Stop!” they shouted.'],
  ],
  [
    'keeps an ellipsis inside a quotation in one sentence',
    '“Rather than assist the effort to fully investigate a deadly terrorist attack … Apple has responded by publicly repudiating that order,” prosecutors wrote.',
    [
      '“Rather than assist the effort to fully investigate a deadly terrorist attack … Apple has responded by publicly repudiating that order,” prosecutors wrote.',
    ],
  ],
  [
    "keeps 'U.S.' before a lowercase word in one sentence",
    'A U.S. government source said so. U.S. and French drones fly.',
    ['A U.S. government source said so.', 'U.S. and French drones fly.'],
  ],
  // Real boundaries that the repairs must leave alone.
  [
    "splits after 'U.S.' that ends a sentence",
    'Libya sent its troops to the U.S. The Pentagon said it welcomed them.',
    ['Libya sent its troops to the U.S.', 'The Pentagon said it welcomed them.'],
  ],
  [
    "splits after 'U.N.' before a capitalised 'Officials'",
    'Misrata now backs the U.N. Officials in Tripoli do not.',
    ['Misrata now backs the U.N.', 'Officials in Tripoli do not.'],
  ],
  [
    "splits after 'No.' and 'Dec.' that end a sentence",
    'The answer was No. Then he left in Dec. Nobody saw him.',
    ['The answer was No.', 'Then he left in Dec.', 'Nobody saw him.'],
  ],
  [
    "splits after 'Inc.' before a capital, as Intl.Segmenter does",
    'Apple Inc. said it would fight. He works for Apple Inc. The company declined to comment.',
    [
      'Apple Inc. said it would fight.',
      'He works for Apple Inc.',
      'The company declined to comment.',
    ],
  ],
  [
    "splits after 'I.' and after 'a.m.' before a new sentence",
    'It was the start of World War I. It starts at 9 a.m. The doors open early.',
    ['It was the start of World War I.', 'It starts at 9 a.m.', 'The doors open early.'],
  ],
  [
    'splits after a closing quote that follows a full stop',
    'Director Rami Abdulrahman told Reuters: “The regime recovered four of seven (lost positions). It is still cut.” It later reported IS had seized the village.',
    [
      'Director Rami Abdulrahman told Reuters: “The regime recovered four of seven (lost positions).',
      'It is still cut.”',
      'It later reported IS had seized the village.',
    ],
  ],
  [
    "splits at '. …' and keeps the ellipsis with the next sentence",
    '“They represent an effective form of psychological warfare. … We can expect that.”',
    ['“They represent an effective form of psychological warfare.', '… We can expect that.”'],
  ],
  [
    "splits after '?' and '!' before a capital",
    'Why bother if the militants are dead? The officer asked. It worked! Everyone cheered.',
    [
      'Why bother if the militants are dead?',
      'The officer asked.',
      'It worked!',
      'Everyone cheered.',
    ],
  ],
  [
    'splits a first line that ends like a sentence',
    'One is to knit factions together. The other track involves air strikes.',
    ['One is to knit factions together.', 'The other track involves air strikes.'],
  ],
  // Line structure.
  [
    'never joins across a line break',
    'Foreign buyers returned to the U.S.\nHouse prices rose.',
    ['Foreign buyers returned to the U.S.', 'House prices rose.'],
  ],
  [
    'keeps the headline, an ALL-CAPS subhead and a credit line whole',
    'U.S. FDA backs drug. Shares jump\n\nBody one. Body two.\n\nU.S. TROOPS. NEW FRONT?\n\nCONVERGENCE OF FORCES?\n\n(Reporting by Steve Scherer in Rome. Editing by Andrew Roche)',
    [
      'U.S. FDA backs drug. Shares jump',
      'Body one.',
      'Body two.',
      'U.S. TROOPS. NEW FRONT?',
      'CONVERGENCE OF FORCES?',
      '(Reporting by Steve Scherer in Rome. Editing by Andrew Roche)',
    ],
  ],
  ['returns nothing for empty input', '', []],
  ['returns nothing for blank lines', ' \n\n\t\r\n \u00a0 ', []],
];

describe('splitSentences', () => {
  it.each(cases)('splitSentences %s', (_, input, expected) => {
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    expectWellFormed(input, sentences);
  });

  it('splitSentences numbers ids and offsets into the source', () => {
    const text = 'Headline\n\n  One.  Two!\n\nThree?  ';
    expect(splitSentences(text)).toEqual([
      { id: 's1', start: 0, end: 8, text: 'Headline' },
      { id: 's2', start: 12, end: 16, text: 'One.' },
      { id: 's3', start: 18, end: 22, text: 'Two!' },
      { id: 's4', start: 24, end: 30, text: 'Three?' },
    ]);
  });

  it('splitSentences ends the last sentence at the end of text without a trailing newline', () => {
    const text = 'Headline\n\nOne. Two.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Headline', 'One.', 'Two.']);
    expect(sentences.at(-1)!.end).toBe(text.length);
  });

  it('splitSentences handles CRLF line endings', () => {
    const text = 'Headline\r\n\r\nOne. Two.\r\nThree.\r\n';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Headline', 'One.', 'Two.', 'Three.']);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 8],
      [12, 16],
      [17, 21],
      [23, 29],
    ]);
    expectWellFormed(text, sentences);
  });

  it('splitSentences keeps a no-break space inside a sentence byte for byte', () => {
    const text = '“It’s an indication,” White House\u00a0spokesman Josh Earnest said.';
    expect(texts(text)).toEqual([text]);
  });

  it('splitSentences treats a no-break space after a full stop as a space', () => {
    const text = 'Josh Earnest said.\u00a0Other U.S. officials said.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Josh Earnest said.',
      'Other U.S. officials said.',
    ]);
    expect(sentences[1]!.start).toBe(text.indexOf('Other'));
  });

  it('splitSentences counts offsets in UTF-16 code units', () => {
    const text = '😀 One. Two.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['😀 One.', 'Two.']);
    expect(sentences[1]!.start).toBe(8);
  });

  // The splitter segments long texts a window at a time; these cross many windows.
  it('splitSentences splits a long text as it splits its paragraphs one by one', () => {
    const paragraphs = cases
      .map(([, input]) => input)
      .filter((input) => !/[\n\r]/.test(input) && /[.?!][”’"]?$/.test(input));
    const lines = Array.from({ length: 60 }, () => paragraphs).flat();
    let text = 'Headline';
    const expected: Array<[number, string]> = [[0, 'Headline']];
    for (const line of lines) {
      text += '\n\n';
      for (const s of splitSentences(line)) expected.push([text.length + s.start, s.text]);
      text += line;
    }
    expect(text.length).toBeGreaterThan(100_000);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.start, s.text])).toEqual(expected);
    expectWellFormed(text, sentences);
  });

  it('splitSentences splits one long line of many sentences', () => {
    const text = 'The U.S. House voted. '.repeat(5000);
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(5000);
    sentences.forEach((s, i) => {
      expect([s.start, s.text]).toEqual([22 * i, 'The U.S. House voted.']);
    });
  });

  it('splitSentences keeps a sentence longer than its window whole', () => {
    const text = `${'word, '.repeat(5000)}end. Next one.`;
    expect(splitSentences(text).map((s) => s.text.length)).toEqual([text.length - 10, 9]);
  });

  it('splitSentences returns well-formed sentences for any text', () => {
    const unit = fc.constantFrom(
      ...['a', 'b', 'A', 'U', 'S', 'I', 'House', 'The', 'Gen', 'No', 'a.m', '1', ' ', ' ', '.'],
      ...['?', '!', '…', '”', '“', '(', ')', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2028', '😀'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expectWellFormed(text, splitSentences(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sentenceAt', () => {
  const text = 'One two.  Three four.\n\nFive.';
  const sentences = splitSentences(text);

  it.each([
    [0, 's1'],
    [7, 's1'],
    [10, 's2'],
    [20, 's2'],
    [23, 's3'],
    [27, 's3'],
  ])('sentenceAt(sentences, %i) is %s', (offset, id) => {
    expect(sentenceAt(sentences, offset)?.id).toBe(id);
  });

  it.each([-1, 8, 9, 21, 22, 28, 100])(
    'sentenceAt(sentences, %i) is undefined between or outside sentences',
    (offset) => {
      expect(sentenceAt(sentences, offset)).toBeUndefined();
    },
  );

  it('sentenceAt([], 0) is undefined', () => {
    expect(sentenceAt([], 0)).toBeUndefined();
  });

  it('sentenceAt agrees with a linear scan at every offset', () => {
    const article = cases.map(([, input]) => input).join('\n\n');
    const all = splitSentences(article);
    for (let offset = -1; offset <= article.length; offset++) {
      const linear = all.find((s) => s.start <= offset && offset < s.end);
      expect(sentenceAt(all, offset)).toBe(linear);
    }
  });
});

/** The golden rendering: one `s<N>\t<start>\t<end>\t<text>` line per sentence. */
function render(sentences: Sentence[]): string {
  return sentences.map((s) => `${s.id}\t${s.start}\t${s.end}\t${s.text}\n`).join('');
}

describe('splitSentences on claims/sources', () => {
  it('claims/sources has source texts to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)('splitSentences(%s) matches its golden file', (name) => {
    const text = readFileSync(new URL(name, SOURCES), 'utf8');
    const sentences = splitSentences(text);
    expectWellFormed(text, sentences);
    assertGolden(`sentences/${name.replace(/\.txt$/, '.tsv')}`, render(sentences));
  });
});
