import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeopleScreen } from '../../../src-renderer/features/people/PeopleScreen';
import { openRecords, useRecords, type ModelTable, type Records } from '../../../src-renderer/records';
import { toDisposable } from '../../../shared/lifecycle';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';
import { renderWithI18n } from '../render-app';

let records: Records;
beforeEach(async () => {
  records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('people') });
  useRecords.setState({ records });
});
afterEach(() => {
  records.dispose();
  useRecords.setState({ records: undefined });
});

describe('people registry', () => {
  it('adds a person named in Cyrillic with a Latin spelling, finds them by either, and shows consent', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<PeopleScreen />);
    await user.type(screen.getByLabelText('Name as written in the source'), 'Ильяшев Алнур');
    await user.type(screen.getByLabelText('Other spellings and transliterations, one per line'), 'Alnur Ilyashev');
    await user.selectOptions(screen.getByLabelText('Consent for use'), 'named-publication');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    const list = await screen.findByRole('list', { name: 'People in the registry' });
    expect(await within(list).findByText('Ильяшев Алнур')).toBeVisible();
    expect(within(list).getByText('Consent: publication with name')).toBeVisible();

    await user.type(screen.getByLabelText('Find by any spelling'), "Il'yashev");
    expect(within(list).getByText('Ильяшев Алнур')).toBeVisible();
    await user.clear(screen.getByLabelText('Find by any spelling'));
    await user.type(screen.getByLabelText('Find by any spelling'), 'Tokayev');
    expect(within(list).queryByText('Ильяшев Алнур')).toBeNull();

    const [stored] = await records.people.list();
    expect(stored?.names).toEqual([
      { text: 'Ильяшев Алнур', script: 'cyrillic', kind: 'primary' },
      { text: 'Alnur Ilyashev', script: 'latin', kind: 'transliteration' },
    ]);
  });

  it('merges a duplicate record, keeping every spelling and the stricter consent', async () => {
    const first = await records.people.save({ names: [{ text: 'Тулесова Ася', script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' });
    const second = await records.people.save({ names: [{ text: 'Asya Tulesova', script: 'latin', kind: 'primary' }], consent: 'internal-only' });
    expect(first.ok && second.ok).toBe(true);
    const user = userEvent.setup();
    await renderWithI18n(<PeopleScreen />, 'ru');
    const list = await screen.findByRole('list', { name: 'Люди в реестре' });
    await user.click(await within(list).findByText('Тулесова Ася'));
    await user.selectOptions(screen.getByLabelText('Тот же человек, что Тулесова Ася?'), 'Asya Tulesova');
    await user.click(screen.getByRole('button', { name: 'Объединить с этим человеком' }));

    await waitFor(async () => expect(await records.people.list()).toHaveLength(1));
    const [merged] = await records.people.list();
    expect(merged?.names.map((n) => n.text).sort()).toEqual(['Asya Tulesova', 'Тулесова Ася']);
    expect(merged?.consent).toBe('internal-only');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Asya Tulesova')).toHaveClass('person-variants');
  });

  it('lists again when tables served from the unlock snapshot are replaced, and stops listening when it goes', async () => {
    const listeners = new Set<(tables: readonly ModelTable[]) => void>();
    useRecords.setState({
      records: {
        ...records,
        onRefreshed(listener) {
          listeners.add(listener);
          return toDisposable(() => listeners.delete(listener));
        },
      },
    });
    const view = await renderWithI18n(<PeopleScreen />);
    await screen.findByRole('heading', { name: '0 people and groups' });
    // Not a write through the screen, so nothing but the refresh can make the list read it.
    expect((await records.people.save({ names: [{ text: 'Ерлан Балтабай', script: 'cyrillic', kind: 'primary' }] })).ok).toBe(true);
    for (const listener of listeners) listener(['people']);
    expect(await screen.findByText('Ерлан Балтабай')).toBeVisible();
    view.unmount();
    expect(listeners.size).toBe(0);
  });
});
