import { describe, expect, test } from 'vitest';
import ClaimDetails from '../../src/app/components/ClaimDetails.svelte';
import SourceReader from '../../src/app/components/SourceReader.svelte';
import { loadDatasetInput } from '../../src/node/claims-folder';
import { checkDataset } from '../../src/model/check/dataset';
import type { Claim } from '../../src/model/claim';
import { byId, measureReports } from '../../src/model/measures';
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
  const measures = byId(corpus.measures);
  const reports = measureReports(corpus.claims, measures, sources);
  const details = (c: Claim) =>
    render(ClaimDetails, {
      claim: c,
      measure: measures.get(c.measure),
      reports: reports.get(c.measure),
      sources,
    });

  test('ClaimDetails shows conflicting reports side by side with who said what, and why they conflict', () => {
    const root = details(claim);
    expect(root.querySelector('#related-title')!.textContent).toMatch(
      /Contested figure: 3\s+reports/,
    );
    expect(root.querySelector('.agreement')!.textContent).toBe(
      'Reports conflict: “40 people” (Reuters) and “41 people” (Hussein al-Thwadi, mayor of Sabratha) cannot both be true.',
    );
    const rows = [...root.querySelectorAll('.side-by-side li')].map(
      (li) =>
        `${li.querySelector('.figure')!.textContent} | ${li.querySelector('.who')!.textContent} | ${li.querySelector('.date')!.textContent}`,
    );
    expect(rows).toEqual([
      '40 | Reuters | publication date not recorded',
      'up to 40 | Reuters | publication date not recorded',
      '41 | Hussein al-Thwadi, mayor of Sabratha | publication date not recorded',
    ]);
    expect(root.querySelector('[aria-current="true"]')!.getAttribute('href')).toBe(
      '#/claims/sabratha-strike-deaths-4',
    );
  });

  test('ClaimDetails says reports agree when they do, and never calls them contested', () => {
    const child = corpus.claims.find((c) => c.id === 'islamic-state-child-soldier-deaths-2')!;
    const root = details(child);
    expect(root.querySelector('#related-title')!.textContent).toMatch(/This figure: 3\s+reports/);
    expect(root.textContent).not.toMatch(/[Cc]ontested/);
    expect(root.querySelector('.agreement')!.textContent).toBe(
      'The 3 reports agree: all allow 89.',
    );
  });

  test('ClaimDetails shows the measure, the dates and a vague amount in the reporter’s words', () => {
    const tourists = corpus.claims.find((c) => c.id === 'tunis-sousse-attack-deaths-1')!;
    const root = details(tourists);
    expect(root.querySelector('#claim-figure')!.textContent).toBe('dozens of tourists');
    expect(root.querySelector('.note')!.textContent).toBe('read as 24–120 by convention');
    const fields = Object.fromEntries(
      [...root.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent!.trim(),
      ]),
    );
    expect(fields['Measure']).toMatch(/^Tourists killed in the attacks on a Tunis museum/);
    expect(fields['Published']).toBe('publication date not recorded');
    expect(fields['Figure for']).toBe('not stated in the text');
    const january = corpus.claims.find(
      (c) => c.id === 'child-soldier-suicide-mission-deaths-january-2015-1',
    )!;
    const dated = Object.fromEntries(
      [...details(january).querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent!.trim(),
      ]),
    );
    expect(dated['Figure for']).toBe('Jan 2015');
  });
});
