import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatHash, parseHash } from '../../src/app/state/url';
import type { ViewState } from '../../src/app/state/url';
import { CATEGORIES, QUALIFIERS } from '../../src/model/schema';

describe('parseHash', () => {
  test.each([
    ['', { view: 'home' }],
    ['#/', { view: 'home' }],
    ['#/table', { view: 'table' }],
    ['#/claims/sabratha-strike-deaths-4', { view: 'claim', id: 'sabratha-strike-deaths-4' }],
    ['#/sources/us-strikes', { view: 'source', id: 'us-strikes' }],
    ['#/charts/casualties-people-killed', { view: 'chart', id: 'casualties-people-killed' }],
    ['#/charts/..%2Fx', { view: 'not-found', path: '/charts/..%2Fx' }],
    ['#/charts/%00', { view: 'not-found', path: '/charts/%00' }],
    ['#/claims/%E0%A4%A', { view: 'not-found', path: '/claims/%E0%A4%A' }],
    ['#/nowhere', { view: 'not-found', path: '/nowhere' }],
    // An in-page anchor (the skip link's) is not a view.
    ['#main', { view: 'home' }],
  ])('parseHash(%j) routes to %j', (hash, route) => {
    expect(parseHash(hash).route).toEqual(route);
  });

  test('parseHash reads filters and options, ignoring unknown values', () => {
    const state = parseHash(
      '#/table?category=casualties&place=Sabratha%2C%20Libya&q=killed&log=1&sort=figure&dir=desc&qualifier=bogus',
    );
    expect(state.filters).toEqual({
      category: 'casualties',
      place: 'Sabratha, Libya',
      source: undefined,
      qualifier: undefined,
      q: 'killed',
    });
    expect(state.log).toBe(true);
    expect(state.sort).toBe('figure');
    expect(state.dir).toBe('desc');
  });
});

describe('formatHash', () => {
  test('formatHash leaves empty values out', () => {
    expect(formatHash(parseHash('#/?q=&category='))).toBe('#/');
  });

  test('formatHash then parseHash gives back any view state', () => {
    const text = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    const state = fc.record({
      route: fc.oneof(
        fc.constant({ view: 'home' as const }),
        fc.constant({ view: 'table' as const }),
        fc
          .stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/)
          .map((id) => ({ view: 'claim' as const, id })),
      ),
      filters: fc.record({
        category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
        place: text,
        source: text,
        qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
        q: text,
      }),
      log: fc.option(fc.boolean(), { nil: undefined }),
      sort: fc.option(fc.constantFrom('figure' as const, 'subject' as const), { nil: undefined }),
      dir: fc.option(fc.constantFrom('asc' as const, 'desc' as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (s: ViewState) => {
        expect(parseHash(formatHash(s))).toEqual(s);
      }),
    );
  });
});
