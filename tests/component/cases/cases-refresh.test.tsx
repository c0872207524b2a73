// The cases list reloads when the records replace tables served from the unlock snapshot (Records.onRefreshed).
// The refresh is fired by hand here, so the test does not depend on when background verification ends; the
// refresh itself is tested over the real records layer in tests/component/records/working-snapshot.test.ts.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toDisposable } from '../../../shared/lifecycle';
import type { ModelTable, Records } from '../../../src-renderer/records';
import { newVault, open, renderCases, resetView } from './cases-kit';

const opened: Records[] = [];
afterEach(() => {
  cleanup();
  resetView();
  opened.splice(0).forEach((r) => r.dispose());
});

describe('cases list after a snapshot refresh', () => {
  it('lists again when the records say tables were refreshed, and stops listening when it goes', async () => {
    const records = await open(await newVault('cases-refresh'));
    opened.push(records);
    await records.ready;
    const listeners = new Set<(tables: readonly ModelTable[]) => void>();
    const watched: Records = {
      ...records,
      onRefreshed(listener) {
        listeners.add(listener);
        return toDisposable(() => listeners.delete(listener));
      },
    };
    const first = await records.cases.save({ title: 'Checkpoint filming, Almaty' });
    expect(first.ok).toBe(true);
    const view = await renderCases(watched);
    expect(await screen.findByText('1 of 1 case')).toBeInTheDocument();

    // Not a write through the screen, so nothing but the refresh can make the list read it.
    expect((await records.cases.save({ title: 'Welded stairwells in Makanchi' })).ok).toBe(true);
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener(['cases']);
    expect(await screen.findByText('2 of 2 cases')).toBeInTheDocument();

    view.unmount();
    expect(listeners.size).toBe(0);
  });
});
