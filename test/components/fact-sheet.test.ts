import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import FactSheet from '../../src/app/components/FactSheet.svelte';
import ProblemNotice from '../../src/app/components/ProblemNotice.svelte';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import type { Dataset } from '../../src/model/check/dataset';
import type { Problem } from '../../src/model/problem';
import { NO_CHARTS } from '../../src/app/components/fact-sheet-charts';
import {
  MEASURES_LISTED,
  factSheet,
  indexSheet,
  scopeLine,
  sheetOfMatches,
} from '../../src/model/fact-sheet';
import { byId, featuredMeasures, groupByMeasure, measureReports } from '../../src/model/measures';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { CLAIM_ROW, claimsCsv, datasetInput } from '../support/dataset';
import { claim, measuresOf } from '../charts/synthetic';
import { reactiveProps } from './props.svelte';
import { render } from './render';

const corpus = checkDataset(loadDatasetInput('claims'));

/** The fact sheet's props for these claims, as the app derives them (charts left out). */
function propsOf(claims: Claim[], dataset: Pick<Dataset, 'sources' | 'measures'> = corpus) {
  const sources = byId(dataset.sources);
  const measures = byId(dataset.measures);
  const reports = measureReports(claims, measures, sources);
  return {
    sheet: factSheet(groupByMeasure(claims), reports, measures, sources),
    scope: scopeLine(claims, sources, measures),
    charts: NO_CHARTS,
    sources,
  };
}

const cardOf = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll('.card')].find(
    (c) => c.querySelector('.title')!.textContent === title,
  )!;
const itemOf = (root: HTMLElement, id: string) => root.querySelector(`li[data-measure="${id}"]`)!;
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
/** What each key card and tile says and links to, in order. */
const described = (root: HTMLElement) =>
  [...root.querySelectorAll('.card, li.measure')].map((node) => ({
    measure: node.getAttribute('data-measure'),
    text: text(node),
    links: [...node.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    agreement: node.querySelector('[data-agreement]')?.getAttribute('data-agreement'),
  }));

describe('FactSheet', () => {
  test('FactSheet opens with its scope, computed from the data', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    expect(text(root.querySelector('.scope'))).toBe(
      '63 figures from 10 articles by 1 outlet (Reuters), 1 with no outlet named; publication dates not recorded; figures since 1 Jan 2015 (11 of 63 dated). Figures as reported, each linked to its sentence.',
    );
  });

  test('FactSheet shows the featured measures as key figures, in rank order, first', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const key = root.querySelector('section.key')!;
    expect(root.querySelector('h2')!.textContent).toBe('Key figures');
    expect([...key.querySelectorAll('.card')].map((c) => c.getAttribute('data-measure'))).toEqual(
      featuredMeasures(corpus.measures).map((m) => m.id),
    );
  });

  test('FactSheet has a section per category, "Other figures" last and folded', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const headings = [...root.querySelectorAll('h2[id^="category-"]')].map((h) =>
      h.firstChild!.textContent!.trim(),
    );
    expect(headings).toEqual([
      'Oil output',
      'Casualties',
      'Besieged population',
      'Troops',
      'Aid',
      'Money',
      'Other figures',
    ]);
    const other = root.querySelector('#category-other')!.closest('details')!;
    expect(other.open).toBe(false);
    expect(root.querySelectorAll('details.category')).toHaveLength(1);
  });

  test('FactSheet shows each measure once per section, with its report count', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const items = [
      ...root.querySelectorAll('section.category [data-measure], details.category [data-measure]'),
    ];
    const ids = items.map((i) => i.getAttribute('data-measure'));
    expect(new Set(ids).size).toBe(ids.length);
    // Without charts every measure is a tile: all of them, once.
    expect(ids.sort()).toEqual(corpus.measures.map((m) => m.id).sort());
    expect(text(itemOf(root, 'libya-oil-output').querySelector('.figure'))).toBe(
      '360,000–370,000 bpd',
    );
    expect(text(itemOf(root, 'libya-oil-output').querySelector('.meta'))).toMatch(/· 1 report$/);
  });

  test('FactSheet gives a measure whose reports agree their agreed range, and flags a conflict', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const children = itemOf(root, 'islamic-state-child-soldier-deaths');
    expect(text(children.querySelector('.figure'))).toBe('89');
    expect(text(children.querySelector('.reports'))).toBe('3 reports agree');
    const toll = [...root.querySelectorAll('li[data-measure="sabratha-strike-deaths"]')][0]!;
    expect(text(toll.querySelector('.reports'))).toBe('Contested: 3 reports conflict');
    // A vague amount is never replaced by the range its convention gives.
    const militants = [
      ...root.querySelectorAll('li[data-measure="islamic-state-militants-in-libya"]'),
    ][0]!;
    expect(text(militants.querySelector('.figure'))).toBe('low thousands');
    expect(text(militants.querySelector('.note'))).toBe('read as 1,000–3,000 by convention');
  });

  test('FactSheet key cards take the measure’s title and link to the sentence; only a conflict is contested', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const toll = cardOf(root, 'People killed in the U.S. air strike on Sabratha');
    expect(toll.querySelector('.figure a')!.textContent).toBe('40');
    expect(toll.querySelector('.figure a')!.getAttribute('href')).toBe(
      '#/claims/sabratha-strike-deaths-2',
    );
    expect(toll.classList.contains('contested')).toBe(true);
    expect(text(toll.querySelector('.agreement'))).toBe('Contested: 3 reports conflict');
    const children = cardOf(root, 'Children who died acting for Islamic State since January 2015');
    expect(children.classList.contains('contested')).toBe(false);
    expect(text(children.querySelector('.agreement'))).toBe('3 reports agree');
    expect([...root.querySelectorAll('.card.contested .title')].map((t) => t.textContent)).toEqual([
      'People killed in the U.S. air strike on Sabratha',
    ]);
    expect(root.textContent).not.toMatch(/Confirmed/);
  });

  test('FactSheet writes vague amounts in the reporter’s words, with the convention as a note', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const militants = cardOf(root, 'Islamic State militants in Libya (U.S. estimate)');
    expect(militants.querySelector('.figure')!.textContent).toBe('low thousands');
    expect(militants.querySelector('.note')!.textContent).toBe('read as 1,000–3,000 by convention');
    const tourists = itemOf(root, 'tunis-sousse-attack-deaths');
    expect(tourists.querySelector('.figure')!.textContent).toBe('dozens of tourists');
    expect(tourists.querySelector('.note')!.textContent).toBe('read as 24–120 by convention');
    const repairs = itemOf(root, 'es-sider-ras-lanuf-repair-cost');
    expect(repairs.querySelector('.figure')!.textContent).toBe('hundreds of millions of dollars');
    expect(repairs.querySelector('.note')!.textContent).toBe(
      'read as $200 million–1 billion by convention',
    );
    // No figure shows a vague amount as numbers alone.
    for (const c of corpus.claims.filter((c) => c.qualifier === 'vague')) {
      for (const figure of root.querySelectorAll(
        `.figure[href="#/claims/${c.id}"], .figure a[href="#/claims/${c.id}"]`,
      )) {
        expect(figure.textContent).toBe(c.mention);
      }
    }
  });

  test('FactSheet cards give the dates, or say they are not recorded', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    for (const card of root.querySelectorAll('.card')) {
      expect(card.querySelector('.meta')!.textContent).toMatch(/publication date not recorded$/i);
    }
    const children = cardOf(root, 'Children who died acting for Islamic State since January 2015');
    expect(children.querySelector('.meta')!.textContent).toMatch(
      / · Figure since 1 Jan 2015; publication date not recorded$/,
    );
  });

  test('FactSheet renders markup in data as text', () => {
    const dataset = checkDataset(datasetInput());
    const claim = { ...dataset.claims[0]!, subject: '<img src=x onerror="alert(1)">' };
    const measures = [{ ...dataset.measures[0]!, title: '<b>bold</b>' }];
    const root = render(FactSheet, propsOf([claim], { sources: [], measures }));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.title')!.textContent).toBe('<b>bold</b>');
  });

  test('FactSheet says when no claim matches', () => {
    const root = render(FactSheet, propsOf([]));
    expect(root.textContent).toContain('No claims match these filters.');
    expect(root.querySelector('.scope')!.textContent).toMatch(/^0 figures from 0 articles\./);
  });

  test('FactSheet lists a category’s most reported measures first, and more as the reader asks', () => {
    const total = MEASURES_LISTED * 2 + 5;
    const claims = Array.from({ length: total }, (_, i) =>
      claim(`c-${i}`, 'exact', { value: i + 1 }, { measure: `m-${i}`, subject: `Measure ${i}` }),
    );
    // The last measure has two reports: the most reported comes first.
    claims.push(claim('c-again', 'exact', { value: total }, { measure: `m-${total - 1}` }));
    const root = render(FactSheet, propsOf(claims, { sources: [], measures: measuresOf(claims) }));
    const listed = () =>
      [...root.querySelectorAll('li[data-measure]')].map((li) => li.getAttribute('data-measure'));
    const more = () => root.querySelector<HTMLElement>('.category p.more');

    expect(listed()).toHaveLength(MEASURES_LISTED);
    expect(listed()[0]).toBe(`m-${total - 1}`);
    expect(text(more())).toBe(
      `${MEASURES_LISTED} of ${total} measures listed, the most reported first; the claims table lists every claim. Show ${MEASURES_LISTED} more`,
    );
    more()!.querySelector('button')!.click();
    flushSync();
    expect(listed()).toHaveLength(MEASURES_LISTED * 2);
    expect(text(more())).toMatch(/Show 5 more$/);
    more()!.querySelector('button')!.click();
    flushSync();
    expect(new Set(listed()).size).toBe(total);
    expect(more()).toBeNull();
  });

  test('FactSheet follows a search: its cards and tiles say what a sheet of the matches drawn afresh says', () => {
    const sources = byId(corpus.sources);
    const measures = byId(corpus.measures);
    const reports = measureReports(corpus.claims, measures, sources);
    const index = indexSheet(corpus.claims, reports, sources);
    const props = reactiveProps(propsOf(corpus.claims));
    const root = render(FactSheet, props);
    let before = described(root);
    // Searches that show some of a measure's reports, then others, then all again.
    for (const keep of [(i: number) => i % 2 === 0, (i: number) => i % 3 !== 1, () => true]) {
      const matched = Int32Array.from(corpus.claims.keys()).filter(keep);
      props.sheet = sheetOfMatches(index, matched, measures, sources).sheet;
      flushSync();
      const shown = Array.from(matched, (i) => corpus.claims[i]!);
      const afresh = render(FactSheet, {
        ...propsOf(corpus.claims),
        sheet: factSheet(groupByMeasure(shown), reports, measures, sources),
      });
      const now = described(root);
      expect(now).toEqual(described(afresh));
      // Each search changes what the sheet says: a tile left as it was would show.
      expect(now).not.toEqual(before);
      before = now;
    }
  });

  test('FactSheet of a long sheet is drawn whole where nothing tells it what is near the viewport', () => {
    // jsdom has no IntersectionObserver, as the build's prerender has none:
    // what cannot be watched is drawn, never left as empty room.
    expect(typeof IntersectionObserver).toBe('undefined');
    const root = render(FactSheet, { ...propsOf(corpus.claims), long: true });
    expect(root.querySelector('.pending')).toBeNull();
    const sections = [...root.querySelectorAll('section.category')];
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections)
      expect(section.querySelector('li[data-measure]')).not.toBeNull();
  });
});

describe('ProblemNotice', () => {
  test('ProblemNotice lists rejected rows with the messages of claims check', () => {
    const { problems } = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, high: 'NaN' }) }),
    );
    const root = render(ProblemNotice, { problems });
    expect(root.querySelector('h2')!.textContent).toMatch(/1 problem in the data/);
    expect(root.querySelector('li')!.textContent).toMatch(
      /^claims\/claims\.csv:2:\d+: type-error: high "NaN"/,
    );
  });

  test('ProblemNotice of 10,000 problems lists the first 20 and downloads them all', async () => {
    const problems: Problem[] = Array.from({ length: 10_000 }, (_, i) => ({
      file: 'claims/claims.csv',
      line: i + 2,
      column: 1,
      code: 'missing-cell',
      message: `row ${i}`,
    }));
    const root = render(ProblemNotice, { problems });
    expect(root.querySelector('h2')!.textContent).toMatch(/^\s*10,000 problems in the data/);
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('claims/claims.csv:2:1: missing-cell: row 0');

    // jsdom makes no object URLs: catch the file handed to the browser.
    const blobs: Blob[] = [];
    const blobUrl = Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:problems'),
      revokeObjectURL: () => {},
    });
    const button = root.querySelector<HTMLButtonElement>('.more button')!;
    expect(button.textContent).toBe('Download all 10,000 (problems.txt)');
    button.click();
    expect(blobs).toHaveLength(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(10_000);
    expect(lines.at(-1)).toBe('claims/claims.csv:10001:1: missing-cell: row 9999');
    delete (blobUrl as Partial<typeof blobUrl>).createObjectURL;
  });

  test('ProblemNotice folds the warnings away, and says the rows are shown', () => {
    const { problems, warnings } = checkDataset(
      datasetInput({ claims: claimsCsv({ ...CLAIM_ROW, subject: 'Killed\u202e 04' }) }),
    );
    expect(problems).toEqual([]);
    const root = render(ProblemNotice, { problems, warnings });
    expect(root.querySelector('h2')!.textContent!.trim()).toBe('1 warning about the data');
    const details = root.querySelector<HTMLDetailsElement>('details.warnings')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(
      '1 warning: the rows concerned are shown',
    );
    expect(details.querySelector('li')!.textContent).toMatch(
      /^claims\/claims\.csv:2:\d+: warning: invisible-character: subject holds a bidi control/,
    );
  });

  test('ProblemNotice shows nothing when there is no problem', () => {
    const root = render(ProblemNotice, { problems: [] });
    expect(root.textContent!.trim()).toBe('');
  });
});
