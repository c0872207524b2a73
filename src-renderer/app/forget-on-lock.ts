import type { Disposable } from '../../shared/lifecycle';
import { useCasesView } from '../features/cases/cases-view-store';
import { useEvidence } from '../features/evidence/evidence-store';
import { useSession } from '../features/vault/session-store';

/**
 * Locking must leave no case data in the page: the records close themselves (records-store), and every other
 * store that caches vault content is emptied here. Only ids survive (which case was open), so the editor can
 * resume after the next unlock.
 */
export function forgetOnLock(): Disposable {
  const stop = useSession.subscribe((state, previous) => {
    if (previous.keys && !state.keys) {
      useEvidence.getState().clear();
      // The words a search hit opened an item with; its page number may stay.
      useCasesView.setState({ itemFind: undefined });
    }
  });
  return { dispose: stop };
}
