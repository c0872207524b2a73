// Where the person is in the unlocked app, written into the address's hash so the browser's Back and Forward
// (and Electron's) move between places. Ids are random record and item ids: the address names nothing.
import type { Audience } from '../../shared/export/case-disclosure';
import { isCaseSection, type CaseSection } from '../features/cases/cases-view-store';
import type { UnlockedScreen } from '../features/vault/session-store';

export type AppRoute =
  | { screen: 'home'; caseId?: string; section?: CaseSection; itemId?: string; page?: number; dossier?: Audience }
  | { screen: 'evidence'; itemId?: string }
  | { screen: 'reports'; projectId?: string }
  | { screen: Exclude<UnlockedScreen, 'home' | 'evidence' | 'reports'> };

const ID = /^[0-9a-f]{32}$/;
// `/page/<n>` after an item: a search hit's page. Only the number; the words searched for stay out of the
// address, which Chromium writes to disk (docs/security.md), and are held in memory (cases-view-store.ts).
const ITEM_PAGE = /^(#?\/?cases\/.+\/evidence\/[^/]+)\/page\/([1-9][0-9]{0,5})$/;
const PLAIN_SCREENS = { people: 'people', catalog: 'catalog', settings: 'settings' } as const;

const isAudience = (value: string | undefined): value is Audience => value === 'legal-team' || value === 'publication';

/** `#/cases/<case>/<section>`, `#/cases/<case>/evidence/<item>`, `#/cases/<case>/dossier/<audience>`, `#/evidence/<item>`, `#/reports/<project>`… */
export function routeHash(route: AppRoute): string {
  switch (route.screen) {
    case 'home': {
      if (!route.caseId) return '#/cases';
      if (route.dossier) return `#/cases/${route.caseId}/dossier/${route.dossier}`;
      const section = route.itemId ? 'evidence' : (route.section ?? 'summary');
      const page = route.itemId && route.page ? `/page/${route.page}` : '';
      return `#/cases/${route.caseId}/${section}${route.itemId ? `/${route.itemId}` : ''}${page}`;
    }
    case 'evidence':
      return route.itemId ? `#/evidence/${route.itemId}` : '#/evidence';
    case 'reports':
      return route.projectId ? `#/reports/${route.projectId}` : '#/reports';
    default:
      return `#/${route.screen}`;
  }
}

/** The route an address names, or undefined for anything else (an old bookmark, a hand-typed hash). */
export function parseRoute(hash: string): AppRoute | undefined {
  const paged = ITEM_PAGE.exec(hash);
  if (paged) {
    const route = parseRoute(paged[1]!);
    return route?.screen === 'home' && route.itemId ? { ...route, page: Number(paged[2]) } : undefined;
  }
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [first, second, third, fourth] = parts;
  if (first === 'cases') {
    if (parts.length === 1) return { screen: 'home' };
    if (!second || !ID.test(second) || parts.length > 4) return undefined;
    if (third === undefined) return { screen: 'home', caseId: second, section: 'summary' };
    if (third === 'dossier') return isAudience(fourth) ? { screen: 'home', caseId: second, section: 'evidence', dossier: fourth } : undefined;
    if (!isCaseSection(third)) return undefined;
    if (fourth === undefined) return { screen: 'home', caseId: second, section: third };
    return third === 'evidence' && ID.test(fourth) ? { screen: 'home', caseId: second, section: 'evidence', itemId: fourth } : undefined;
  }
  if (first === 'evidence') {
    if (parts.length === 1) return { screen: 'evidence' };
    return parts.length === 2 && second && ID.test(second) ? { screen: 'evidence', itemId: second } : undefined;
  }
  if (first === 'reports') {
    if (parts.length === 1) return { screen: 'reports' };
    return parts.length === 2 && second && ID.test(second) ? { screen: 'reports', projectId: second } : undefined;
  }
  if (parts.length === 1 && first && first in PLAIN_SCREENS) return { screen: PLAIN_SCREENS[first as keyof typeof PLAIN_SCREENS] };
  return undefined;
}
