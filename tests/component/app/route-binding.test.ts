import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Disposable } from '../../../shared/lifecycle';
import { bindRoute } from '../../../src-renderer/app/route-binding';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { useEvidenceView } from '../../../src-renderer/features/evidence/evidence-view-store';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { makeRecordKeys } from '../records/record-test-kit';

const CASE = 'c'.repeat(32);
const OTHER = 'd'.repeat(32);
const ITEM = 'e'.repeat(32);
let binding: Disposable | undefined;

/** What the browser does on Back or Forward: the address changes first, then popstate fires. */
function goTo(hash: string): void {
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

beforeEach(async () => {
  window.history.replaceState(null, '', '#/cases');
  useCasesView.getState().close();
  useCasesView.setState({ flushEditor: undefined });
  useEvidenceView.getState().closeItem();
  useSession.setState({ keys: await makeRecordKeys(), screen: 'home' });
  binding = bindRoute(window);
});
afterEach(() => binding?.dispose());

describe('the address follows navigation', () => {
  it('writes each move into the browser history', () => {
    const before = window.history.length;
    useCasesView.getState().open(CASE);
    expect(window.location.hash).toBe(`#/cases/${CASE}/summary`);
    useCasesView.getState().showSection('people');
    expect(window.location.hash).toBe(`#/cases/${CASE}/people`);
    useCasesView.getState().openItem(ITEM);
    expect(window.location.hash).toBe(`#/cases/${CASE}/evidence/${ITEM}`);
    useSession.getState().navigate('evidence');
    expect(window.location.hash).toBe('#/evidence');
    expect(window.history.length).toBe(before + 4);
  });

  it('puts the stores where Back or Forward lands', () => {
    goTo(`#/cases/${CASE}/history`);
    expect(useCasesView.getState()).toMatchObject({ openCaseId: CASE, section: 'history', itemId: undefined });
    goTo(`#/evidence/${ITEM}`);
    expect(useSession.getState().screen).toBe('evidence');
    expect(useEvidenceView.getState().openItemId).toBe(ITEM);
    goTo('#/cases');
    expect(useSession.getState().screen).toBe('home');
    expect(useCasesView.getState().openCaseId).toBeUndefined();
  });

  it('saves what the open editor holds before Back leaves it', async () => {
    useCasesView.getState().open(CASE, false, 'events');
    const order: string[] = [];
    useCasesView.setState({
      flushEditor: async () => {
        order.push(`flushed while ${useCasesView.getState().openCaseId === CASE ? 'still open' : 'already gone'}`);
      },
    });
    goTo(`#/cases/${OTHER}/summary`);
    await expect.poll(() => useCasesView.getState().openCaseId).toBe(OTHER);
    expect(order).toEqual(['flushed while still open']);
  });

  it('keeps a new case new while moving between its sections', () => {
    useCasesView.getState().open(CASE, true);
    goTo(`#/cases/${CASE}/tags`);
    expect(useCasesView.getState()).toMatchObject({ openCaseId: CASE, isNew: true, section: 'tags' });
  });

  it('rewrites an address it cannot follow instead of keeping it', () => {
    useCasesView.getState().open(CASE, false, 'sources');
    goTo('#/cases/not-an-id');
    expect(window.location.hash).toBe(`#/cases/${CASE}/sources`);
    expect(useCasesView.getState().section).toBe('sources');
  });

  it('after an unlock, returns to where the address says and leaves the address alone while locked', () => {
    useSession.getState().locked('idle');
    goTo(`#/cases/${CASE}/people`);
    expect(useCasesView.getState().openCaseId).toBeUndefined();
    useSession.setState({ screen: 'home' });
    expect(useCasesView.getState()).toMatchObject({ openCaseId: CASE, section: 'people' });
    expect(window.location.hash).toBe(`#/cases/${CASE}/people`);
  });
});
