import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Records } from '../../../src-renderer/records';
import { NEW_CASE_DRAFT, useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { newVault, open, renderCases, resetView, saveStatus, waitForSaved, type Vault } from './cases-kit';

let vault: Vault;
let records: Records | undefined;

beforeEach(async () => {
  resetView();
  vault = await newVault('case-editor');
  records = await open(vault);
});
// Unmount before closing the records, as a lock does, so nothing still on screen writes to a closed database.
afterEach(() => {
  cleanup();
  records?.dispose();
});

async function seedCase(title: string, status: 'open' | 'verified' | 'closed' = 'open') {
  const saved = await records!.cases.save({ title, status });
  if (!saved.ok) throw new Error(saved.error.code);
  return saved.value;
}

describe('case editor autosave', () => {
  it('writes through the repository without any save button', async () => {
    const user = userEvent.setup();
    await renderCases(records!);
    await user.click(await screen.findByRole('button', { name: 'New case' }));
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Zhanaozen anniversary detentions');
    expect(saveStatus()).toHaveTextContent('Saving…');
    await waitForSaved();

    const reopened = await open(vault);
    expect((await reopened.cases.list()).map((c) => c.title)).toEqual(['Zhanaozen anniversary detentions']);
    reopened.dispose();
    const id = useCasesView.getState().openCaseId!;
    expect(await records!.drafts.get(`case:${id}`)).toBeUndefined();
  });

  it('keeps the draft across a lock and a lost screen, restores it, then saves it and clears the draft', async () => {
    const user = userEvent.setup();
    // Saving is held back so only the draft exists when the "crash" comes.
    const view = await renderCases(records!, { draftMs: 10, saveMs: 60_000 });
    await user.click(await screen.findByRole('button', { name: 'New case' }));
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Baltabay ban');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Banned from union work until 2026.');
    const id = useCasesView.getState().openCaseId!;
    await waitFor(async () => expect(await records!.drafts.get(`case:${id}`)).toMatchObject({ summary: 'Banned from union work until 2026.' }));
    expect(await records!.cases.list()).toEqual([]);

    view.unmount();
    records!.dispose();
    resetView();
    records = await open(vault);
    await renderCases(records);
    await user.click(await screen.findByRole('button', { name: 'New case' }));
    expect(await screen.findByText('Unsaved changes from your last session were restored from the encrypted draft.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Baltabay ban');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('Banned from union work until 2026.');
    await waitForSaved();
    expect((await records.cases.get(id))?.summary).toBe('Banned from union work until 2026.');
    expect(await records.drafts.get(`case:${id}`)).toBeUndefined();
    expect(await records.drafts.get(NEW_CASE_DRAFT)).toBeUndefined();
  });

  it('refuses an empty title with a translated message and keeps the draft', async () => {
    const user = userEvent.setup();
    await renderCases(records!);
    await user.click(await screen.findByRole('button', { name: 'New case' }));
    await user.type(await screen.findByRole('textbox', { name: 'Summary' }), 'Title still to come');
    const refusal = 'A case needs a title before it can be saved. What you typed is kept as an encrypted draft.';
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(refusal), { timeout: 3000 });
    expect(saveStatus()).toHaveTextContent(`Not saved: ${refusal}`);
    const id = useCasesView.getState().openCaseId!;
    expect(await records!.drafts.get(`case:${id}`)).toMatchObject({ summary: 'Title still to come' });
    expect(await records!.cases.list()).toEqual([]);
  });

  it('explains an impossible date in place and does not store it as a date', async () => {
    const seeded = await seedCase('Krestyanskiy arrest');
    useCasesView.getState().open(seeded.id);
    const user = userEvent.setup();
    await renderCases(records!);
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));
    const date = await within(timeline).findByRole('textbox', { name: 'Date' });
    await user.type(date, '31.02.2021');
    const message = '"31.02.2021" is not a real date (for example, February has no 31st). Check the day and month.';
    expect(date).toHaveAccessibleDescription(message);
    expect(date).toBeInvalid();
    await waitFor(() => expect(saveStatus()).toHaveTextContent(`Not saved: ${message}`), { timeout: 3000 });
    const [event] = await records!.events.listByCase(seeded.id);
    expect(event?.when).toBeUndefined();

    await user.clear(date);
    await user.type(date, 'March 2020');
    expect(date).toHaveAccessibleDescription('Read as March 2020 (month)');
    await waitForSaved();
    expect((await records!.events.get(event!.id))?.when).toEqual({ precision: 'month', year: 2020, month: 3 });

    // A day is read back in words, so the day and the month cannot be mistaken for each other.
    await user.clear(date);
    await user.type(date, '10.01.2021');
    expect(date).toHaveAccessibleDescription('Read as Jan 10, 2021 (exact day)');
  });

  it('takes a 1 MB paste into the summary', async () => {
    const seeded = await seedCase('Court ruling transcript');
    useCasesView.getState().open(seeded.id);
    const user = userEvent.setup();
    await renderCases(records!);
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    const megabyte = 'Приговор суда. Verdict text. '.repeat(Math.ceil(1_048_576 / 29)).slice(0, 1_048_576);
    await user.click(summary);
    await user.paste(megabyte);
    await waitForSaved();
    const reopened = await open(vault);
    expect((await reopened.cases.get(seeded.id))?.summary).toHaveLength(1_048_576);
    reopened.dispose();
  });
});

describe('case list', () => {
  it('filters by status and counts what is shown', async () => {
    await seedCase('Koshe ban');
    await seedCase('Orynbekov family');
    await seedCase('Ilyashev verdict', 'verified');
    const user = userEvent.setup();
    await renderCases(records!);
    expect(await screen.findByText('3 of 3 cases')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Verified');
    await waitFor(() => expect(screen.getByText('1 of 3 cases')).toBeInTheDocument());
    const list = screen.getByRole('listbox', { name: 'Cases' });
    expect(within(list).getAllByRole('option').map((o) => within(o).getByText(/verdict|ban|family/).textContent)).toEqual(['Ilyashev verdict']);
  });

  it('moves with the arrow keys and opens the active case with Enter', async () => {
    for (const title of ['Almaty checkpoint', 'Baltabay ban', 'Chilik search']) await seedCase(title);
    const user = userEvent.setup();
    await renderCases(records!);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sort by' }), 'Title');
    const list = screen.getByRole('listbox', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Almaty checkpoint'));
    list.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(within(list).getByRole('option', { selected: true })).toHaveTextContent('Baltabay ban');
    expect(list).toHaveAttribute('aria-activedescendant', within(list).getByRole('option', { selected: true }).id);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Baltabay ban' })).toBeInTheDocument();
  });
});
