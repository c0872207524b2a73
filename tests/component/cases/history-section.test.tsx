import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseChange } from '../../../shared/ipc/channels/records';
import { HistorySection } from '../../../src-renderer/features/cases/HistorySection';
import { SaveTracker, SaveTrackerContext } from '../../../src-renderer/features/cases/save-tracker';
import { setClient } from '../../../src-renderer/platform/tamga-client';
import { fakeClient } from '../fake-client';
import { renderWithI18n } from '../render-app';

const CASE = 'a'.repeat(32);
const change = (seq: number, table: CaseChange['table'], fields: string[], op: CaseChange['op'] = 'put'): CaseChange => ({
  seq, table, id: String(seq).repeat(32).slice(0, 32), version: 1, at: `2026-03-0${seq + 1}T10:00:00.000Z`, device: 'd'.repeat(32), op, fields,
});

describe('case history', () => {
  it('shows the journal\'s changes newest first, field by field, and reloads on request', async () => {
    let changes = [change(0, 'cases', ['status', 'title']), change(1, 'events', ['description', 'when'])];
    const { client, calls } = fakeClient({ 'records.caseHistory': () => ({ ok: true, value: changes }) });
    setClient(client);
    await renderWithI18n(<HistorySection caseId={CASE} />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([['Event', 'Description, Date', 'dddddddd'], ['Case', 'Status, Title', 'dddddddd']]);
    expect(calls.find((c) => c.channel === 'records.caseHistory')?.input).toEqual({ caseId: CASE });

    changes = [...changes, change(2, 'casePeople', [], 'delete')];
    await userEvent.setup().click(screen.getByRole('button', { name: 'Refresh history' }));
    expect(await screen.findByRole('cell', { name: 'deleted' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Person on the case' })).toBeTruthy();
  });

  it('reloads by itself once the editor has saved again', async () => {
    let changes = [change(0, 'cases', ['title'])];
    const { client } = fakeClient({ 'records.caseHistory': () => ({ ok: true, value: changes }) });
    setClient(client);
    const tracker = new SaveTracker();
    await renderWithI18n(
      <SaveTrackerContext.Provider value={tracker}>
        <HistorySection caseId={CASE} />
      </SaveTrackerContext.Provider>,
    );
    await screen.findByRole('cell', { name: 'Title' });
    changes = [...changes, change(1, 'notes', ['text'])];
    act(() => tracker.report('note', { phase: 'saving' }));
    act(() => tracker.report('note', { phase: 'saved' }));
    expect(await screen.findByRole('cell', { name: 'Note' })).toBeTruthy();
  });

  it('names every record\'s fields in the language read, and keeps the name of a field it has no words for', async () => {
    const changes = [change(0, 'events', ['actors', 'caseId', 'sourceIds', 'tagNotes', 'type']), change(1, 'cases', ['assignees', 'mergedFrom', 'title', 'aFieldFromLater'])];
    const { client } = fakeClient({ 'records.caseHistory': () => ({ ok: true, value: changes }) });
    setClient(client);
    await renderWithI18n(<HistorySection caseId={CASE} />, 'ru');
    const table = await screen.findByRole('table');
    const fields = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    expect(fields).toEqual(['Ответственные, Присоединённые дела, Название, aFieldFromLater', 'Кто действовал, Дело, Источники, Почему применимы теги, Тип']);
  });

  it('reads in Kazakh', async () => {
    const { client } = fakeClient({ 'records.caseHistory': () => ({ ok: true, value: [] }) });
    setClient(client);
    await renderWithI18n(<HistorySection caseId={CASE} />, 'kk');
    expect(await screen.findByText('Әзірге сақталған өзгерістер жоқ.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Тарих' })).toBeTruthy();
  });
});
