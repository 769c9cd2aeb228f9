import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { removeInvisible } from '../../src/model/text/hidden';
import { articleParagraphs } from '../../src/app/data/article';
import { sentenceLink } from '../../src/app/data/text-fragment';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { chartsFor } from '../../src/charts/catalogue';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import { claimsDownloadCsv } from '../../src/model/export';
import { claimsAt, createMatcher, fold, indexClaims, matchClaims } from '../../src/model/filter';
import { filterClaims } from '../support/filter-claims';
import {
  groupByMeasure,
  matchNote,
  measureReports,
  measuresToCompare,
  statesOneFigure,
} from '../../src/model/measures';
import { withAllReports } from '../support/with-all-reports';
import { parseCsv } from '../../src/model/csv/parse';
import { CLAIM_COLUMNS } from '../../src/model/schema';

const corpus = checkDataset(loadDatasetInput('claims'));
const index = indexClaims(corpus.claims);

describe('filterClaims', () => {
  test('filterClaims finds all search words, ignoring case, accents and quote style', () => {
    const ids = filterClaims(index, { q: "LIBYA'S total" }).map((c) => c.id);
    // Subjects write Libya's, the quotes Libya’s: both match.
    expect(ids).toEqual([
      'libya-oil-output-1',
      'libya-oil-output-low-point-1',
      'libya-oil-output-potential-addition-1',
    ]);
    expect(filterClaims(index, { q: 'He said 41 people' }).map((c) => c.id)).toEqual([
      'sabratha-strike-deaths-4',
      'sabratha-strike-wounded-1',
    ]);
    expect(fold('Éxito “quoted” it’s')).toBe('exito "quoted" it\'s');
  });

  test('fold takes plain ASCII the short way, to the same text as the long one', () => {
    // The long way, as fold takes any text that is not plain ASCII.
    const longWay = (text: string) =>
      removeInvisible(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’‘]/g, "'")
        .replace(/[“”]/g, '"')
        .toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), (text) => {
        expect(fold(text)).toBe(longWay(text));
      }),
    );
    // One character past ASCII takes the long way.
    expect(fold('SABRATHA\u200b Café')).toBe('sabratha cafe');
  });

  test.each([
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\ufeff'],
    ['a soft hyphen', '\u00ad'],
    ['a right-to-left override', '\u202e'],
  ])('search ignores %s, in the text and in the query', (_name, char) => {
    const hidden = { ...corpus.claims[0]!, id: 'hidden', subject: `Sab${char}ratha strike deaths` };
    const plain = { ...corpus.claims[0]!, id: 'plain', subject: 'Sabratha strike deaths' };
    const both = indexClaims([hidden, plain]);
    const ids = (q: string) => filterClaims(both, { q }).map((c) => c.id);
    expect(ids('sabratha deaths')).toEqual(['hidden', 'plain']);
    expect(ids(`sab${char}ratha`)).toEqual(['hidden', 'plain']);
  });

  test('filterClaims combines category, place, source and qualifier', () => {
    const found = filterClaims(index, {
      category: 'casualties',
      place: 'Sabratha, Libya',
      qualifier: 'exact',
    });
    expect(found.map((c) => c.id)).toEqual([
      'sabratha-strike-deaths-4',
      'sabratha-strike-wounded-1',
      'sabratha-strike-women-killed-1',
    ]);
    const bySource = filterClaims(index, {
      source: 'libya-official-warns-of-more-islamic-state-attacks',
    });
    expect(
      bySource.every((c) => c.source_id === 'libya-official-warns-of-more-islamic-state-attacks'),
    ).toBe(true);
  });
});

/** A synthetic claim (not from the corpus) with these fields. */
function made(id: string, fields: Partial<Claim>): Claim {
  return {
    ...corpus.claims[0]!,
    id,
    subject: 'Cars counted',
    quote: 'They counted 5 cars.',
    place: '',
    attributed_to: '',
    measure: 'm-cars',
    ...fields,
  };
}

describe('indexClaims folds ahead', () => {
  test('in batches while asked to go on, the same text as folded at once', () => {
    const claims = Array.from(
      { length: 1_234 },
      (_, i) => corpus.claims[i % corpus.claims.length]!,
    );
    const ahead = indexClaims(claims);
    let looks = 0;
    // Two looks say "go on": two batches, not every claim.
    expect(ahead.foldAhead(() => looks++ < 2)).toBe(false);
    let more = 0;
    expect(ahead.foldAhead(() => more++ < 100)).toBe(true);
    // 1,234 claims in batches of 500: two batches, then the last one.
    expect(more).toBe(1);
    expect(ahead.haystacks()).toEqual(indexClaims(claims).haystacks());
    // A search in between finishes the folding itself.
    const early = indexClaims(claims);
    early.foldAhead(() => looks++ < 3);
    const found = matchClaims(early, { q: 'sabratha' });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(matchClaims(indexClaims(claims), { q: 'sabratha' }));
  });
});

describe('search and place filter on what a claim is about', () => {
  const claims = [
    made('quote', { quote: 'Near the harbour of Misrata, 5 cars burned.' }),
    made('place', { place: 'Misrata, Libya' }),
    made('who', { attributed_to: 'the harbour master of Misrata' }),
    made('measure', { measure: 'm-harbour' }),
    made('none', { place: 'Benghazi, Libya' }),
    made('area', { place: 'Libya' }),
    made('region', { place: 'coastal western Libya' }),
    made('two', { place: 'Libya and Tunisia' }),
  ];
  const titles = new Map([['m-harbour', { title: 'Cars burned in Misrata harbour' }]]);
  const found = (filters: Parameters<typeof filterClaims>[1]) =>
    filterClaims(indexClaims(claims, titles), filters).map((c) => c.id);

  test('search finds words in the quote, the place, the attribution and the measure title', () => {
    expect(found({ q: 'misrata' })).toEqual(['quote', 'place', 'who', 'measure']);
    // Each word may be in a different field.
    expect(found({ q: 'harbour master cars' })).toEqual(['who']);
    expect(filterClaims(indexClaims(claims), { q: 'misrata' }).map((c) => c.id)).toEqual([
      'quote',
      'place',
      'who',
    ]);
  });

  test('filtering by a country finds the places in it; a place filter finds that place only', () => {
    expect(found({ place: 'Libya' })).toEqual(['place', 'none', 'area', 'region']);
    expect(found({ place: 'Misrata, Libya' })).toEqual(['place']);
    expect(found({ place: 'Libya and Tunisia' })).toEqual(['two']);
    expect(found({ place: 'Libya', q: 'misrata' })).toEqual(['place']);
  });
});

describe('a measure under a search', () => {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const claims = [
    made('a', { measure: 'm', value: 40, place: 'Misrata, Libya' }),
    made('b', { measure: 'm', value: 41 }),
    made('c', { measure: 'm', value: 40, place: 'Misrata, Libya' }),
    made('d', { measure: 'm', value: 42 }),
    made('e', { measure: 'other', value: 3 }),
  ];
  const reports = measureReports(claims, new Map(), sources);

  test('withAllReports gives every report of each measure any claim shown reports', () => {
    const shown = filterClaims(indexClaims(claims), { place: 'Misrata, Libya' });
    const all = withAllReports(groupByMeasure(shown), reports);
    expect([...all.keys()]).toEqual(['m']);
    expect(
      all
        .get('m')!
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    // What the comparison chart and the card both count.
    expect(measuresToCompare(all).get('m')).toHaveLength(4);
  });

  test('matchNote says how many reports match when not all do', () => {
    expect(matchNote(2, 4)).toBe('2 of its 4 reports match the search and filters');
    expect(matchNote(1, 4)).toBe('1 of its 4 reports matches the search and filters');
    expect(matchNote(4, 4)).toBe('');
  });
});

describe('matchClaims and claimsAt', () => {
  test('matchClaims gives the positions of the claims filterClaims finds', () => {
    const filters = { q: 'Sabratha', qualifier: 'exact' as const };
    const positions = matchClaims(index, filters);
    expect(positions).toBeInstanceOf(Int32Array);
    expect([...positions].map((i) => corpus.claims[i]!.id)).toEqual(
      filterClaims(index, filters).map((c) => c.id),
    );
    expect([...positions]).toEqual([...positions].sort((a, b) => a - b));
  });

  test('when every claim matches, claimsAt hands back the array of all claims itself', () => {
    expect(filterClaims(index, {})).toBe(corpus.claims);
    // A search that every claim matches too.
    expect(claimsAt(index, matchClaims(index, { q: ' ' }))).toBe(corpus.claims);
    const some = claimsAt(index, Int32Array.of(2, 0));
    expect(some).toEqual([corpus.claims[2], corpus.claims[0]]);
    expect(some).not.toBe(corpus.claims);
  });

  test('createMatcher answers as matchClaims does, whatever is typed, erased or filtered', () => {
    // Queries typed and erased key by key, words added and dropped, filters
    // switched between keys: each answer must be matchClaims's own.
    const word = fc.constantFrom(
      'li',
      'libya',
      'bya',
      'sab',
      'sabratha',
      'oil',
      'o',
      'killed',
      '4',
    );
    const step = fc.record({
      q: fc.array(word, { maxLength: 3 }).map((words) => words.join(' ')),
      cut: fc.nat({ max: 6 }),
      qualifier: fc.constantFrom(undefined, 'exact' as const, 'approx' as const),
      place: fc.constantFrom(undefined, 'Libya'),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const match = createMatcher(index);
        for (const { q, cut, qualifier, place } of steps) {
          // Every prefix as it is typed, then erased back by `cut` keys.
          const typed = [...Array(q.length + 1).keys()].map((n) => q.slice(0, n));
          const erased = typed.slice(Math.max(0, typed.length - 1 - cut)).reverse();
          for (const text of [...typed, ...erased]) {
            const filters = { q: text, qualifier, place };
            expect([...match(filters)]).toEqual([...matchClaims(index, filters)]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  test('createMatcher hands back the same positions for a query met again', () => {
    const match = createMatcher(index);
    const first = match({ q: 'sabr' });
    expect(match({ q: 'sabrat' })).not.toBe(first);
    expect(match({ q: 'Sabr ' })).toBe(first);
    expect(match({ q: 'sabr', qualifier: 'exact' })).not.toBe(first);
  });
});

describe('measures', () => {
  test('statesOneFigure tells measures stated in several ways from those stated one way', () => {
    const groups = groupByMeasure(corpus.claims);
    expect(groups.get('sabratha-strike-deaths')).toHaveLength(3);
    expect(statesOneFigure(groups.get('sabratha-strike-deaths')!)).toBe(false);
    // "89", "at least 89", "89": stated differently, though they agree.
    expect(statesOneFigure(groups.get('islamic-state-child-soldier-deaths')!)).toBe(false);
    expect(statesOneFigure(groups.get('libya-rival-governments')!)).toBe(true);
  });

  test('chartsFor charts the same comparisons from all groups or only those stated differently', () => {
    const groups = groupByMeasure(corpus.claims);
    const compared = measuresToCompare(groups);
    const ids = (byMeasure: Map<string, Claim[]>) =>
      chartsFor(corpus.claims, corpus, { byMeasure }).map((s) => s.id);
    expect(ids(compared)).toEqual(ids(groups));
    expect(ids(groups).filter((id) => id.startsWith('measure-'))).toEqual([
      'measure-sabratha-strike-deaths',
      'measure-islamic-state-militants-in-libya',
      'measure-islamic-state-child-soldier-deaths',
    ]);
  });
});

describe('claimsDownloadCsv', () => {
  test('claimsDownloadCsv writes the claims.csv columns and neutralises formulas in text only', () => {
    const claim = {
      ...corpus.claims[0]!,
      subject: '=HYPERLINK("http://x")',
      note: 'ok\n@SUM(1)',
      value: -3.2,
      low: undefined,
    };
    const csv = claimsDownloadCsv([claim]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parseCsv(csv.slice(1)).rows;
    expect(header!.values).toEqual(CLAIM_COLUMNS);
    const cell = (name: string) => row!.values[CLAIM_COLUMNS.indexOf(name)];
    expect(cell('subject')).toBe('\'=HYPERLINK("http://x")');
    expect(cell('note')).toBe("ok\n'@SUM(1)");
    expect(cell('value')).toBe('-3.2');
  });
});

describe('articleParagraphs', () => {
  test('articleParagraphs keeps every character of the text, in order', () => {
    for (const [id, text] of corpus.texts) {
      const claims = corpus.claims.filter((c) => c.source_id === id);
      const paragraphs = articleParagraphs(text, claims, claims[0]);
      const joined = paragraphs.map((p) => p.pieces.map((x) => x.text).join('')).join('');
      expect(joined).toBe(text.replace(/\s*\n\s*/g, ''));
      expect(
        paragraphs.flatMap((p) => p.pieces).filter((x) => x.selected).length,
      ).toBeGreaterThanOrEqual(claims.length > 0 ? 1 : 0);
    }
  });
});

describe('sentenceLink', () => {
  test.each([
    ['https://example.org/a', 'Short one.', 'https://example.org/a#:~:text=Short%20one.'],
    ['https://example.org/a#top', 'A, b-c.', 'https://example.org/a#:~:text=A%2C%20b%2Dc.'],
    [
      'http://example.org/',
      'one two three four five six seven eight nine ten eleven',
      'http://example.org/#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven',
    ],
    ['javascript:alert(1)', 'x', undefined],
    ['', 'x', undefined],
  ])('sentenceLink(%j, %j) is %j', (url, sentence, expected) => {
    expect(sentenceLink(url, sentence)).toBe(expected);
  });
});
