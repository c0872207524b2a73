import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Records } from '../../../src-renderer/records';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { newVault, open, renderCases, resetView, type Vault } from './cases-kit';

let vault: Vault;
let records: Records | undefined;

beforeEach(async () => {
  resetView();
  vault = await newVault('case-sources');
  records = await open(vault);
});
afterEach(() => {
  cleanup();
  records?.dispose();
});

describe('case sources', () => {
  it('keeps a source recorded for a case even before any claim cites it, and only on that case', async () => {
    const here = await records!.cases.save({ title: 'Koshe party ban' });
    const elsewhere = await records!.cases.save({ title: 'Feminita registration refusals' });
    if (!here.ok || !elsewhere.ok) throw new Error('seed failed');
    const user = userEvent.setup();
    useCasesView.getState().open(here.value.id, false, 'sources');
    await renderCases(records!);
    const sources = await screen.findByRole('region', { name: 'Sources and claims' });
    await user.type(within(sources).getByRole('textbox', { name: 'Source name' }), 'Azattyq, 19 May 2020');
    await user.click(within(sources).getByRole('button', { name: 'Add source' }));
    await within(sources).findByText(/Azattyq, 19 May 2020/, { selector: 'li' });

    // Leave and come back, as after a lock: the source is still the case's.
    cleanup();
    records!.dispose();
    records = await open(vault);
    useCasesView.getState().open(here.value.id, false, 'sources');
    await renderCases(records);
    expect(await within(await screen.findByRole('region', { name: 'Sources and claims' })).findByText(/Azattyq, 19 May 2020/, { selector: 'li' })).toBeVisible();

    cleanup();
    useCasesView.getState().open(elsewhere.value.id, false, 'sources');
    await renderCases(records);
    const other = await screen.findByRole('region', { name: 'Sources and claims' });
    expect(within(other).getByRole('list').textContent).not.toContain('Azattyq');
  });
});
