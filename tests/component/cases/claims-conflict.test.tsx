import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Claim, Source } from '../../../shared/model';
import type { Records } from '../../../src-renderer/records';
import { ClaimsTable } from '../../../src-renderer/features/cases/ClaimsTable';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { setupI18n } from '../../../src-renderer/i18n/setup';
import { newVault, open, renderCases, resetView, type Vault } from './cases-kit';

let vault: Vault;
let records: Records | undefined;

beforeEach(async () => {
  resetView();
  vault = await newVault('claims-conflict');
  records = await open(vault);
});
afterEach(() => {
  cleanup();
  records?.dispose();
});

/** Each value's card: its figure and the sources that give it, as a person reads them. */
const cardsOf = (fact: HTMLElement) =>
  within(within(fact).getByRole('list', { name: /^What the sources say about/ }))
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('claim-value'))
    .map((card) => [card.querySelector('.claim-figure')?.textContent, within(card).getAllByRole('listitem').map((line) => line.querySelector('span')?.textContent)]);

describe('conflicting claims', () => {
  it('shows two death tolls from two sources as a conflict, each value with its own source, and agreeing sources together', async () => {
    const zhanaozen = await records!.cases.save({ title: 'Zhanaozen, 16 December 2011' });
    if (!zhanaozen.ok) throw new Error('seed failed');
    const user = userEvent.setup();
    useCasesView.getState().open(zhanaozen.value.id, false, 'sources');
    await renderCases(records!);
    const section = await screen.findByRole('region', { name: 'Sources and claims' });

    for (const name of ['Prosecutor General’s Office', 'KIBHR', 'Human Rights Watch']) {
      await user.type(within(section).getByRole('textbox', { name: 'Source name' }), name);
      await user.click(within(section).getByRole('button', { name: 'Add source' }));
      await within(section).findByText(new RegExp(`^${name}`), { selector: 'li' });
    }
    const addClaim = async (field: string, value: string, source: string) => {
      const about = within(section).getByLabelText('About (e.g. deaths)');
      await user.clear(about);
      await user.type(about, field);
      await user.type(within(section).getByRole('textbox', { name: 'What the source says' }), value);
      await user.selectOptions(within(section).getByRole('combobox', { name: 'Source' }), source);
      await user.click(within(section).getByRole('button', { name: 'Add claim' }));
    };
    await addClaim('deaths', '12 + 3 official', 'Prosecutor General’s Office');
    await within(section).findByRole('region', { name: 'deaths' });
    await addClaim('Deaths', 'at least 14', 'KIBHR');
    await within(section).findByText('per KIBHR');
    await addClaim('deaths', 'не менее 14', 'Human Rights Watch');
    await within(section).findByText('per Human Rights Watch');

    const fact = await within(section).findByRole('region', { name: 'deaths' });
    expect(within(fact).getByText('Sources disagree: 2 different values')).toBeTruthy();
    expect(cardsOf(fact)).toEqual([
      ['12 + 3 official', ['per Prosecutor General’s Office']],
      ['at least 14', ['per KIBHR', 'per Human Rights Watch']],
    ]);
    // Each claim can be removed on its own, named by its source.
    expect(within(fact).getByRole('button', { name: 'Remove the claim of KIBHR about deaths: at least 14' })).toBeTruthy();
  });

  it('shows one value without a conflict note when every source agrees', async () => {
    const i18n = await setupI18n('en');
    const source = (id: string, name: string): Source => ({ id, name, kind: 'media', perspective: 'independent', caseIds: [], aliases: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    const claim = (id: string, sourceId: string): Claim => ({
      id, caseId: 'c'.repeat(32), field: 'ban date', sourceId, value: { type: 'date', date: { precision: 'month', year: 2020, month: 6 } },
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const sources = new Map([['a', source('a', 'Azattyq')], ['v', source('v', 'Vlast')]]);
    render(
      <I18nextProvider i18n={i18n}>
        <ClaimsTable claims={[claim('1', 'a'), claim('2', 'v')]} sources={sources} onRemove={() => {}} />
      </I18nextProvider>,
    );
    const fact = screen.getByRole('region', { name: 'ban date' });
    expect(within(fact).queryByText(/Sources disagree/)).toBeNull();
    expect(cardsOf(fact)).toEqual([['June 2020', ['per Azattyq', 'per Vlast']]]);
  });
});
