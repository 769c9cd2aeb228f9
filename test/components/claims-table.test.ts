import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
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
    quote: `In district ${i}, ${i * 10} people were killed.`,
    mention: `${i * 10} people`,
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
function dataRows(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.body [role="row"][aria-rowindex]')];
}

const claimLink = (row: Element) => row.querySelector('a[href^="#/claims/"]')!.getAttribute('href');
const index = (row: Element) => Number(row.getAttribute('aria-rowindex')) - 2;
const px = (value: string) => Number(value.replace('px', ''));

/**
 * Scrolls the window. jsdom has no layout: the page's height, the window's
 * and the offset are set, and the scroll announced.
 */
function scrollWindowTo(y: number) {
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    value: 100_000 * 60 + 1000,
    configurable: true,
  });
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  Object.defineProperty(window, 'pageYOffset', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
  flushSync();
}

function setWindowHeight(height: number) {
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
}

describe('ClaimsTable', () => {
  beforeEach(() => {
    setWindowHeight(600);
    // jsdom has no scrolling: the table's own scrolls (to where the page is)
    // just move the offset.
    window.scrollTo = ((options: ScrollToOptions) => {
      Object.defineProperty(window, 'scrollY', { value: options.top ?? 0, configurable: true });
    }) as typeof window.scrollTo;
  });
  afterEach(() => scrollWindowTo(0));

  test('ClaimsTable with 100,000 claims renders a window of rows and announces all of them', () => {
    const root = render(ClaimsTable, props());
    const table = root.querySelector('[role="table"]')!;
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const rows = dataRows(root);
    expect(rows.length).toBeGreaterThanOrEqual(Math.ceil(600 / 60));
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(claimLink(rows[0]!)).toBe('#/claims/claim-0');
    // The rest of the height is padding, so the page's scrollbar matches 100,000 rows.
    const body = root.querySelector<HTMLElement>('.body')!;
    expect(px(body.style.paddingTop)).toBe(0);
    expect(px(body.style.paddingBottom)).toBe((100_000 - rows.length) * 60);
  });

  test('ClaimsTable after the page scrolls renders the rows at that position, not every row', () => {
    const root = render(ClaimsTable, props());
    scrollWindowTo(50_000 * 60 + 20);
    const rows = dataRows(root);
    expect(rows.length).toBeLessThanOrEqual(40);
    const firstVisible = rows.find((row) => index(row) >= 50_000)!;
    expect(index(firstVisible)).toBe(50_000);
    expect(claimLink(firstVisible)).toBe('#/claims/claim-50000');
    // A few rows of overscan above, and rows down to the bottom of the window.
    expect(index(rows[0]!)).toBeGreaterThan(50_000 - 20);
    expect(index(rows[0]!)).toBeLessThan(50_000);
    expect(index(rows.at(-1)!)).toBeGreaterThanOrEqual(50_000 + Math.ceil(600 / 60));
    const body = root.querySelector<HTMLElement>('.body')!;
    expect(px(body.style.paddingTop)).toBe(index(rows[0]!) * 60);
    expect(px(body.style.paddingBottom)).toBe((100_000 - index(rows.at(-1)!) - 1) * 60);
  });

  test('ClaimsTable with a smaller window renders fewer rows', () => {
    setWindowHeight(1200);
    const tall = dataRows(render(ClaimsTable, props())).length;
    setWindowHeight(300);
    const short = dataRows(render(ClaimsTable, props())).length;
    expect(short).toBeLessThan(tall);
  });

  test('ClaimsTable has the columns of a table for working', () => {
    const root = render(ClaimsTable, props({ claims: CLAIMS.slice(0, 3) }));
    const headers = [...root.querySelectorAll('[role="columnheader"]')].map((h) =>
      h.textContent!.replace(/[▲▼↕]/g, '').trim(),
    );
    expect(headers).toEqual([
      'Figure',
      'Unit',
      'What is counted',
      'Place',
      'Date',
      'Source',
      'Attributed to',
    ]);
    const cells = [...dataRows(root)[1]!.querySelectorAll('[role="cell"]')].map((c) =>
      c.textContent!.replace('▸', '').trim(),
    );
    expect(cells).toEqual([
      '10',
      'people',
      'People killed in district 1',
      'Libya',
      'not recorded',
      'Fighting flares near Sirte, report 1',
      'officials',
    ]);
    // No attribution: the publisher stated it.
    expect(dataRows(root)[0]!.querySelectorAll('[role="cell"]')[6]!.textContent!.trim()).toBe(
      'Reuters',
    );
  });

  test('ClaimsTable writes figures in words: the reporter’s words for a vague amount, “about” for approx', () => {
    const claims: Claim[] = [
      {
        ...CLAIMS[0]!,
        id: 'vague',
        qualifier: 'vague',
        value: undefined,
        low: 24,
        high: 120,
        mention: 'dozens of tourists',
      },
      { ...CLAIMS[0]!, id: 'approx', qualifier: 'approx', value: 300_000 },
      {
        ...CLAIMS[0]!,
        id: 'range',
        qualifier: 'range',
        value: undefined,
        low: 360_000,
        high: 370_000,
        unit: 'barrels_per_day',
      },
      { ...CLAIMS[0]!, id: 'nowhere', place: '' },
    ];
    const root = render(ClaimsTable, props({ claims }));
    const figures = dataRows(root).map((row) => row.querySelector('.figure')!.textContent!.trim());
    expect(figures).toEqual([
      'dozens of tourists read as 24–120 by convention',
      'about 300,000',
      '360,000–370,000 bpd',
      '0',
    ]);
    expect(dataRows(root)[2]!.querySelectorAll('[role="cell"]')[1]!.textContent).toBe(
      'barrels per day',
    );
    expect(dataRows(root)[3]!.querySelectorAll('[role="cell"]')[3]!.textContent).toBe(
      'not recorded',
    );
  });

  test('ClaimsTable opens a row on its quote, and closes it again', () => {
    const root = render(ClaimsTable, props({ claims: CLAIMS.slice(0, 5) }));
    const toggle = dataRows(root)[2]!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.details')).toBeNull();
    toggle.click();
    flushSync();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = root.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(details.closest('[role="row"]')).toBe(dataRows(root)[2]);
    expect(details.querySelector('blockquote')!.textContent).toBe(
      '“In district 2, 20 people were killed.”',
    );
    expect(details.textContent).toMatch(/Publication date not recorded/i);
    expect(details.querySelector('a')!.getAttribute('href')).toBe('#/claims/claim-2');
    toggle.click();
    flushSync();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.details')).toBeNull();
  });

  test('ClaimsTable sorted by figure, descending, starts with the largest figure', () => {
    const root = render(ClaimsTable, props({ sort: 'figure', dir: 'desc' }));
    const first = dataRows(root)[0]!;
    expect(claimLink(first)).toBe('#/claims/claim-99999');
    expect(first.querySelector('a')!.textContent).toBe('999,990');
    const sorted = root.querySelector('[aria-sort]')!;
    expect(sorted.getAttribute('aria-sort')).toBe('descending');
    expect(sorted.textContent).toMatch(/Figure/);
    expect(root.querySelectorAll('[aria-sort]')).toHaveLength(1);
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
      'by subject, no dir: a click on What is counted calls onsort(subject, desc)',
      'subject',
      undefined,
      'What is counted',
      ['subject', 'desc'],
    ],
    [
      'unsorted: a click on Unit calls onsort(unit, asc)',
      undefined,
      undefined,
      'Unit',
      ['unit', 'asc'],
    ],
    [
      'unsorted: a click on Attributed to calls onsort(attributed_to, asc)',
      undefined,
      undefined,
      'Attributed to',
      ['attributed_to', 'asc'],
    ],
  ])('ClaimsTable %s', (_name, sort, dir, label, expected) => {
    const onsort = vi.fn<(key: SortKey, dir: SortDir) => void>();
    const root = render(ClaimsTable, props({ claims: CLAIMS.slice(0, 50), sort, dir, onsort }));
    const button = [...root.querySelectorAll('[role="columnheader"] button')].find((b) =>
      b.textContent!.includes(label),
    ) as HTMLButtonElement;
    button.click();
    expect(onsort).toHaveBeenCalledExactlyOnceWith(...expected);
  });

  test('ClaimsTable links each row to its sentence and its source', () => {
    const root = render(ClaimsTable, props());
    for (const row of dataRows(root)) {
      const i = index(row);
      expect(claimLink(row)).toBe(`#/claims/claim-${i}`);
      const source = row.querySelector('a[href^="#/sources/"]')!;
      expect(source.getAttribute('href')).toBe(`#/sources/source-${i % 10}`);
      expect(source.textContent).toBe(`Fighting flares near Sirte, report ${i % 10}`);
    }
  });

  test('ClaimsTable renders markup in data as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const claims = [
      { ...CLAIMS[0]!, subject: markup, place: markup, attributed_to: markup, quote: markup },
    ];
    const root = render(ClaimsTable, props({ claims }));
    root.querySelector<HTMLButtonElement>('button.toggle')!.click();
    flushSync();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.subject')!.textContent!.replace('▾', '').trim()).toBe(markup);
    expect(root.querySelector('blockquote')!.textContent).toBe(`“${markup}”`);
  });

  test('ClaimsTable without claims says so', () => {
    const root = render(ClaimsTable, props({ claims: [] }));
    expect(root.querySelector('[role="table"]')!.getAttribute('aria-rowcount')).toBe('1');
    expect(dataRows(root)).toHaveLength(0);
    expect(root.textContent).toMatch(/No claims to show/);
  });
});
