// Keeps the address and the navigation stores in step. The stores stay the truth the screens read (so components
// render alone in tests); this binding writes each move into the browser history and, on Back or Forward, puts
// the stores where the address says. The address is only read or written while the vault is open.
import type { Disposable } from '../../shared/lifecycle';
import { useCasesView, leaveEditor } from '../features/cases/cases-view-store';
import { useEvidenceView } from '../features/evidence/evidence-view-store';
import { useReportsView } from '../features/reports/reports-view-store';
import { useSession, type Screen, type UnlockedScreen } from '../features/vault/session-store';
import { parseRoute, routeHash, type AppRoute } from './app-route';

const UNLOCKED: readonly Screen[] = ['home', 'people', 'evidence', 'catalog', 'reports', 'settings'] satisfies UnlockedScreen[];
const isUnlockedScreen = (screen: Screen): screen is UnlockedScreen => UNLOCKED.includes(screen);

/** The route the stores describe, or undefined while the vault is locked or being set up. */
export function currentRoute(): AppRoute | undefined {
  const { screen } = useSession.getState();
  if (!isUnlockedScreen(screen)) return undefined;
  if (screen === 'home') {
    const { openCaseId, section, itemId, dossier, itemPage } = useCasesView.getState();
    return openCaseId ? { screen, caseId: openCaseId, section, itemId, dossier, page: itemPage } : { screen };
  }
  if (screen === 'evidence') {
    const { openItemId } = useEvidenceView.getState();
    return openItemId ? { screen, itemId: openItemId } : { screen };
  }
  if (screen === 'reports') {
    const { openProjectId } = useReportsView.getState();
    return openProjectId ? { screen, projectId: openProjectId } : { screen };
  }
  return { screen };
}

function applyRoute(route: AppRoute): void {
  if (route.screen === 'home') {
    const view = useCasesView.getState();
    // The words a search hit found stay only while its page of its item is shown.
    const sameFind = route.itemId === view.itemId && route.page === view.itemPage;
    if (!route.caseId) view.close();
    // The same case at another place keeps isNew: the first save of a new case still clears its draft pointer.
    else if (route.caseId === view.openCaseId) useCasesView.setState({ section: route.section ?? 'summary', itemId: route.itemId, dossier: route.dossier });
    else useCasesView.setState({ openCaseId: route.caseId, isNew: false, section: route.section ?? 'summary', itemId: route.itemId, dossier: route.dossier });
    useCasesView.setState({ itemPage: route.page, itemFind: sameFind ? view.itemFind : undefined });
  }
  if (route.screen === 'evidence') useEvidenceView.setState({ openItemId: route.itemId });
  if (route.screen === 'reports') useReportsView.setState({ openProjectId: route.projectId });
  useSession.getState().navigate(route.screen);
}

/** Whether moving to `route` unmounts the open case editor, whose waiting edits are then saved first. */
function leavesEditor(route: AppRoute): boolean {
  const { openCaseId, itemId, dossier } = useCasesView.getState();
  if (!openCaseId || itemId || dossier || useSession.getState().screen !== 'home') return false;
  return route.screen !== 'home' || route.caseId !== openCaseId || route.itemId !== undefined || route.dossier !== undefined;
}

export function bindRoute(win: Window = window): Disposable {
  let applying = false;

  const write = (mode: 'push' | 'replace') => {
    if (applying) return;
    const route = currentRoute();
    if (!route) return;
    const hash = routeHash(route);
    if (hash === win.location.hash) return;
    if (mode === 'push') win.history.pushState(null, '', hash);
    else win.history.replaceState(null, '', hash);
  };

  const follow = (route: AppRoute) => {
    applying = true;
    try {
      applyRoute(route);
    } finally {
      applying = false;
    }
    // An address the stores cannot hold as written (a case's bare id) is rewritten in place, not added to history.
    write('replace');
  };

  const onAddressChange = () => {
    if (!currentRoute()) return;
    const route = parseRoute(win.location.hash);
    if (!route) return write('replace');
    if (leavesEditor(route)) void leaveEditor(() => follow(route));
    else follow(route);
  };

  const onStores = () => write('push');
  const stopSession = useSession.subscribe((state, previous) => {
    // Just unlocked: the address says where the person was (a reload, or a lock in the middle of a case).
    if (isUnlockedScreen(state.screen) && !isUnlockedScreen(previous.screen)) {
      const route = parseRoute(win.location.hash);
      if (route) follow(route);
      else write('replace');
      return;
    }
    onStores();
  });
  const stopCases = useCasesView.subscribe(onStores);
  const stopEvidence = useEvidenceView.subscribe(onStores);
  const stopReports = useReportsView.subscribe(onStores);
  win.addEventListener('popstate', onAddressChange);
  win.addEventListener('hashchange', onAddressChange);
  return {
    dispose() {
      stopSession();
      stopCases();
      stopEvidence();
      stopReports();
      win.removeEventListener('popstate', onAddressChange);
      win.removeEventListener('hashchange', onAddressChange);
    },
  };
}
