import { describe, expect, test } from 'vitest';
import ClaimDetails from '../../src/app/components/ClaimDetails.svelte';
import SourceReader from '../../src/app/components/SourceReader.svelte';
import { loadDatasetInput } from '../../src/cli/files';
import { checkDataset } from '../../src/model';
import { render } from './render';

const corpus = checkDataset(loadDatasetInput('claims'));
const sources = new Map(corpus.sources.map((s) => [s.id, s]));
const claim = corpus.claims.find((c) => c.id === 'sabratha-strike-deaths-4')!;
const articleClaims = corpus.claims.filter((c) => c.source_id === claim.source_id);

describe('SourceReader', () => {
  test('SourceReader puts the cited sentence in a <mark> with the mention emphasised', () => {
    const root = render(SourceReader, {
      source: sources.get(claim.source_id)!,
      text: corpus.texts.get(claim.source_id)!,
      claims: articleClaims,
      selected: claim,
    });
    const marks = root.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('He said 41 people had been killed and six wounded.');
    expect(marks[0]!.querySelector('strong')!.textContent).toBe('41 people');
  });

  test('SourceReader marks the article’s other cited sentences as links to their claims', () => {
    const root = render(SourceReader, {
      source: sources.get(claim.source_id)!,
      text: corpus.texts.get(claim.source_id)!,
      claims: articleClaims,
      selected: claim,
    });
    const cited = [...root.querySelectorAll('a.cited')].map((a) => a.getAttribute('href'));
    expect(cited).toContain('#/claims/sabratha-strike-deaths-2');
    expect(root.querySelector('h2')!.textContent).toBe(
      'U.S. strikes Islamic State in Libya, killing 40 people',
    );
  });

  test('SourceReader links the original only over http(s), with a text fragment', () => {
    const source = { ...sources.get(claim.source_id)!, url: 'https://example.org/story' };
    const root = render(SourceReader, {
      source,
      text: corpus.texts.get(claim.source_id)!,
      claims: [],
      selected: claim,
    });
    const link = root.querySelector('.source-meta a')!;
    expect(link.getAttribute('href')).toBe(
      'https://example.org/story#:~:text=He%20said%2041%20people%20had%20been%20killed%20and%20six%20wounded.',
    );
    const unsafe = render(SourceReader, {
      source: { ...source, url: 'javascript:alert(1)' },
      text: corpus.texts.get(claim.source_id)!,
      claims: [],
      selected: claim,
    });
    expect(unsafe.querySelector('.source-meta a')).toBeNull();
  });
});

describe('ClaimDetails', () => {
  test('ClaimDetails shows the disagreeing reports side by side with who said what', () => {
    const related = corpus.claims.filter((c) => c.measure === claim.measure);
    const root = render(ClaimDetails, { claim, related, sources });
    expect(root.querySelector('#related-title')!.textContent).toMatch(
      /Contested figure: 4 reports/,
    );
    const rows = [...root.querySelectorAll('.side-by-side li')].map(
      (li) =>
        `${li.querySelector('.figure')!.textContent} | ${li.querySelector('.who')!.textContent}`,
    );
    expect(rows).toEqual([
      'more than 40 | Reuters',
      '40 | Reuters',
      'up to 40 | Reuters',
      '41 | Hussein al-Thwadi, mayor of Sabratha',
    ]);
    expect(root.querySelector('[aria-current="true"]')!.getAttribute('href')).toBe(
      '#/claims/sabratha-strike-deaths-4',
    );
  });
});
