import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute, routeHash, type AppRoute } from '../../../src-renderer/app/app-route';
import { CASE_SECTIONS } from '../../../src-renderer/features/cases/cases-view-store';

const id = fc.stringMatching(/^[0-9a-f]{32}$/);
const route: fc.Arbitrary<AppRoute> = fc.oneof(
  fc.constant<AppRoute>({ screen: 'home' }),
  fc.record({ screen: fc.constant('home' as const), caseId: id, section: fc.constantFrom(...CASE_SECTIONS) }),
  fc.record({ screen: fc.constant('home' as const), caseId: id, section: fc.constant('evidence' as const), itemId: id }),
  fc.record({ screen: fc.constant('home' as const), caseId: id, section: fc.constant('evidence' as const), itemId: id, page: fc.integer({ min: 1, max: 999_999 }) }),
  fc.constant<AppRoute>({ screen: 'evidence' }),
  fc.record({ screen: fc.constant('evidence' as const), itemId: id }),
  fc.constant<AppRoute>({ screen: 'reports' }),
  fc.record({ screen: fc.constant('reports' as const), projectId: id }),
  fc.constantFrom<AppRoute>({ screen: 'people' }, { screen: 'catalog' }, { screen: 'settings' }),
);

describe('app routes', () => {
  it('reads back every place it writes', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(routeHash(r))).toEqual(r);
      }),
    );
  });

  it('names a case, its section and an item opened from it', () => {
    const caseId = 'a'.repeat(32);
    const itemId = 'b'.repeat(32);
    expect(routeHash({ screen: 'home', caseId, section: 'sources' })).toBe(`#/cases/${caseId}/sources`);
    expect(routeHash({ screen: 'home', caseId, section: 'evidence', itemId })).toBe(`#/cases/${caseId}/evidence/${itemId}`);
    expect(parseRoute(`#/cases/${caseId}`)).toEqual({ screen: 'home', caseId, section: 'summary' });
  });

  it('names the page a search hit opens an item at, and nothing of what was searched for', () => {
    const caseId = 'a'.repeat(32);
    const itemId = 'b'.repeat(32);
    expect(routeHash({ screen: 'home', caseId, section: 'evidence', itemId, page: 3 })).toBe(`#/cases/${caseId}/evidence/${itemId}/page/3`);
    // A page without an item is no place: the case's section is written.
    expect(routeHash({ screen: 'home', caseId, section: 'evidence', page: 3 })).toBe(`#/cases/${caseId}/evidence`);
    for (const page of ['0', '03', '-1', '1.5', 'x', '1234567', '']) {
      expect(parseRoute(`#/cases/${caseId}/evidence/${itemId}/page/${page}`), page).toBeUndefined();
    }
    for (const hash of [`#/cases/${caseId}/evidence/page/3`, `#/cases/${caseId}/summary/page/3`, `#/cases/${caseId}/evidence/${itemId}/3`, `#/cases/${caseId}/evidence/${itemId}/page`, `#/evidence/${itemId}/page/3`]) {
      expect(parseRoute(hash), hash).toBeUndefined();
    }
  });

  it('ignores addresses it did not write', () => {
    for (const hash of ['', '#', '#/nowhere', '#/cases/xyz/summary', `#/cases/${'a'.repeat(32)}/margins`, `#/cases/${'a'.repeat(32)}/people/${'b'.repeat(32)}`, '#/people/extra', '#/evidence/../../etc', '#/reports/xyz', `#/reports/${'a'.repeat(32)}/extra`]) {
      expect(parseRoute(hash), hash).toBeUndefined();
    }
  });
});
