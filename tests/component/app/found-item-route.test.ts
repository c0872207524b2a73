import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Disposable } from '../../../shared/lifecycle';
import { forgetOnLock } from '../../../src-renderer/app/forget-on-lock';
import { bindRoute } from '../../../src-renderer/app/route-binding';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { makeRecordKeys } from '../records/record-test-kit';

const CASE = 'c'.repeat(32);
const ITEM = 'e'.repeat(32);
const bindings: Disposable[] = [];

function goTo(hash: string): void {
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeEach(async () => {
  window.history.replaceState(null, '', '#/cases');
  useCasesView.getState().close();
  useCasesView.setState({ flushEditor: undefined, itemPage: undefined, itemFind: undefined });
  useSession.setState({ keys: await makeRecordKeys(), screen: 'home' });
  bindings.push(bindRoute(window), forgetOnLock());
});
afterEach(() => {
  for (const binding of bindings.splice(0)) binding.dispose();
});

describe('an item opened from a search hit', () => {
  it('puts the page in the address and keeps the words searched for out of it', () => {
    useCasesView.getState().openFound(CASE, ITEM, 3, 'Tulkibas');
    expect(window.location.hash).toBe(`#/cases/${CASE}/evidence/${ITEM}/page/3`);
    expect(useCasesView.getState()).toMatchObject({ openCaseId: CASE, section: 'evidence', itemId: ITEM, itemPage: 3, itemFind: 'Tulkibas' });
  });

  it('opens at the page an address names; the words stay only while that page of that item is shown', () => {
    useCasesView.getState().openFound(CASE, ITEM, 3, 'Tulkibas');
    goTo(`#/cases/${CASE}/evidence/${ITEM}/page/3`);
    expect(useCasesView.getState()).toMatchObject({ itemPage: 3, itemFind: 'Tulkibas' });
    goTo(`#/cases/${CASE}/evidence/${ITEM}/page/5`);
    expect(useCasesView.getState()).toMatchObject({ itemId: ITEM, itemPage: 5, itemFind: undefined });
    goTo(`#/cases/${CASE}/evidence`);
    expect(useCasesView.getState()).toMatchObject({ itemId: undefined, itemPage: undefined });
  });

  it('opened from the Evidence section, an item starts at its first page with nothing to find', () => {
    useCasesView.getState().openFound(CASE, ITEM, 3, 'Tulkibas');
    useCasesView.getState().closeItem();
    useCasesView.getState().openItem(ITEM);
    expect(useCasesView.getState()).toMatchObject({ itemId: ITEM, itemPage: undefined, itemFind: undefined });
    expect(window.location.hash).toBe(`#/cases/${CASE}/evidence/${ITEM}`);
  });

  it('forgets the words on lock and keeps the page to reopen at', () => {
    useCasesView.getState().openFound(CASE, ITEM, 3, 'Tulkibas');
    useSession.getState().locked('idle');
    expect(useCasesView.getState()).toMatchObject({ itemId: ITEM, itemPage: 3, itemFind: undefined });
  });
});
