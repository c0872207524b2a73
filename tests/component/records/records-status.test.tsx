// What a person sees while the records open from the journal, and when they cannot: a progress bar during a long
// rebuild, and a translated reason with a way to try again instead of an empty list.
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { bindRecordsToSession, openRecords, useRecords } from '../../../src-renderer/records';
import { RecordsStatus } from '../../../src-renderer/records/RecordsStatus';
import { fakeJournal } from '../fake-client';
import { renderWithI18n } from '../render-app';
import { makeRecordKeys, uniqueDatabaseName } from './record-test-kit';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

afterEach(() => {
  useSession.setState({ keys: undefined });
  useRecords.setState({ records: undefined, error: undefined, problem: undefined, progress: undefined, reopen: undefined });
});

describe('records status', () => {
  it('says how many stored records failed their check once the records are open, in Russian plural forms too', async () => {
    const damaged = (n: number) => ({ damaged: () => Array.from({ length: n }, (_, i) => ({ table: 'cases' as const, id: String(i) })) }) as never;
    act(() => useRecords.setState({ records: damaged(0) }));
    const { i18n } = await renderWithI18n(<RecordsStatus />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => useRecords.setState({ records: damaged(1) }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 stored record failed its integrity check and is not shown');
    await act(() => i18n.changeLanguage('ru'));
    act(() => useRecords.setState({ records: damaged(3) }));
    expect(screen.getByRole('alert')).toHaveTextContent('3 сохранённые записи не прошли проверку целостности');
  });

  it('shows a progress bar while a long rebuild runs, and nothing for a short one', async () => {
    await renderWithI18n(<RecordsStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening the records…');
    act(() => useRecords.setState({ progress: { phase: 'replay', done: 10, total: 20 } }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => useRecords.setState({ progress: { phase: 'replay', done: 2000, total: 4500 } }));
    const bar = screen.getByRole('progressbar', { name: 'Progress of opening the records' });
    expect(bar).toHaveAttribute('aria-valuenow', '2000');
    expect(bar).toHaveAttribute('aria-valuemax', '4500');
    expect(screen.getByRole('status')).toHaveTextContent("Rebuilding this browser's copy of the records from the vault: 2000 of 4500");
  });

  it('reports rebuild progress from the session binding as the journal is replayed', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const source = await openRecords(keys, { name: uniqueDatabaseName('status-source'), journal: fake.journal });
    expect((await source.importBatch({ cases: Array.from({ length: 2500 }, (_, i) => ({ title: `Case ${i}` })) })).ok).toBe(true);
    source.dispose();

    const seen: number[] = [];
    const unsubscribe = useRecords.subscribe((s) => s.progress && seen.push(s.progress.done));
    const binding = bindRecordsToSession({ name: uniqueDatabaseName('status-fresh'), journal: fake.journal });
    useSession.setState({ keys });
    await until(() => useRecords.getState().records !== undefined);
    unsubscribe();
    expect(seen).toEqual([2000, 2500]);
    expect(useRecords.getState().progress).toBeUndefined();
    binding.dispose();
  });

  it('says, translated, why the records cannot be rebuilt, and tries again on request', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    fake.state.refuseReads = { code: 'vault.locked' };
    const binding = bindRecordsToSession({ name: uniqueDatabaseName('status-failed'), journal: fake.journal });
    useSession.setState({ keys });
    await until(() => useRecords.getState().problem !== undefined);
    expect(useRecords.getState()).toMatchObject({ problem: 'rebuild', error: { code: 'vault.locked' } });

    await renderWithI18n(<RecordsStatus />, 'ru');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Не удалось восстановить записи из хранилища');
    expect(alert).not.toHaveTextContent('records.');
    fake.state.refuseReads = undefined;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Восстановить из хранилища' }));
    await until(() => useRecords.getState().records !== undefined);
    expect(screen.queryByRole('alert')).toBeNull();
    binding.dispose();
  });

  it('says when the working copy is deleted while unlocked, and rebuilds it from the journal', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('status-lost');
    const fake = fakeJournal();
    const binding = bindRecordsToSession({ name, journal: fake.journal });
    useSession.setState({ keys });
    await until(() => useRecords.getState().records !== undefined);
    const saved = await useRecords.getState().records!.cases.save({ title: 'Задержание в Астане' });
    expect(saved.ok).toBe(true);

    await renderWithI18n(<RecordsStatus />, 'kk');
    await act(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    expect(useRecords.getState()).toMatchObject({ records: undefined, problem: 'lost' });
    expect(screen.getByRole('alert')).toHaveTextContent('Қойма ашық тұрғанда осы браузердегі жазбалар көшірмесі өшірілді');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Қоймадан қалпына келтіру' }));
    await until(() => useRecords.getState().records !== undefined);
    expect((await useRecords.getState().records!.cases.list()).map((c) => c.title)).toEqual(['Задержание в Астане']);
    binding.dispose();
  });
});
