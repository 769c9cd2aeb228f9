import { describe, expect, test } from 'vitest';
import FactSheet from '../../src/app/components/FactSheet.svelte';
import ProblemNotice from '../../src/app/components/ProblemNotice.svelte';
import { checkDataset } from '../../src/model';
import type { Problem } from '../../src/model';
import { loadDatasetInput } from '../../src/cli/files';
import { CLAIM_ROW, claimsCsv, datasetInput } from '../support/dataset';
import { render } from './render';

const corpus = checkDataset(loadDatasetInput('claims'));

describe('FactSheet', () => {
  test('FactSheet shows a section per category with one card per measure', () => {
    const root = render(FactSheet, {
      claims: corpus.claims,
      allClaims: corpus.claims,
      sources: corpus.sources,
    });
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

  test('FactSheet marks the Sabratha toll as contested and links each card to its sentence', () => {
    const root = render(FactSheet, {
      claims: corpus.claims,
      allClaims: corpus.claims,
      sources: corpus.sources,
    });
    const card = [...root.querySelectorAll('.card')].find((c) =>
      c.textContent!.includes('Islamic State fighters killed in U.S. air raid on Sabratha'),
    )!;
    expect(card.querySelector('.figure a')!.textContent).toBe('more than 40');
    expect(card.querySelector('.figure a')!.getAttribute('href')).toBe(
      '#/claims/sabratha-strike-deaths-1',
    );
    expect(card.classList.contains('contested')).toBe(true);
    expect(card.querySelector('.others')!.textContent).toMatch(/Contested: 3 other reports/);
  });

  test('FactSheet renders markup in data as text', () => {
    const claim = {
      ...checkDataset(datasetInput()).claims[0]!,
      subject: '<img src=x onerror="alert(1)">',
    };
    const root = render(FactSheet, { claims: [claim], allClaims: [claim], sources: [] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.subject')!.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  test('FactSheet says when no claim matches', () => {
    const root = render(FactSheet, {
      claims: [],
      allClaims: corpus.claims,
      sources: corpus.sources,
    });
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
