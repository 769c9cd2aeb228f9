import { flushSync } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import ClaimsTable from '../../src/app/components/ClaimsTable.svelte';
import type { Claim, Measure, Source } from '../../src/model/claim';
import type { SortDir, SortKey } from '../../src/model/sort';
import { render } from './render';

const SOURCES: Source[] = Array.from({ length: 10 }, (_, s) => ({
  id: `source-${s}`,
  title: `Fighting flares near Sirte, report ${s}`,
  publisher: 'Reuters',
  dateline: 'SIRTE',
  published: '',
  url: '',
  credits: '',
}));

/** claim-0 … claim-(n-1), in that order, with figures that rise with the index. */
function manyClaims(n: number): Claim[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `claim-${i}`,
    category: 'casualties',
    subject: `People killed in district ${i}`,
    measure: `m-${i}`,
    value: i * 10,
    qualifier: 'exact',
    unit: 'people',
    place: 'Libya',
    as_of: '',
    source_id: `source-${i % 10}`,
    quote: '',
    mention: '',
    attributed_to: i % 2 ? 'officials' : '',
    note: '',
  }));
}

const CLAIMS = manyClaims(100_000);

function props(overrides: Partial<Parameters<typeof ClaimsTable>[1]> = {}) {
  return {
    claims: CLAIMS,
    sources: SOURCES,
    measures: new Map<string, Measure>(),
    sort: undefined as SortKey | undefined,
    dir: undefined as SortDir | undefined,
    onsort: vi.fn<(key: SortKey, dir: SortDir) => void>(),
    ...overrides,
  };
}

/** The data rows, by their 1-based row number in the whole table (the header is row 1). */
function dataRows(root: HTMLElement): HTMLTableRowElement[] {
  return [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
}

const claimLink = (row: Element) => row.querySelector('a[href^="#/claims/"]')!.getAttribute('href');

describe('ClaimsTable', () => {
  test('ClaimsTable with 100,000 claims renders a window of rows and announces all of them', () => {
    const root = render(ClaimsTable, props());
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).toBe('100001');
    expect(root.querySelectorAll('tr').length).toBeLessThanOrEqual(60);
    const rows = dataRows(root);
    expect(rows.length).toBeGreaterThanOrEqual(Math.ceil(560 / 44));
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(claimLink(rows[0]!)).toBe('#/claims/claim-0');
    // The rest of the height is a spacer, so the scrollbar matches 100,000 rows.
    const spacer = root.querySelector<HTMLElement>('tr.spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe(`${(100_000 - rows.length) * 44}px`);
  });

  test('ClaimsTable after a scroll renders the rows at that position', () => {
    const root = render(ClaimsTable, props());
    const viewport = root.querySelector<HTMLElement>('[role="region"]')!;
    viewport.scrollTop = 50_000 * 44 + 20;
    viewport.dispatchEvent(new Event('scroll'));
    flushSync();

    const rows = dataRows(root);
    expect(root.querySelectorAll('tr').length).toBeLessThanOrEqual(60);
    const index = (row: Element) => Number(row.getAttribute('aria-rowindex')) - 2;
    // The first row in view is the one under the sticky header at scrollTop.
    const firstVisible = rows.find((row) => index(row) >= Math.floor(viewport.scrollTop / 44))!;
    expect(index(firstVisible)).toBe(50_000);
    expect(claimLink(firstVisible)).toBe('#/claims/claim-50000');
    // A few rows of overscan above it, and rows down to the bottom of the box.
    expect(index(rows[0]!)).toBeGreaterThan(50_000 - 20);
    expect(index(rows[0]!)).toBeLessThan(50_000);
    expect(index(rows.at(-1)!)).toBeGreaterThanOrEqual(50_000 + Math.ceil(560 / 44));
    const [top, bottom] = root.querySelectorAll<HTMLElement>('tr.spacer');
    expect(top!.style.height).toBe(`${index(rows[0]!) * 44}px`);
    expect(bottom!.style.height).toBe(`${(100_000 - index(rows.at(-1)!) - 1) * 44}px`);
  });

  test('ClaimsTable with rowHeight 20 and height 200 renders fewer rows', () => {
    const root = render(ClaimsTable, props({ rowHeight: 20, height: 200 }));
    const rows = dataRows(root);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(10 + 1 + 12);
  });

  test('ClaimsTable sorted by figure, descending, starts with the largest figure', () => {
    const root = render(ClaimsTable, props({ sort: 'figure', dir: 'desc' }));
    const first = dataRows(root)[0]!;
    expect(claimLink(first)).toBe('#/claims/claim-99999');
    expect(first.querySelector('a')!.textContent).toBe('999,990');
    const sorted = root.querySelector('th[aria-sort]')!;
    expect(sorted.getAttribute('aria-sort')).toBe('descending');
    expect(sorted.textContent).toMatch(/Figure/);
    expect(root.querySelectorAll('th[aria-sort]')).toHaveLength(1);
  });

  test.each<[string, SortKey | undefined, SortDir | undefined, string, [SortKey, SortDir]]>([
    [
      'unsorted: a click on Figure calls onsort(figure, asc)',
      undefined,
      undefined,
      'Figure',
      ['figure', 'asc'],
    ],
    [
      'by figure asc: a click on Figure calls onsort(figure, desc)',
      'figure',
      'asc',
      'Figure',
      ['figure', 'desc'],
    ],
    [
      'by figure desc: a click on Figure calls onsort(figure, asc)',
      'figure',
      'desc',
      'Figure',
      ['figure', 'asc'],
    ],
    [
      'by figure desc: a click on Source calls onsort(source, asc)',
      'figure',
      'desc',
      'Source',
      ['source', 'asc'],
    ],
    [
      'by subject, no dir: a click on Subject calls onsort(subject, desc)',
      'subject',
      undefined,
      'Subject',
      ['subject', 'desc'],
    ],
  ])('ClaimsTable %s', (_name, sort, dir, label, expected) => {
    const onsort = vi.fn<(key: SortKey, dir: SortDir) => void>();
    const root = render(ClaimsTable, props({ claims: CLAIMS.slice(0, 50), sort, dir, onsort }));
    const button = [...root.querySelectorAll('th button')].find((b) =>
      b.textContent!.includes(label),
    ) as HTMLButtonElement;
    button.click();
    expect(onsort).toHaveBeenCalledExactlyOnceWith(...expected);
  });

  test('ClaimsTable links each row to its sentence and its source', () => {
    const root = render(ClaimsTable, props());
    for (const row of dataRows(root)) {
      const i = Number(row.getAttribute('aria-rowindex')) - 2;
      expect(claimLink(row)).toBe(`#/claims/claim-${i}`);
      const source = row.querySelector('a[href^="#/sources/"]')!;
      expect(source.getAttribute('href')).toBe(`#/sources/source-${i % 10}`);
      expect(source.textContent).toBe(`Fighting flares near Sirte, report ${i % 10}`);
    }
  });

  test('ClaimsTable renders markup in data as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const claims = [{ ...CLAIMS[0]!, subject: markup, place: markup, attributed_to: markup }];
    const root = render(ClaimsTable, props({ claims }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('td.subject')!.textContent).toBe(markup);
  });

  test('ClaimsTable without claims says so', () => {
    const root = render(ClaimsTable, props({ claims: [] }));
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).toBe('1');
    expect(dataRows(root)).toHaveLength(0);
    expect(root.textContent).toMatch(/No claims to show/);
  });

  test('ClaimsTable scroll box takes focus and has a name', () => {
    const root = render(ClaimsTable, props());
    const viewport = root.querySelector<HTMLElement>('[role="region"]')!;
    expect(viewport.getAttribute('tabindex')).toBe('0');
    expect(viewport.getAttribute('aria-label')).toMatch(/Claims table, 100000 rows/);
    viewport.focus();
    expect(document.activeElement).toBe(viewport);
  });
});
