import { describe, expect, test } from 'vitest';
import FactSheet from '../../src/app/components/FactSheet.svelte';
import ProblemNotice from '../../src/app/components/ProblemNotice.svelte';
import { checkDataset } from '../../src/model';
import type { Claim, Dataset, Problem } from '../../src/model';
import { byId, measureReports } from '../../src/model/measures';
import { loadDatasetInput } from '../../src/cli/files';
import { CLAIM_ROW, claimsCsv, datasetInput } from '../support/dataset';
import { render } from './render';

const corpus = checkDataset(loadDatasetInput('claims'));

/** The fact sheet's props for these claims, as the app derives them. */
function propsOf(claims: Claim[], dataset: Pick<Dataset, 'sources' | 'measures'> = corpus) {
  const sources = byId(dataset.sources);
  const measures = byId(dataset.measures);
  return {
    claims,
    allClaims: claims,
    sources,
    measures,
    reports: measureReports(claims, measures, sources),
  };
}

const cardOf = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll('.card')].find(
    (c) => c.querySelector('.title')!.textContent === title,
  )!;

describe('FactSheet', () => {
  test('FactSheet shows a section per category with one card per measure', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const headings = [...root.querySelectorAll('h2')].map((h) => h.firstChild!.textContent!.trim());
    expect(headings).toEqual([
      'Oil output',
      'Casualties',
      'Besieged population',
      'Troops',
      'Aid',
      'Money',
      'Other figures',
    ]);
    const oil = root.querySelector('#category-oil_output')!.closest('section')!;
    const figures = [...oil.querySelectorAll('.figure a')].map((a) => a.textContent);
    expect(figures).toContain('360,000–370,000 bpd');
    expect(figures).toContain('1.6 million bpd');
  });

  test('FactSheet cards take the measure’s title and link to the sentence; only a conflict is contested', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const toll = cardOf(root, 'People killed in the U.S. air strike on Sabratha');
    expect(toll.querySelector('.figure a')!.textContent).toBe('40');
    expect(toll.querySelector('.figure a')!.getAttribute('href')).toBe(
      '#/claims/sabratha-strike-deaths-2',
    );
    expect(toll.classList.contains('contested')).toBe(true);
    expect(toll.querySelector('.agreement')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Contested. Reports conflict: “40 people” (Reuters) and “41 people” (Hussein al-Thwadi, mayor of Sabratha) cannot both be true (3 reports)',
    );
    const children = cardOf(root, 'Children who died acting for Islamic State since January 2015');
    expect(children.classList.contains('contested')).toBe(false);
    expect(children.querySelector('.agreement')!.textContent!.trim()).toBe(
      'The 3 reports agree: all allow 89',
    );
    const militants = cardOf(root, 'Islamic State militants in Libya (U.S. estimate)');
    expect(militants.classList.contains('contested')).toBe(false);
    // Across the fact sheet, only the conflicting toll is contested.
    expect([...root.querySelectorAll('.card.contested .title')].map((t) => t.textContent)).toEqual([
      'People killed in the U.S. air strike on Sabratha',
    ]);
    expect(root.textContent).not.toMatch(/Confirmed/);
  });

  test('FactSheet writes vague amounts in the reporter’s words, with the convention as a note', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    const tourists = cardOf(
      root,
      'Tourists killed in the attacks on a Tunis museum and the Sousse beach resort',
    );
    expect(tourists.querySelector('.figure')!.textContent).toBe('dozens of tourists');
    expect(tourists.querySelector('.note')!.textContent).toBe('read as 24–120 by convention');
    const repairs = cardOf(
      root,
      'Cost of repairing the oil installations at Es Sider and Ras Lanuf',
    );
    expect(repairs.querySelector('.figure')!.textContent).toBe('hundreds of millions of dollars');
    expect(repairs.querySelector('.note')!.textContent).toBe(
      'read as $200 million–1 billion by convention',
    );
    // No card shows a vague amount as numbers alone.
    for (const c of corpus.claims.filter((c) => c.qualifier === 'vague')) {
      const card = root.querySelector(`.figure a[href="#/claims/${c.id}"]`);
      if (card) expect(card.textContent).toBe(c.mention);
    }
  });

  test('FactSheet cards give the dates, or say they are not recorded', () => {
    const root = render(FactSheet, propsOf(corpus.claims));
    for (const card of root.querySelectorAll('.card')) {
      expect(card.querySelector('.date')!.textContent).toMatch(/publication date not recorded$/);
    }
    const children = cardOf(root, 'Children who died acting for Islamic State since January 2015');
    expect(children.querySelector('.date')!.textContent).toBe(
      'figure since 1 Jan 2015; publication date not recorded',
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
    const root = render(FactSheet, { ...propsOf(corpus.claims), claims: [] });
    expect(root.textContent).toContain('No claims match these filters.');
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
