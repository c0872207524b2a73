import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Records } from '../../../src-renderer/records';
import { newVault, open, renderCases, resetView, saveStatus, waitForSaved, type Vault } from './cases-kit';

let vault: Vault;
let records: Records | undefined;

beforeEach(async () => {
  resetView();
  vault = await newVault('case-journey');
});
// Unmount before closing the records, as a lock does, so nothing still on screen writes to a closed database.
afterEach(() => {
  cleanup();
  records?.dispose();
});

async function addPerson(user: ReturnType<typeof userEvent.setup>, name: string, role: string) {
  const people = screen.getByRole('region', { name: 'People' });
  await user.type(within(people).getByRole('textbox', { name: 'Name (any script)' }), name);
  await user.selectOptions(within(people).getByRole('combobox', { name: 'Role' }), role);
  await user.click(within(people).getByRole('button', { name: `Add new person “${name}”` }));
  await within(people).findByText(name);
}

describe('case journey', () => {
  it('creates a case with two events and three people, finds it by a Latin spelling, edits it, and reads it back after a lock', async () => {
    records = await open(vault);
    const user = userEvent.setup();
    const view = await renderCases(records);

    await user.click(await screen.findByRole('button', { name: 'New case' }));
    expect(screen.queryByRole('button', { name: /^save$/i })).toBeNull();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Checkpoint filming, Almaty');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Two bloggers filmed the roadblock.');
    await waitForSaved();
    await screen.findByRole('heading', { name: 'Checkpoint filming, Almaty' });

    await user.click(screen.getByRole('link', { name: 'Events' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(timeline).getAllByRole('listitem');
    await user.selectOptions(within(first!).getByRole('combobox', { name: 'Type' }), 'Detention');
    await user.type(within(first!).getByRole('textbox', { name: 'Date' }), '26.03.2020');
    await user.type(within(first!).getByRole('textbox', { name: 'What happened' }), 'Detained at the checkpoint');
    await user.selectOptions(within(second!).getByRole('combobox', { name: 'Type' }), 'Verdict');
    await user.type(within(second!).getByRole('textbox', { name: 'Date' }), 'весна 2021');
    expect(within(second!).getByRole('textbox', { name: 'Date' })).toHaveAccessibleDescription('Read as spring 2021 (season)');

    await user.click(screen.getByRole('link', { name: 'People' }));
    await addPerson(user, 'Ильяшев', 'Victim');
    await addPerson(user, 'Aigerim Saparova', 'Witness');
    await addPerson(user, 'Kanat B.', 'Lawyer');
    expect(within(screen.getByRole('region', { name: 'People' })).getAllByText('Consent: internal only')).toHaveLength(3);
    await waitForSaved();

    await user.click(screen.getByRole('button', { name: 'Back to cases' }));
    await user.type(await screen.findByRole('combobox', { name: 'Search cases, people, events, notes' }), 'Ilyashev');
    const hit = await screen.findByRole('option', { name: /Ильяшев.*in case “Checkpoint filming, Almaty”/ });
    expect(hit).toHaveTextContent('matched in name');
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { name: 'Checkpoint filming, Almaty' });
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    await user.type(summary, ' One was detained.');
    await waitForSaved();
    await user.click(screen.getByRole('button', { name: 'Back to cases' }));
    await screen.findByRole('option', { name: /Checkpoint filming, Almaty/ });

    // Lock: the records are disposed and the screen unmounted; unlocking opens them again from disk.
    view.unmount();
    records.dispose();
    records = await open(vault);
    await renderCases(records);
    await userEvent.setup().click(await screen.findByRole('option', { name: /Checkpoint filming, Almaty.*Ильяшев, Aigerim Saparova, Kanat B\./ }));

    expect(await screen.findByRole('textbox', { name: 'Summary' })).toHaveValue('Two bloggers filmed the roadblock. One was detained.');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Events' }));
    const events = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    expect(events.map((e) => within(e).getByRole('heading').textContent)).toEqual(['Event 1: Detention', 'Event 2: Verdict']);
    expect(within(events[0]!).getByRole('textbox', { name: 'Date' })).toHaveValue('26.03.2020');
    expect(within(events[0]!).getByRole('textbox', { name: 'What happened' })).toHaveValue('Detained at the checkpoint');
    expect(within(events[1]!).getByRole('textbox', { name: 'Date' })).toHaveValue('spring 2021');
    await userEvent.setup().click(screen.getByRole('link', { name: 'People' }));
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('combobox', { name: 'Role of Ильяшев' })).toHaveValue('victim');
    expect(within(people).getByRole('combobox', { name: 'Role of Aigerim Saparova' })).toHaveValue('witness');
    expect(within(people).getByRole('combobox', { name: 'Role of Kanat B.' })).toHaveValue('lawyer');
    expect(saveStatus()).toHaveTextContent('Saved');
    await waitFor(() => expect(screen.queryByText(/restored from the encrypted draft/)).toBeNull());
  });
});
