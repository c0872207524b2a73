// What monitors record beyond a name and a date: how long a kettle or an interrogation lasted, a period still
// going on, and a group whose size the source gives only in words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Records } from '../../../src-renderer/records';
import { useCasesView } from '../../../src-renderer/features/cases/cases-view-store';
import { newVault, open, renderCases, resetView, waitForSaved } from './cases-kit';

let records: Records | undefined;

beforeEach(async () => {
  resetView();
  records = await open(await newVault('case-facts'));
});
afterEach(() => {
  cleanup();
  records?.dispose();
});

async function openCase(title: string) {
  const saved = await records!.cases.save({ title });
  if (!saved.ok) throw new Error(saved.error.code);
  useCasesView.getState().open(saved.value.id);
  await renderCases(records!);
  return saved.value;
}

describe('an event with a duration and an open-ended date', () => {
  it('stores "up to 8 hours" and "since 2017", reading both back in words', async () => {
    const seeded = await openCase('Kettling on election day');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));

    const howLong = await within(timeline).findByRole('textbox', { name: 'How long' });
    expect(howLong).toHaveAccessibleDescription('For example 5 hours, up to 6 hours, 6–8 hours or 15 days.');
    await user.type(howLong, 'до 8 часов');
    expect(howLong).toHaveAccessibleDescription('Read as up to 8 hours');
    const date = within(timeline).getByRole('textbox', { name: 'Date' });
    await user.type(date, 'since 2017');
    expect(date).toHaveAccessibleDescription('Read as since 2017 (open-ended, to the present)');
    await waitForSaved();

    const [event] = await records!.events.listByCase(seeded.id);
    expect(event?.duration).toEqual({ amount: 8, unit: 'hour', qualifier: 'at-most' });
    expect(event?.when).toEqual({ precision: 'since', from: { precision: 'year', year: 2017 } });
  });

  it('refuses a length of time it cannot read, says why in place, and stores nothing in its place', async () => {
    const seeded = await openCase('Interrogation');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));
    const howLong = await within(timeline).findByRole('textbox', { name: 'How long' });
    await user.type(howLong, 'five-ish');
    expect(howLong).toBeInvalid();
    expect(howLong).toHaveAccessibleDescription('"five-ish" is not a length of time Tamga can read. Try 5 hours, up to 6 hours, 6–8 hours or 15 days.');
    await waitFor(async () => expect(await records!.events.listByCase(seeded.id)).toHaveLength(1));
    const [event] = await records!.events.listByCase(seeded.id);
    expect(event?.duration).toBeUndefined();
  });
});

describe('a group of unknown size', () => {
  it('adds "a small group" as a group with its size in words, and shows that size on the case', async () => {
    const seeded = await openCase('Akimat complaint, 1 April');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'People' }));
    const people = screen.getByRole('region', { name: 'People' });
    await user.selectOptions(within(people).getByRole('combobox', { name: 'Adding' }), 'A group');
    await user.type(within(people).getByRole('textbox', { name: /Who they are/ }), 'residents complaining about prices');
    expect(within(people).getByRole('combobox', { name: 'Size' })).toHaveValue('small');
    await user.click(within(people).getByRole('button', { name: 'Add new group “residents complaining about prices”' }));

    expect(await within(people).findByText('(A small group)')).toBeInTheDocument();
    const [link] = await records!.casePeople.listByCase(seeded.id);
    const group = await records!.people.get(link!.personId);
    expect(group).toMatchObject({ form: 'group', description: 'residents complaining about prices', groupSizeInWords: 'small', names: [] });
    expect(group?.groupSize).toBeUndefined();
  });

  it('adds a group with a qualified figure', async () => {
    const seeded = await openCase('Street Party detentions');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'People' }));
    const people = screen.getByRole('region', { name: 'People' });
    await user.selectOptions(within(people).getByRole('combobox', { name: 'Adding' }), 'A group');
    await user.type(within(people).getByRole('textbox', { name: /Who they are/ }), 'Street Party activists');
    await user.selectOptions(within(people).getByRole('combobox', { name: 'Size' }), 'A figure is known');
    await user.selectOptions(within(people).getByRole('combobox', { name: 'The figure is' }), 'at least');
    await user.type(within(people).getByRole('textbox', { name: 'How many' }), '13');
    await user.click(within(people).getByRole('button', { name: 'Add new group “Street Party activists”' }));

    expect(await within(people).findByText('(at least 13)')).toBeInTheDocument();
    const [link] = await records!.casePeople.listByCase(seeded.id);
    expect(await records!.people.get(link!.personId)).toMatchObject({ form: 'group', groupSize: { value: 13, qualifier: 'at-least' } });
  });
});

describe('outcomes, actors and victim categories', () => {
  it('keeps a suspended sentence apart from a suspended organisation, and records a pardon', async () => {
    const seeded = await openCase('Baltabay');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    const proceedings = screen.getByRole('region', { name: 'Proceedings' });
    await user.click(within(proceedings).getByRole('button', { name: 'Add proceeding' }));
    const outcome = await within(proceedings).findByRole('combobox', { name: 'Outcome' });
    const choices = within(outcome).getAllByRole('option').map((option) => option.textContent);
    expect(choices).toEqual(expect.arrayContaining(['Organisation suspended', 'Suspended sentence', 'Pardon', 'Plea agreement']));
    await user.type(within(proceedings).getByRole('textbox', { name: 'Code' }), 'CC');
    await user.type(within(proceedings).getByRole('textbox', { name: 'Article' }), '190');
    await user.selectOptions(outcome, 'Pardon');
    await waitForSaved();
    expect((await records!.proceedings.listByCase(seeded.id))[0]).toMatchObject({ code: 'CC', article: '190', outcome: 'pardoned' });
  });

  it('records the National Guard and an election commission as actors of an event', async () => {
    const seeded = await openCase('Election day');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: 'Add event' }));
    const actors = await within(timeline).findByRole('group', { name: 'Who acted in event 1' });
    await user.click(within(actors).getByRole('button', { name: 'Add actor' }));
    await user.selectOptions(within(actors).getByRole('combobox', { name: 'Actor 1' }), 'National Guard');
    await user.click(within(actors).getByRole('button', { name: 'Add actor' }));
    await user.selectOptions(within(actors).getByRole('combobox', { name: 'Actor 2' }), 'Election commission');
    await user.type(within(actors).getByRole('textbox', { name: 'Name or unit of actor 2' }), 'Almaty city commission');
    await waitForSaved();
    const [event] = await records!.events.listByCase(seeded.id);
    expect(event?.actors).toEqual([{ kind: 'national-guard' }, { kind: 'election-commission', name: 'Almaty city commission' }]);
  });

  it('asks what a victim was targeted as, and saves each choice at once', async () => {
    const seeded = await openCase('Obstructing a journalist');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'People' }));
    const people = screen.getByRole('region', { name: 'People' });
    await user.type(within(people).getByRole('textbox', { name: 'Name (any script)' }), 'Lukpan Akhmedyarov');
    await user.click(within(people).getByRole('button', { name: 'Add new person “Lukpan Akhmedyarov”' }));
    const targeted = await within(people).findByRole('group', { name: 'Lukpan Akhmedyarov was targeted as (SDG 16.10.1)' });
    await user.click(within(targeted).getByRole('checkbox', { name: 'Journalist' }));
    await user.click(within(targeted).getByRole('checkbox', { name: 'Human rights defender' }));
    await waitFor(async () => expect((await records!.casePeople.listByCase(seeded.id))[0]?.victimCategories).toEqual(['journalist', 'human-rights-defender']));

    await user.selectOptions(within(people).getByRole('combobox', { name: 'Role of Lukpan Akhmedyarov' }), 'Witness');
    await waitFor(() => expect(within(people).queryByRole('group', { name: /targeted as/ })).not.toBeInTheDocument());
  });
});
