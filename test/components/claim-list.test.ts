import { describe, expect, test } from 'vitest';
import ClaimList from '../../src/app/components/ClaimList.svelte';
import ProblemNotice from '../../src/app/components/ProblemNotice.svelte';
import { checkDataset } from '../../src/model';
import { CLAIM_ROW, claimsCsv, datasetInput } from '../support/dataset';
import { render } from './render';

describe('ClaimList', () => {
  test('ClaimList shows each claim’s figure linking to its sentence', () => {
    const { claims, sources } = checkDataset(datasetInput());
    const root = render(ClaimList, { claims, sources });
    const link = root.querySelector('a.figure')!;
    expect(link.textContent).toBe('up to 40');
    expect(link.getAttribute('href')).toBe('#/claims/strike-deaths-1');
    expect(root.querySelector('cite')!.textContent).toBe(sources[0]!.title);
  });

  test('ClaimList renders markup in data as text', () => {
    const claims = [
      { ...checkDataset(datasetInput()).claims[0]!, subject: '<img src=x onerror="alert(1)">' },
    ];
    const root = render(ClaimList, { claims, sources: [] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.subject')!.textContent).toBe('<img src=x onerror="alert(1)">');
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

  test('ProblemNotice shows nothing when there is no problem', () => {
    const root = render(ProblemNotice, { problems: [] });
    expect(root.textContent!.trim()).toBe('');
  });
});
